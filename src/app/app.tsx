import { useCallback, useEffect, type ReactNode } from 'react';
import { useIsFetching } from '@tanstack/react-query';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { NoticeList } from '../components/notice-list.tsx';
import { I18nProvider, useI18n } from '../i18n/i18n-context.tsx';
import { useUrlState, type UrlStateApi } from '../state/use-url-state.ts';
import type { UrlState } from '../state/url-state.ts';
import type { ViewId } from '../state/view-ids.ts';
import { AppHeader } from './app-header.tsx';
import { AppNav, VIEW_LABELS } from './app-nav.tsx';
import { CurrentView, useViewLoading } from './current-view.tsx';
import { ChartQueryContext } from '../components/chart-query-context.tsx';
import { openSqlConsole } from '../state/console-request.ts';
import './app-shell.css';
import { DatabaseGate } from './database-gate.tsx';
import { useConnectorSwitchPending } from '../session/database-context.tsx';
import { APP_NAV_ID } from './header-panel-button.tsx';
import { StorageFailureNotice } from './storage-failure-notice.tsx';
import { useAskAhead } from './use-ask-ahead.ts';
import { useDocumentTitle } from './use-document-title.ts';
import { useHeaderPanel } from './use-header-panel.ts';
import { useProvinceName } from './use-province-name.ts';
import { useShellNotices } from './use-shell-notices.ts';
import { useShownSelection } from './use-shown-selection.ts';
import { ViewHeading } from './view-heading.tsx';

/** What the shell tells its host beyond the page: the view and province it shows (the seed follows them). */
interface ShellHost {
  /** The engine's loading dock while the first-screen seed is shown, placed under the header in the page's flow (it covers nothing). */
  engineStatus?: ReactNode;
  onSelectionShown?: (view: ViewId, provinceCode: string) => void;
}

/** The app: URL state drives the language, the selection and the view. */
export function App(host: ShellHost): ReactNode {
  const urlState = useUrlState();
  return (
    <I18nProvider lang={urlState.url.state.lang}>
      <ChartQueryContext.Provider value={openSqlConsole}>
        <AppShell {...urlState} {...host} />
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
  onSelectionShown,
}: UrlStateApi & ShellHost): ReactNode {
  const { t, lang } = useI18n();
  const selection = useShownSelection({ url, search, correct });
  const askAhead = useAskAhead(selection.provinces);
  // A choice's questions go out before its render (use-ask-ahead.ts). From the state rendered: the writer extends
  // the last one written, which differs only until a write made in the same event renders.
  const choose = useCallback(
    (patch: Partial<UrlState>) => {
      askAhead({ ...url.state, ...patch });
      navigate(patch);
    },
    [askAhead, url.state, navigate],
  );
  const { state, year } = selection.resolution;
  useEffect(() => {
    onSelectionShown?.(state.view, state.province);
  }, [onSelectionShown, state.view, state.province]);
  const provinceName = useProvinceName(selection.provinces);
  const shellNotices = useShellNotices({ notices, dismissNotice }, state.view, provinceName);
  const shownProvinceName = selection.provinces === undefined ? null : provinceName(state.province);
  const viewLabel = t(VIEW_LABELS[state.view]);
  useDocumentTitle(viewLabel, shownProvinceName);

  // On a phone the header is one row; its button opens the pickers and the views (see app.css).
  const panel = useHeaderPanel();

  return (
    <div className={panel.open ? 'app header-open' : 'app'}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader
        panel={panel}
        selection={selection}
        provinceName={shownProvinceName}
        navigate={choose}
        replace={replace}
      />
      <AppNav
        id={APP_NAV_ID}
        state={state}
        onKeyDown={panel.onKeyDown}
        onNavigate={(view) => {
          panel.close(false);
          choose({ view, viewParams: {} });
        }}
      />
      {engineStatus}
      <MainRegion search={search}>
        <NoticeList notices={shellNotices.items} onDismiss={shellNotices.dismiss} />
        <StorageFailureNotice state={state} onOpenData={() => navigate({ view: 'data', viewParams: {} })} />
        <ViewHeading view={state.view} label={viewLabel} provinceName={shownProvinceName} year={year} />
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
              onSelectYear={(y) => choose({ year: y })}
              onSelectProvince={(code) => choose({ province: code })}
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
 * The main landmark. aria-busy while any query of the page is fetching, the view's code loads or the views are
 * still to move to new data (useConnectorSwitchPending);
 * data-url-search: the query string the page has rendered, so a driver knows an in-page navigation has been
 * taken in. Its own component, so a fetch starting or ending re-renders this element only, not the shell.
 */
function MainRegion({ search, children }: { search: string; children: ReactNode }): ReactNode {
  const fetching = useIsFetching();
  const viewLoading = useViewLoading();
  const switching = useConnectorSwitchPending();
  return (
    <main
      id="main"
      className="app-main"
      tabIndex={-1}
      aria-busy={fetching > 0 || viewLoading || switching}
      data-url-search={search}
    >
      {children}
    </main>
  );
}
