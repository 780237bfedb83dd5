import type { ReactNode } from 'react';
import { useState } from 'react';
import type { BriefingDimensionFacts } from '../../domain/briefing/briefing-facts.ts';
import {
  isValidTargetValue,
  type DimensionTarget,
  type DimensionTargetKind,
  type DimensionTargets,
} from '../../domain/dimension-target.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface TargetEditorProps {
  provinceName: string;
  dimensions: readonly BriefingDimensionFacts[];
  targets: DimensionTargets;
  onChange: (dimension: string, target: DimensionTarget | null) => void;
  /** A storage failure to show (the page keeps working). */
  error: string | null;
}

/** Reads a typed number in either language's notation ("5,2" or "5.2"). */
function parseTypedNumber(text: string): number {
  const normalised = text.trim().replace(',', '.');
  return normalised === '' ? Number.NaN : Number(normalised);
}

function ValueInput({
  row,
  target,
  onChange,
}: {
  row: BriefingDimensionFacts;
  target: DimensionTarget | undefined;
  onChange: TargetEditorProps['onChange'];
}): ReactNode {
  const { t, lang, formatNumber } = useI18n();
  const stored = target?.kind === 'value' ? formatNumber(target.value) : '';
  const [text, setText] = useState(stored);
  const [invalid, setInvalid] = useState(false);
  const errorId = `target-error-${row.indicator}`;
  const commit = (): void => {
    const value = parseTypedNumber(text);
    if (!isValidTargetValue(value)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onChange(row.indicator, { kind: 'value', value });
  };
  return (
    <span className="target-value">
      <input
        type="text"
        inputMode="decimal"
        className="target-input"
        value={text}
        aria-label={t('leadership.targets.valueLabel', { name: row.name[lang] })}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        data-testid={`target-value-${row.indicator}`}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {invalid ? (
        <span id={errorId} className="target-error" role="alert">
          {t('leadership.targets.invalid')}
        </span>
      ) : null}
    </span>
  );
}

/** A disclosure with one choice per dimension: no target, the national median, the high group's threshold, or a score. */
export function TargetEditor({
  provinceName,
  dimensions,
  targets,
  onChange,
  error,
}: TargetEditorProps): ReactNode {
  const { t, lang, formatNumber } = useI18n();
  // A "value" choice with no number typed yet: shown as chosen before anything is stored.
  const [pendingValue, setPendingValue] = useState<ReadonlySet<string>>(new Set());
  const sorted = [...dimensions].sort((a, b) => Number(a.indicator) - Number(b.indicator));
  return (
    <details className="target-editor" data-testid="target-editor">
      <summary>{t('leadership.targets.summary')}</summary>
      <p className="glance-note">{t('leadership.targets.kept', { province: provinceName })}</p>
      {error === null ? null : (
        <p className="target-error" role="alert">
          {t('leadership.targets.storageError', { error })}
        </p>
      )}
      <ul className="target-list">
        {sorted.map((row) => {
          const target = targets[row.indicator];
          const kind: DimensionTargetKind | 'none' =
            target?.kind ?? (pendingValue.has(row.indicator) ? 'value' : 'none');
          const selectId = `target-kind-${row.indicator}`;
          return (
            <li key={row.indicator} className="target-row">
              <label htmlFor={selectId} className="target-name">
                {row.indicator}. {row.name[lang]}
              </label>
              <select
                id={selectId}
                className="select target-select"
                value={kind}
                aria-label={t('leadership.targets.kind', { name: row.name[lang] })}
                data-testid={selectId}
                onChange={(event) => {
                  const next = event.target.value;
                  const pending = new Set(pendingValue);
                  pending.delete(row.indicator);
                  if (next === 'value') {
                    pending.add(row.indicator);
                    setPendingValue(pending);
                    return;
                  }
                  setPendingValue(pending);
                  onChange(row.indicator, next === 'median' || next === 'high' ? { kind: next } : null);
                }}
              >
                <option value="none">{t('leadership.targets.none')}</option>
                <option value="median">
                  {t('leadership.targets.median', { value: formatNumber(row.nationalMedian) })}
                </option>
                <option value="high">{t('leadership.targets.high', { value: formatNumber(row.p75) })}</option>
                <option value="value">{t('leadership.targets.value')}</option>
              </select>
              {kind === 'value' ? (
                <ValueInput key={target?.kind ?? 'pending'} row={row} target={target} onChange={onChange} />
              ) : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
