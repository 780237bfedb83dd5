// "Tạo biểu mẫu báo cáo": the units of each level, the layout, and the button that makes one .xlsx per unit
// in a .zip (ExcelJS and JSZip load only then); the unit lists are kept for the plan on each make.
import type { ReactNode } from 'react';
import { useState } from 'react';
import { UNIT_LEVELS } from '../../domain/report-unit-lists.ts';
import { downloadBlob } from '../../export/render-figure.ts';
import { makeReportFormsZip, type FormsLayout } from '../../export/report-forms/make-report-forms-zip.ts';
import type { ReportForm } from '../../export/report-forms/report-form-model.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { writeReportUnits } from '../../storage/report-units-store.ts';
import type { UnitListTexts } from './use-unit-list-texts.ts';

type MakeState =
  | { kind: 'idle' }
  | { kind: 'making' }
  | { kind: 'made'; count: number; kept: boolean }
  | { kind: 'failed'; error: string };

const LAYOUTS: readonly FormsLayout[] = ['file-per-unit', 'sheet-per-unit'];

/** What the status line says of a make. */
function makeStatusText(state: MakeState, t: Translate): string {
  switch (state.kind) {
    case 'making':
      return t('reportForms.making');
    case 'made':
      return `${t('reportForms.made', { count: state.count })}${state.kept ? '' : ` ${t('reportForms.unitsNotKept')}`}`;
    case 'failed':
      return t('reportForms.failed', { error: state.error });
    case 'idle':
      return '';
  }
}

interface ReportFormsMakerProps {
  /** The panel's id, prefixing the layout's radio name. */
  id: string;
  plan: string;
  units: UnitListTexts;
  /** The forms the units and the cycle make, one per unit. */
  forms: readonly ReportForm[];
}

/** The forms' disclosure: units, layout, count and the make button with its status. */
export function ReportFormsMaker({ id, plan, units, forms }: ReportFormsMakerProps): ReactNode {
  const { t } = useI18n();
  const [state, setState] = useState<MakeState>({ kind: 'idle' });
  const [layout, setLayout] = useState<FormsLayout>('file-per-unit');
  const rowCount = forms.reduce((sum, form) => sum + form.rows.length, 0);

  const make = async () => {
    setState({ kind: 'making' });
    const kept = await writeReportUnits(plan, units.lists);
    try {
      const made = await makeReportFormsZip(forms, layout);
      downloadBlob(new Blob([made.bytes as BlobPart], { type: 'application/zip' }), made.name);
      setState({ kind: 'made', count: forms.length, kept: kept.ok });
    } catch (error) {
      setState({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <details className="report-forms-make">
      <summary>{t('reportForms.open')}</summary>
      <h4>{t('reportForms.title')}</h4>
      <p className="report-forms-intro">{t('reportForms.intro')}</p>
      <div className="report-forms-units">
        {UNIT_LEVELS.map((level) => (
          <label key={level}>
            {t(`reportForms.units.${level}`)}
            <textarea
              rows={6}
              value={units.texts[level]}
              onChange={(event) => units.setText(level, event.target.value)}
            />
          </label>
        ))}
      </div>
      <fieldset className="report-forms-layout">
        <legend>{t('reportForms.layout')}</legend>
        {LAYOUTS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${id}-layout`}
              value={option}
              checked={layout === option}
              onChange={() => setLayout(option)}
            />
            {t(`reportForms.layout.${option}`)}
          </label>
        ))}
      </fieldset>
      <p>{t('reportForms.count', { count: forms.length, rows: rowCount })}</p>
      <button
        type="button"
        onClick={() => void make()}
        disabled={state.kind === 'making' || forms.length === 0}
      >
        {t('reportForms.make')}
      </button>
      <p role="status" aria-live="polite" data-testid="report-forms-status">
        {makeStatusText(state, t)}
      </p>
    </details>
  );
}
