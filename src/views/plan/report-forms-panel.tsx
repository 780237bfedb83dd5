// The reporting cycle on the Plan view: the period and its due date, the received panel for that period
// ("Nhận báo cáo" included), and "Tạo biểu mẫu báo cáo": the units of each level, then one .xlsx per unit
// in a .zip. The unit lists are kept per plan; ExcelJS and JSZip load only when the button is pressed.
import type { ReactNode } from 'react';
import { useEffect, useId, useMemo, useState } from 'react';
import {
  EMPTY_UNIT_LISTS,
  UNIT_LEVELS,
  type UnitLevel,
  type UnitLists,
} from '../../domain/report-unit-lists.ts';
import { formatIsoDate } from '../../export/file-name.ts';
import { downloadBlob } from '../../export/render-figure.ts';
import { makeReportFormsZip, type FormsLayout } from '../../export/report-forms/make-report-forms-zip.ts';
import { buildReportForms, reportingPairsOf } from '../../export/report-forms/report-form-model.ts';
import { resolveUnitLists } from '../../export/report-forms/received-summary.ts';
import { dueNextQuarter, quarterDueDate, quartersBackFrom } from '../../export/report-forms/report-period.ts';
import { formatPeriod } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { PlanViewReport } from '../../queries/plan-view-reports.ts';
import type { PlanViewTask } from '../../queries/plan-view-tasks.ts';
import type { ProgressProvenance } from '../../queries/progress-provenance.ts';
import { writeReportUnits } from '../../storage/report-units-store.ts';
import { ReceivedPanel } from './received-panel.tsx';
import { rememberedCycle } from './remembered-cycle.ts';
import './report-forms-panel.css';

interface ReportFormsPanelProps {
  tasks: readonly PlanViewTask[];
  reports: readonly PlanViewReport[];
  progress: ProgressProvenance | undefined;
}

type MakeState =
  | { kind: 'idle' }
  | { kind: 'making' }
  | { kind: 'made'; count: number; kept: boolean }
  | { kind: 'failed'; error: string };

const QUARTERS_OFFERED = 8;
const LAYOUTS: readonly FormsLayout[] = ['file-per-unit', 'sheet-per-unit'];
const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The panel that makes the report forms of the first plan of the province. */
export function ReportFormsPanel({ tasks, reports, progress }: ReportFormsPanelProps): ReactNode {
  const { t, lang } = useI18n();
  const id = useId();
  const plan = tasks[0]?.plan ?? '';
  const planTitle = tasks[0]?.planTitleVi ?? '';
  const periods = useMemo(
    () => quartersBackFrom(dueNextQuarter(formatIsoDate(new Date())), QUARTERS_OFFERED),
    [],
  );
  const [period, setPeriodState] = useState(rememberedCycle.period ?? periods[0] ?? '');
  const [dueDate, setDueDateState] = useState(rememberedCycle.dueDate ?? quarterDueDate(period) ?? '');
  const setPeriod = (value: string) => {
    rememberedCycle.period = value;
    setPeriodState(value);
  };
  const setDueDate = (value: string) => {
    rememberedCycle.dueDate = value;
    setDueDateState(value);
  };
  const [texts, setTexts] = useState<Record<UnitLevel, string>>({
    district: '',
    commune: '',
    department: '',
  });
  const [state, setState] = useState<MakeState>({ kind: 'idle' });
  const [layout, setLayout] = useState<FormsLayout>('file-per-unit');
  // The lists are filled once per plan, so a later import does not overwrite what the user typed.
  const [filledFor, setFilledFor] = useState<string | null>(null);

  useEffect(() => {
    if (filledFor === plan) return undefined;
    let current = true;
    void resolveUnitLists(plan, reports).then((lists) => {
      if (!current) return;
      setFilledFor(plan);
      setTexts({
        district: lists.district.join('\n'),
        commune: lists.commune.join('\n'),
        department: lists.department.join('\n'),
      });
    });
    return () => {
      current = false;
    };
  }, [plan, reports, filledFor]);

  const lists: UnitLists = useMemo(
    () => ({
      ...EMPTY_UNIT_LISTS,
      district: linesOf(texts.district),
      commune: linesOf(texts.commune),
      department: linesOf(texts.department),
    }),
    [texts],
  );
  const forms = useMemo(
    () => buildReportForms(tasks, reports, { plan, planTitle, period, dueDate, lists }),
    [tasks, reports, plan, planTitle, period, dueDate, lists],
  );
  const rowCount = forms.reduce((sum, form) => sum + form.rows.length, 0);
  const pairs = useMemo(() => reportingPairsOf(forms), [forms]);

  const make = async () => {
    setState({ kind: 'making' });
    const kept = await writeReportUnits(plan, lists);
    try {
      const made = await makeReportFormsZip(forms, layout);
      downloadBlob(new Blob([made.bytes as BlobPart], { type: 'application/zip' }), made.name);
      setState({ kind: 'made', count: forms.length, kept: kept.ok });
    } catch (error) {
      setState({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="report-forms-panel" data-testid="report-forms-panel" aria-labelledby={`${id}-cycle`}>
      <h3 id={`${id}-cycle`}>{t('reportForms.cycle')}</h3>
      <div className="report-forms-fields">
        <label htmlFor={`${id}-period`}>{t('reportForms.period')}</label>
        <select
          id={`${id}-period`}
          value={period}
          onChange={(event) => {
            setPeriod(event.target.value);
            setDueDate(quarterDueDate(event.target.value) ?? '');
          }}
        >
          {periods.map((option) => (
            <option key={option} value={option}>
              {formatPeriod(option, lang)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-due`}>{t('reportForms.dueDate')}</label>
        <input
          id={`${id}-due`}
          type="date"
          value={dueDate}
          onChange={(event) => setDueDate(event.target.value)}
        />
      </div>
      {filledFor === plan ? (
        <ReceivedPanel plan={plan} period={period} dueDate={dueDate} pairs={pairs} progress={progress} />
      ) : null}
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
                value={texts[level]}
                onChange={(event) => setTexts((previous) => ({ ...previous, [level]: event.target.value }))}
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
          {state.kind === 'making'
            ? t('reportForms.making')
            : state.kind === 'made'
              ? `${t('reportForms.made', { count: state.count })}${state.kept ? '' : ` ${t('reportForms.unitsNotKept')}`}`
              : state.kind === 'failed'
                ? t('reportForms.failed', { error: state.error })
                : ''}
        </p>
      </details>
    </section>
  );
}
