import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { MapProvince } from '../../domain/province-lineage.ts';
import type { Indicator } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ChoiceGroup } from './choice-group.tsx';
import type { BandChoice, DimensionParams } from './dimension-params.ts';
import { buildIndicatorOptionGroups } from '../shared/indicator-options.ts';
import { IndicatorPicker } from '../shared/indicator-picker.tsx';
import { PeerPicker } from './peer-picker.tsx';
import type { UpdateDimensionParams } from './use-dimension-selection.ts';

interface DimensionsControlsProps {
  indicators: readonly Indicator[];
  params: DimensionParams;
  update: UpdateDimensionParams;
  /** The units peers may come from (the province's own map), and the peers now shown. */
  peerCandidates: readonly MapProvince[];
  peerCodes: readonly string[];
  provinceCode: string;
}

/** The indicator, the band drawn around the trend, and the peers. */
export function DimensionsControls({
  indicators,
  params,
  update,
  peerCandidates,
  peerCodes,
  provinceCode,
}: DimensionsControlsProps): ReactNode {
  const { t, lang } = useI18n();
  const groups = useMemo(() => buildIndicatorOptionGroups(indicators, lang), [indicators, lang]);
  const bandOptions: { value: BandChoice; label: string }[] = [
    { value: 'both', label: t('dimensions.band.both') },
    { value: 'minmax', label: t('dimensions.band.minmax') },
    { value: 'iqr', label: t('dimensions.band.iqr') },
  ];
  return (
    <div className="dimensions-controls">
      <IndicatorPicker
        groups={groups}
        value={params.indicator}
        onChange={(code) => update({ indicator: code }, 'push')}
      />
      <ChoiceGroup
        legend={t('dimensions.band.label')}
        name="band"
        options={bandOptions}
        value={params.band}
        onChange={(band) => update({ band }, 'replace')}
      />
      <PeerPicker
        provinces={peerCandidates}
        provinceCode={provinceCode}
        peerCodes={peerCodes}
        onChoose={(choice) =>
          update(
            { peers: choice === 'region' ? { kind: 'region' } : { kind: 'list', codes: choice } },
            'replace',
          )
        }
      />
    </div>
  );
}
