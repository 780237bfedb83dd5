// The export menu every chart gets from the wrapper (WAI-ARIA menu button): Enter/Space/ArrowDown open it on
// the first item, arrows/Home/End move, Escape closes and returns focus to the button, Tab leaves it.
import type { KeyboardEvent, ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import type { ChartSpec } from '../charts/chart-spec.ts';
import type { DecimalSeparator } from '../export/csv-writer.ts';
import type * as ExportActionsModule from '../export/export-actions.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/vi.ts';
import './chart-menu.css';

/** An item a page adds to a chart's menu (e.g. "Xem truy vấn"). */
export interface ChartMenuItem {
  id: string;
  label: string;
  onSelect: () => void;
}

type ExportActions = typeof ExportActionsModule;

// One lazy chunk for all export code (renderer glue, export font, CSV); pptxgenjs is a further chunk.
let actionsModule: ExportActions | null = null;
function loadActions(): Promise<ExportActions> {
  return import('../export/export-actions.ts').then((module) => (actionsModule = module));
}

type ExportKind = 'slidePng' | 'screenPng' | 'svg' | 'csv' | 'csvOther' | 'copy' | 'addToDeck';
const EXPORT_ITEMS: readonly { kind: ExportKind; label: MessageKey }[] = [
  { kind: 'slidePng', label: 'export.menu.slidePng' },
  { kind: 'screenPng', label: 'export.menu.screenPng' },
  { kind: 'svg', label: 'export.menu.svg' },
  { kind: 'csv', label: 'export.menu.csv' },
  // The decimal sign the UI does not use (the label says comma instead where the UI writes points).
  { kind: 'csvOther', label: 'export.menu.csvPoint' },
  { kind: 'copy', label: 'export.menu.copy' },
  { kind: 'addToDeck', label: 'export.menu.addToDeck' },
];

interface ChartMenuProps<Rows, Settings> {
  spec: ChartSpec<Rows, Settings>;
  screenWidthPx: number;
  extraItems?: readonly ChartMenuItem[] | undefined;
  /** What happened, for the chart's status line (read out by screen readers). */
  onStatus: (text: string) => void;
}

export function ChartMenu<Rows, Settings>({
  spec,
  screenWidthPx,
  extraItems = [],
  onStatus,
}: ChartMenuProps<Rows, Settings>): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const otherDecimal: DecimalSeparator = i18n.formatNumber(0.5, 1).includes(',') ? '.' : ',';

  useEffect(() => {
    if (!open) return undefined;
    void loadActions();
    listRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => document.removeEventListener('pointerdown', closeOnOutside);
  }, [open]);

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  const run = (kind: ExportKind) => {
    close(true);
    const context = { spec, i18n, screenWidthPx, now: new Date() };
    const perform = async (actions: ExportActions): Promise<string> => {
      switch (kind) {
        case 'slidePng':
          return t('export.status.done', { file: await actions.exportSlidePng(context) });
        case 'screenPng':
          return t('export.status.done', { file: await actions.exportScreenPng(context) });
        case 'svg':
          return t('export.status.done', { file: await actions.exportSvg(context) });
        case 'csv':
          return t('export.status.done', { file: actions.exportCsv(context, 'ui') });
        case 'csvOther':
          return t('export.status.done', { file: actions.exportCsv(context, otherDecimal) });
        case 'copy':
          return t(
            (await actions.copySlidePng(context)) ? 'export.status.copied' : 'export.status.copyUnsupported',
          );
        case 'addToDeck':
          return t('export.status.added', { count: await actions.addToBriefing(context) });
      }
    };
    onStatus(t('export.status.working'));
    // Called synchronously when the module is loaded: the clipboard needs the click's user activation.
    const pending = actionsModule !== null ? perform(actionsModule) : loadActions().then(perform);
    pending.then(onStatus, (error: unknown) =>
      onStatus(t('export.status.failed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const index = entries.findIndex((entry) => entry === document.activeElement);
    const focusAt = (next: number) => entries[(next + entries.length) % entries.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(entries.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        setOpen(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
    }
  };

  const title = spec.describe(spec.rows, spec.settings, i18n).title;
  return (
    <div ref={rootRef} className="chart-menu">
      <button
        ref={buttonRef}
        type="button"
        className="chart-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('export.menu.label', { title })}
        data-testid={`${spec.id}-menu-button`}
        onClick={() => setOpen((shown) => !shown)}
        onKeyDown={onButtonKeyDown}
      >
        {t('export.menu.button')}
      </button>
      {open ? (
        <ul
          ref={listRef}
          id={menuId}
          role="menu"
          aria-label={t('export.menu.label', { title })}
          className="chart-menu-list"
          data-testid={`${spec.id}-menu`}
          onKeyDown={onListKeyDown}
        >
          {EXPORT_ITEMS.map((item) => (
            <li key={item.kind} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="chart-menu-item"
                data-testid={`${spec.id}-export-${item.kind}`}
                onClick={() => run(item.kind)}
              >
                {t(item.kind === 'csvOther' && otherDecimal === ',' ? 'export.menu.csvComma' : item.label)}
              </button>
            </li>
          ))}
          {extraItems.length > 0 ? <li role="separator" className="chart-menu-separator" /> : null}
          {extraItems.map((item) => (
            <li key={item.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="chart-menu-item"
                data-testid={`${spec.id}-extra-${item.id}`}
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
