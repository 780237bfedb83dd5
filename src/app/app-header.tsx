// The page's header: the app's name, the province and year pickers (behind one button on a phone) and the
// language switch.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { UrlStateApi } from '../state/use-url-state.ts';
import { HEADER_PICKERS_ID, HeaderPanelButton } from './header-panel-button.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { ProvinceSelect } from './province-select.tsx';
import type { HeaderPanel } from './use-header-panel.ts';
import type { ShownSelection } from './use-shown-selection.ts';
import { YearSelect } from './year-select.tsx';

interface AppHeaderProps extends Pick<UrlStateApi, 'navigate' | 'replace'> {
  panel: HeaderPanel;
  selection: ShownSelection;
  /** The province's name shown on the phone's button; null until the province list has loaded. */
  provinceName: string | null;
}

/** The header; a pick is a new view (navigate), a language the same view in other words (replace). */
export function AppHeader({
  panel,
  selection: { provinces, unitYearOptions, resolution },
  provinceName,
  navigate,
  replace,
}: AppHeaderProps): ReactNode {
  const { t } = useI18n();
  const { state, year } = resolution;
  return (
    <header className="app-header" onKeyDown={panel.onKeyDown}>
      <div className="app-brand">
        <p className="app-name">{t('app.shortName')}</p>
        <p className="app-tagline">{t('app.tagline')}</p>
      </div>
      <div className="app-controls">
        <HeaderPanelButton panel={panel} provinceName={provinceName} year={year} />
        <div id={HEADER_PICKERS_ID} className="header-pickers">
          <ProvinceSelect
            provinces={provinces}
            value={state.province}
            onChange={(code) => navigate({ province: code })}
          />
          <YearSelect options={unitYearOptions} value={year} onChange={(y) => navigate({ year: y })} />
        </div>
        <LanguageSwitch onChange={(next) => replace({ lang: next })} />
      </div>
    </header>
  );
}
