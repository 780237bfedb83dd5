import type { ReactNode } from 'react';
import { useIsFetching } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { NoticeList } from '../components/notice-list.tsx';
import { I18nProvider, useI18n } from '../i18n/i18n-context.tsx';
import { useProvinces } from '../queries/provinces.ts';
import {
  mergeYearOptions,
  scoredYearsOf,
  useYearOptions,
  yearOptionsQuery,
  type YearOption,
} from '../queries/scored-years.ts';
import { sameUnitInOtherMap } from '../domain/province-lineage.ts';
import { describeNotice } from '../state/describe-notice.ts';
import { resolveProvince, resolveSelection } from '../state/resolve-selection.ts';
import { serialiseUrlState } from '../state/url-state.ts';
import { useUrlState, type UrlStateApi } from '../state/use-url-state.ts';
import { AppNav, VIEW_LABELS } from './app-nav.tsx';
import { CurrentView, useViewLoading } from './current-view.tsx';
import { ChartQueryContext } from '../components/chart-query-context.tsx';
import { openSqlConsole } from '../state/console-request.ts';
import './app-shell.css';
import { DatabaseGate } from './database-gate.tsx';
import { APP_NAV_ID, HEADER_PICKERS_ID, HeaderPanelButton } from './header-panel-button.tsx';
import {
  isOtherTabNotice,
  STORAGE_NOTICE_PREFIX,
  useStoredImportNotices,
} from './use-stored-import-notices.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { StorageFailureNotice } from './storage-failure-notice.tsx';
import { ProvinceSelect } from './province-select.tsx';
import { useHeaderPanel } from './use-header-panel.ts';
import { YearSelect } from './year-select.tsx';

/**
 * The app: URL state drives the language, the selection and the view. `engineStatus`: the engine's loading
 * dock while the first-screen seed is shown, placed under the header in the page's flow (it covers nothing).
 */
export function App({ engineStatus }: { engineStatus?: ReactNode }): ReactNode {
  const urlState = useUrlState();
  return (
    <I18nProvider lang={urlState.url.state.lang}>
      <ChartQueryContext.Provider value={openSqlConsole}>
        <AppShell {...urlState} engineStatus={engineStatus} />
      </ChartQueryContext.Provider>
    </I18nProvider>
  );
}

