import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/vi.ts';
import type { UrlState, ViewId } from '../state/url-state.ts';
import { serialiseUrlState, VIEW_IDS } from '../state/url-state.ts';

/** Navigation label of each view. */
export const VIEW_LABELS: Readonly<Record<ViewId, MessageKey>> = {
  overview: 'nav.overview',
  dimensions: 'nav.dimensions',
  nation: 'nation.nav',
  plan: 'nav.plan',
  'scores-vs-tasks': 'nav.scoresVsTasks',
  data: 'nav.data',
  briefing: 'export.nav.briefing',
};

/** Every view (VIEW_IDS) as a real link (it opens in a new tab too), the current one marked. */
export function AppNav({
  id,
  state,
  onNavigate,
  onKeyDown,
}: {
  id: string;
  state: UrlState;
  onNavigate: (view: ViewId) => void;
  /** Escape closes the phone header's panel, which shows this nav. */
  onKeyDown?: (event: KeyboardEvent) => void;
}): ReactNode {
  const { t } = useI18n();
  const follow = (view: ViewId) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    onNavigate(view);
  };
  return (
    <nav id={id} className="app-nav" aria-label={t('nav.label')} onKeyDown={onKeyDown}>
      <ul className="app-nav-list">
        {VIEW_IDS.map((view) => (
          <li key={view}>
            <a
              className="app-nav-link"
              href={serialiseUrlState({ ...state, view })}
              aria-current={view === state.view ? 'page' : undefined}
              onClick={follow(view)}
              data-testid={`nav-${view}`}
            >
              {t(VIEW_LABELS[view])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
