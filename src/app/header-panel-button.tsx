import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { HEADER_PANEL_BUTTON_ID, type HeaderPanel } from './use-header-panel.ts';

/** The ids of what the panel shows on a phone: the pickers and the nav. */
export const HEADER_PICKERS_ID = 'app-header-pickers';
export const APP_NAV_ID = 'app-nav';

/**
 * On a phone, the header's one button: the province and year shown, opening the panel with the pickers and the
 * views (hidden on wider screens, where they are always shown).
 */
export function HeaderPanelButton({
  panel,
  provinceName,
  year,
}: {
  panel: HeaderPanel;
  provinceName: string | null;
  year: number | null;
}): ReactNode {
  const { t } = useI18n();
  return (
    <button
      id={HEADER_PANEL_BUTTON_ID}
      type="button"
      className="header-panel-button"
      aria-expanded={panel.open}
      aria-controls={`${HEADER_PICKERS_ID} ${APP_NAV_ID}`}
      onClick={panel.toggle}
      data-testid="header-panel-button"
    >
      <span className="header-panel-icon" aria-hidden="true">
        {panel.open ? '✕' : '☰'}
      </span>
      <span className="visually-hidden">{t('header.panelButton')} </span>
      {/* A long name gives way (ellipsis); the year always shows. */}
      <span className="header-panel-province">{provinceName ?? t('header.loadingOption')}</span>
      {/* The space is for the accessible name and the copied text; the flex gap draws it. */}
      {year === null ? null : (
        <>
          {' '}
          <span className="header-panel-year">· {year}</span>
        </>
      )}
    </button>
  );
}
