// A goal read from the plan's text, in words, next to the sentence it was read from.

import type { Translate } from '../../../i18n/translate.ts';
import type { PlanTarget } from '../../../ingest/plan-document/plan-targets.ts';

type FormatNumber = (value: number, digits?: number) => string;

/** "Chỉ số PAPI tổng hợp: đạt từ 45,33 điểm trở lên" and the like. */
export function targetText(target: PlanTarget, t: Translate, formatNumber: FormatNumber): string {
  const indicator =
    target.indicator === 'total'
      ? t('planDocument.target.total')
      : t('planDocument.target.dimension', { code: target.indicator });
  const since = target.kind === 'rank' || target.kind === 'rise' ? target.since : null;
  const sinceText = since === null ? '' : t('planDocument.target.since', { year: since });
  const goal = (() => {
    switch (target.kind) {
      case 'score':
        return t('planDocument.target.score', { score: formatNumber(target.score, 2) });
      case 'group':
        return t('planDocument.target.group', { group: t(`group.${target.group}`) });
      case 'rank':
        return t('planDocument.target.rank', { places: target.places });
      case 'rise':
        return t(
          target.score && target.group
            ? 'planDocument.target.riseScoreGroup'
            : target.score
              ? 'planDocument.target.riseScore'
              : 'planDocument.target.riseGroup',
        );
    }
  })();
  return t('planDocument.target.item', { indicator, goal: `${goal}${sinceText}`, row: target.line });
}
