import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { I18nProvider, useI18n } from '../i18n/i18n-context.tsx';
import { useProvinces } from '../queries/provinces.ts';
import { useScoredYears } from '../queries/scored-years.ts';
import type { UrlState } from '../state/url-state.ts';
import { useUrlState } from '../state/use-url-state.ts';
import { OverviewView } from '../views/overview/overview-view.tsx';
import { AppNav, VIEW_LABELS } from './app-nav.tsx';
import { ComingSoon } from './coming-soon.tsx';
import { DatabaseGate } from './database-gate.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { ProvinceSelect } from './province-select.tsx';
import { resolveProvince, resolveYear } from '../state/resolve-selection.ts';
import { YearSelect } from './year-select.tsx';

/** The app: URL state drives the language, the selection and the view. */
export function App(): ReactNode {
  const [state, update] = useUrlState();
  return (
    <I18nProvider lang={state.lang}>
      <AppShell state={state} update={update} />
    </I18nProvider>
  );
}

interface AppShellProps {
  state: UrlState;
  update: (patch: Partial<UrlState>) => void;
}

/** Header, navigation and main area; the frame paints before the database is ready. */
function AppShell({ state, update }: AppShellProps): ReactNode {
  const { t, lang } = useI18n();
  const provinces = useProvinces();
  const province = resolveProvince(state.province, provinces.data);
  const scoredYears = useScoredYears(province);
  const year = resolveYear(state.year, scoredYears.data);
  const provinceRecord = provinces.data?.find((p) => p.code === province);
  const provinceName =
    provinceRecord === undefined ? null : lang === 'vi' ? provinceRecord.nameVi : provinceRecord.nameEn;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-brand">
          <p className="app-name">{t('app.shortName')}</p>
          <p className="app-tagline">{t('app.tagline')}</p>
        </div>
        <div className="app-controls">
          <ProvinceSelect
            provinces={provinces.data}
            value={province}
            onChange={(code) => update({ province: code })}
          />
          <YearSelect
            years={scoredYears.data}
            value={year ?? state.year}
            onChange={(y) => update({ year: y })}
          />
          <LanguageSwitch onChange={(next) => update({ lang: next })} />
        </div>
      </header>
      <AppNav state={state} onNavigate={(view) => update({ view })} />
      <main id="main" className="app-main" tabIndex={-1}>
        <div className="view-heading">
          <h1>{t(VIEW_LABELS[state.view])}</h1>
          {provinceName !== null && year !== null ? (
            <p className="view-context">
              {provinceName} · {year}
            </p>
          ) : null}
        </div>
        <ErrorBoundary resetKey={`${state.view}|${province}|${year ?? ''}|${lang}`}>
          <DatabaseGate>
            {state.view === 'overview' ? (
              <OverviewView provinceCode={province} year={year} provinceName={provinceName ?? province} />
            ) : (
              <ComingSoon view={state.view} />
            )}
          </DatabaseGate>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