/** Header, navigation and main area; the frame paints before the database is ready. */
function AppShell({
  url,
  notices,
  search,
  navigate,
  replace,
  correct,
  dismissNotice,
  engineStatus,
}: UrlStateApi & { engineStatus?: ReactNode }): ReactNode {
  const { t, lang } = useI18n();
  const provinces = useProvinces();
  const requestedProvince = resolveProvince(url.state.province, provinces.data);
  const yearOptions = useYearOptions(requestedProvince);
  // A unit the 2025 merger left whole is one province under two codes: the years of both count.
  const sameUnitCode =
    provinces.data === undefined ? null : sameUnitInOtherMap(provinces.data, requestedProvince);
  const sameUnitYearOptions = yearOptionsQuery.useWhen(
    sameUnitCode !== null,
    sameUnitCode ?? requestedProvince,
  );
  const unitYearOptions = useMemo(
    () => mergeYearOptions(yearOptions.data, sameUnitCode === null ? null : sameUnitYearOptions.data),
    [yearOptions.data, sameUnitCode, sameUnitYearOptions.data],
  );
  const resolution = useMemo(() => {
    const scoredYearsIn = (options: readonly YearOption[] | undefined) =>
      options === undefined ? undefined : scoredYearsOf(options);
    return resolveSelection(url, {
      provinces: provinces.data,
      scoredYears: scoredYearsIn(yearOptions.data),
      sameUnit:
        sameUnitCode === null
          ? null
          : { code: sameUnitCode, scoredYears: scoredYearsIn(sameUnitYearOptions.data) },
    });
  }, [url, provinces.data, yearOptions.data, sameUnitCode, sameUnitYearOptions.data]);
  const { state, year } = resolution;

  const provinceName = useCallback(
    (code: string): string => {
      const record = provinces.data?.find((p) => p.code === code);
      if (record === undefined) return code;
      return lang === 'vi' ? record.nameVi : record.nameEn;
    },
    [provinces.data, lang],
  );

  // Once the data has settled what is shown, the URL says the same (replaceState) and the notices say why.
  useEffect(() => {
    if (!resolution.complete) return;
    const corrected = serialiseUrlState(resolution.state) !== window.location.search;
    if (corrected || resolution.notices.length > 0) correct(url.state, resolution.state, resolution.notices);
  }, [url.state, resolution, correct]);

  const storageNotices = useStoredImportNotices();
  const [dismissedStorage, setDismissedStorage] = useState<ReadonlySet<string>>(new Set());
  const noticeItems = [
    ...notices.map((notice, index) => ({
      id: String(index),
      text: describeNotice(notice, t, { provinceName, viewName: (view) => t(VIEW_LABELS[view]) }),
    })),
    // Kept imports that could not be stored or re-applied: said on every view (the Data view says it in full).
    // (another tab's change is said on the Data view too: its tables just changed under the user's eyes).
    ...storageNotices.filter(
      (notice) => !dismissedStorage.has(notice.id) && (state.view !== 'data' || isOtherTabNotice(notice.id)),
    ),
  ];
  const dismiss = (id: string): void => {
    if (id.startsWith(STORAGE_NOTICE_PREFIX)) setDismissedStorage((shown) => new Set([...shown, id]));
    else dismissNotice(Number(id));
  };
  const shownProvinceName = provinces.data === undefined ? null : provinceName(state.province);
  const viewLabel = t(VIEW_LABELS[state.view]);

  // The tab names the view and the province, so a bookmark or a tab list says what it shows.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title =
      shownProvinceName === null
        ? t('app.name')
        : t('app.documentTitle', { view: viewLabel, province: shownProvinceName, app: t('app.shortName') });
  }, [lang, t, viewLabel, shownProvinceName]);

  // After a change of view, focus goes to the new view's heading (not on the first load), so a keyboard or
  // screen-reader user starts reading the view instead of staying on the link they left.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingView = useRef(state.view);
  useEffect(() => {
    if (headingView.current === state.view) return;
    headingView.current = state.view;
    headingRef.current?.focus();
  }, [state.view]);

  // On a phone the header is one row; its button opens the pickers and the views (see app.css).
  const panel = useHeaderPanel();

  return (
    <div className={panel.open ? 'app header-open' : 'app'}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header" onKeyDown={panel.onKeyDown}>
        <div className="app-brand">
          <p className="app-name">{t('app.shortName')}</p>
          <p className="app-tagline">{t('app.tagline')}</p>
        </div>
        <div className="app-controls">
          <HeaderPanelButton panel={panel} provinceName={shownProvinceName} year={year} />
          <div id={HEADER_PICKERS_ID} className="header-pickers">
            <ProvinceSelect
              provinces={provinces.data}
              value={state.province}
              onChange={(code) => navigate({ province: code })}
            />
            <YearSelect options={unitYearOptions} value={year} onChange={(y) => navigate({ year: y })} />
          </div>
          <LanguageSwitch onChange={(next) => replace({ lang: next })} />
        </div>
      </header>
      <AppNav
        id={APP_NAV_ID}
        state={state}
        onKeyDown={panel.onKeyDown}
        onNavigate={(view) => {
          panel.close(false);
          navigate({ view, viewParams: {} });
        }}
      />
      {engineStatus}
      <MainRegion search={search}>
        <NoticeList notices={noticeItems} onDismiss={dismiss} />
        <StorageFailureNotice state={state} onOpenData={() => navigate({ view: 'data', viewParams: {} })} />
        <div className="view-heading">
          <h1 ref={headingRef} tabIndex={-1}>
            {viewLabel}
          </h1>
          {shownProvinceName !== null && year !== null ? (
            <p className="view-context">
              {shownProvinceName} · {year}
            </p>
          ) : null}
        </div>
        <ErrorBoundary resetKey={`${state.view}|${state.province}|${year ?? ''}|${lang}`}>
          <DatabaseGate>
            <CurrentView
              view={state.view}
              provinceCode={state.province}
              year={year}
              provinceName={shownProvinceName ?? state.province}
              viewParams={state.viewParams ?? {}}
              setViewParams={(viewParams, mode) =>
                mode === 'push' ? navigate({ viewParams }) : replace({ viewParams })
              }
              onSelectYear={(y) => navigate({ year: y })}
              onSelectProvince={(code) => navigate({ province: code })}
            />
          </DatabaseGate>
        </ErrorBoundary>
      </MainRegion>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}

/**
 * The main landmark. aria-busy while any query of the page is fetching or the view's code loads;
 * data-url-search: the query string the page has rendered, so a driver knows an in-page navigation has been
 * taken in. Its own component, so a fetch starting or ending re-renders this element only, not the shell.
 */
function MainRegion({ search, children }: { search: string; children: ReactNode }): ReactNode {
  const fetching = useIsFetching();
  const viewLoading = useViewLoading();
  return (
    <main
      id="main"
      className="app-main"
      tabIndex={-1}
      aria-busy={fetching > 0 || viewLoading}
      data-url-search={search}
    >
      {children}
    </main>
  );
}
