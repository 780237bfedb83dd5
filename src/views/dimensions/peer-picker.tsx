import type { ReactNode } from 'react';
import type { Province } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { provinceNameIn } from '../shared/lineage-text.ts';
import { regionLabel } from '../shared/region-label.ts';
import { groupProvincesByRegion } from './resolve-peers.ts';

interface PeerPickerProps {
  provinces: readonly Province[];
  provinceCode: string;
  /** The peers now shown (resolved codes). */
  peerCodes: readonly string[];
  onChoose: (codes: readonly string[] | 'region') => void;
}

/** Peers as checkboxes grouped by region, in a disclosure: every control is a native, keyboard-usable input. */
export function PeerPicker({ provinces, provinceCode, peerCodes, onChoose }: PeerPickerProps): ReactNode {
  const { t, lang } = useI18n();
  const chosen = new Set(peerCodes);
  const nameOf = provinceNameIn(lang);
  const names = provinces.filter((p) => chosen.has(p.code)).map(nameOf);
  const toggle = (code: string, checked: boolean): void => {
    const next = new Set(chosen);
    if (checked) next.add(code);
    else next.delete(code);
    onChoose(provinces.filter((p) => next.has(p.code)).map((p) => p.code));
  };
  return (
    <details className="dimensions-peers" data-testid="peer-picker">
      <summary data-testid="peer-summary">
        {names.length === 0
          ? t('dimensions.peers.none')
          : t('dimensions.peers.summary', { count: names.length, names: names.join(', ') })}
      </summary>
      <div className="dimensions-peer-actions">
        <button type="button" onClick={() => onChoose('region')} data-testid="peers-region">
          {t('dimensions.peers.region')}
        </button>
        <button type="button" onClick={() => onChoose([])} data-testid="peers-clear">
          {t('dimensions.peers.clear')}
        </button>
      </div>
      <div className="dimensions-peer-regions">
        {groupProvincesByRegion(provinces).map((group) => (
          <fieldset key={group.region} className="dimensions-peer-region">
            <legend>{regionLabel(t, group.region)}</legend>
            {group.provinces.map((p) => (
              <label key={p.code} className="dimensions-peer">
                <input
                  type="checkbox"
                  value={p.code}
                  checked={chosen.has(p.code)}
                  disabled={p.code === provinceCode}
                  onChange={(event) => toggle(p.code, event.target.checked)}
                />
                {nameOf(p)}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </details>
  );
}
