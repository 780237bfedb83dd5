import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingIndicator } from '../../components/loading-indicator.tsx';
import { NoticeList } from '../../components/notice-list.tsx';
import type { MapProvince } from '../../domain/province-lineage.ts';
import type { Indicator } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useIndicators } from '../../queries/indicators.ts';
import { useProvinces } from '../../queries/provinces.ts';
import { combineQueryStates } from '../shared/combine-query-states.ts';
import { indicatorLabel } from '../shared/indicator-options.ts';
import type { ViewProps } from '../view-props.ts';
import { CompareSection } from './compare/compare-section.tsx';
import { LeagueSection } from './league/league-section.tsx';
import { NationMapSection } from './map/nation-map-section.tsx';
import { NationControls } from './nation-controls.tsx';
import { useNationSelection } from './use-nation-selection.ts';
import { useStableCallback } from './use-stable-callback.ts';
import './nation-view.css';

/** Nationwide ("Toàn quốc"): every province of the year at once, and provinces side by side. */
export function NationView(props: ViewProps): ReactNode {
  const { t } = useI18n();
  const indicators = useIndicators();
  const provinces = useProvinces();
  const { error, retry } = combineQueryStates(indicators, provinces);
  if (error !== null) return <ErrorPanel error={error} onRetry={retry} />;
  if (indicators.data === undefined || provinces.data === undefined) {
    return <LoadingIndicator label={t('status.loading')} />;
  }
  if (props.year === null) return <p className="muted-text">{t('nation.noYear')}</p>;
  return (
    <NationContent {...props} year={props.year} indicators={indicators.data} provinces={provinces.data} />
  );
}

interface ContentProps extends ViewProps {
  year: number;
  indicators: readonly Indicator[];
  provinces: readonly MapProvince[];
}

function NationContent({ indicators, provinces, year, ...props }: ContentProps): ReactNode {
  const { t, lang } = useI18n();
  const { params, update, notices, dismiss } = useNationSelection(indicators, provinces, year, props);
  const shownIndicator = indicators.find((i) => i.code === params.indicator);
  const shownLabel = shownIndicator === undefined ? params.indicator : indicatorLabel(shownIndicator, lang);
  // The compared provinces as one stable array and a stable writer, so a switch of indicator or year leaves the
  // memoised compare section (its picker of every province) as it is.
  const compareKey = params.compare.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key says when the codes change
  const compared = useMemo(() => params.compare, [compareKey]);
  const onCompare = useStableCallback((compare: readonly string[]) => update({ compare }, 'replace'));
  const noticeItems = notices.map((notice, index) => ({
    id: String(index),
    text:
      notice.key === 'nation.notice.unknownIndicator'
        ? t(notice.key, { ...notice.args, shown: shownLabel })
        : t(notice.key, notice.args),
  }));
  return (
    <div className="nation-view" data-testid="nation-view">
      {/* Always in the page: a live region announces what appears in it. */}
      <NoticeList notices={noticeItems} onDismiss={(id) => dismiss(Number(id))} />
      <p className="muted-text nation-intro">{t('nation.intro', { year })}</p>
      <NationControls
        year={year}
        indicators={indicators}
        provinces={provinces}
        params={params}
        update={update}
      />
      <LeagueSection
        year={year}
        params={params}
        update={update}
        indicators={indicators}
        selectedCode={props.provinceCode}
        onSelect={props.onSelectProvince}
      />
      <NationMapSection
        year={year}
        indicator={params.indicator}
        selectedCode={props.provinceCode}
        onSelect={props.onSelectProvince}
      />
      <CompareSection
        year={year}
        chosen={compared}
        onChange={onCompare}
        provinces={provinces}
        indicators={indicators}
      />
    </div>
  );
}
