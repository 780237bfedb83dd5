import type { ReactNode } from 'react';
import { useId, useMemo } from 'react';
import type { MapProvince } from '../../domain/province-lineage.ts';
import type { Indicator } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { NationParams } from '../../state/view-params/nation-params.ts';
import { buildIndicatorOptionGroups } from '../shared/indicator-options.ts';
import { IndicatorPicker } from '../shared/indicator-picker.tsx';
import { regionLabel } from '../shared/region-label.ts';
import { indicatorExistsIn } from './resolve-nation-params.ts';
import type { UpdateNationParams } from './use-nation-selection.ts';

interface NationControlsProps {
  year: number;
  indicators: readonly Indicator[];
  provinces: readonly MapProvince[];
  params: NationParams;
  update: UpdateNationParams;
}

/** The indicator (the grouped list of Dimensions, only what the year has) and the region filter. */
export function NationControls({
  year,
  indicators,
  provinces,
  params,
  update,
}: NationControlsProps): ReactNode {
  const { t, lang } = useI18n();
  const regionId = useId();
  const groups = useMemo(
    () =>
      buildIndicatorOptionGroups(
        indicators.filter((i) => indicatorExistsIn(i, year)),
        lang,
      ),
    [indicators, year, lang],
  );
  const regions = useMemo(
    () => [...new Set(provinces.map((p) => p.region).filter((r) => r !== ''))].sort(),
    [provinces],
  );
  return (
    <div className="nation-controls">
      <IndicatorPicker
        groups={groups}
        value={params.indicator}
        onChange={(indicator) => update({ indicator }, 'push')}
      />
      <label className="field" htmlFor={regionId}>
        <span className="field-label">{t('nation.region.label')}</span>
        <select
          id={regionId}
          className="select"
          value={params.region ?? ''}
          onChange={(event) =>
            update({ region: event.target.value === '' ? null : event.target.value }, 'replace')
          }
          data-testid="region-select"
        >
          <option value="">{t('nation.region.all')}</option>
          {regions.map((region) => (
            <option key={region} value={region}>
              {regionLabel(t, region)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
