import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TASK_STATES } from '../../src/domain/task-state.ts';
import { parseUrl, serialiseUrlState, type UrlState } from '../../src/state/url-state.ts';
import { VIEW_IDS, type ViewId } from '../../src/state/view-ids.ts';
import type { ViewParamCodec } from '../../src/state/view-param-codec.ts';
import { VIEW_PARAM_CODECS, type ViewParamValues } from '../../src/state/view-param-codecs.ts';

/** A view's codec when the view is only known at run time (its value then has no static type). */
const anyCodec = (view: ViewId): ViewParamCodec<unknown> =>
  VIEW_PARAM_CODECS[view] as unknown as ViewParamCodec<unknown>;

/** A view's typed parameters written into a whole link, and read back from it (migrations included). */
function throughUrl<V extends ViewId>(view: V, value: ViewParamValues[V]): ViewParamValues[V] {
  const codec = VIEW_PARAM_CODECS[view];
  const state: UrlState = {
    province: 'P43',
    year: 2024,
    lang: 'vi',
    view,
    viewParams: codec.serialise(value),
  };
  const parsed = parseUrl(serialiseUrlState(state)).state;
  return VIEW_PARAM_CODECS[view].parse(parsed.view === view ? (parsed.viewParams ?? {}) : {});
}

/** Text a user could type into a filter: no surrounding spaces (they are trimmed), never blank. */
const trimmedText = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '');
const provinceCode = fc.stringMatching(/^P\d{2}$/);

const dimensionValues = fc.record({
  indicator: fc.oneof(fc.constant('total'), fc.stringMatching(/^\d{1,2}(\.\d{1,2})?$/)),
  peers: fc.oneof(
    fc.constant({ kind: 'region' as const }),
    fc.uniqueArray(provinceCode, { maxLength: 5 }).map((codes) => ({ kind: 'list' as const, codes })),
  ),
  band: fc.constantFrom('minmax' as const, 'iqr' as const, 'both' as const),
  colour: fc.constantFrom('rank' as const, 'score' as const),
});
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
const planValues = fc.record({
  q: fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 20 })),
  dimension: optional(trimmedText),
  agency: optional(trimmedText),
  unit: optional(trimmedText),
  status: optional(fc.constantFrom(...TASK_STATES)),
  period: optional(trimmedText),
  task: optional(trimmedText),
});
const scoresVsTasksValues = fc.record({
  period: optional(fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== '')),
  range: fc.constantFrom('all' as const, 'plan' as const),
});

describe('view parameter codecs', () => {
  it('give every view a codec whose default writes nothing, so a bare link stays short', () => {
    for (const view of VIEW_IDS) {
      const codec = anyCodec(view);
      expect(codec.serialise(codec.defaults), view).toEqual({});
      expect(codec.parse({}), view).toEqual(codec.defaults);
    }
  });

  it('read back what they wrote, through a whole link, for every view', () => {
    fc.assert(
      fc.property(dimensionValues, (value) => {
        expect(throughUrl('dimensions', value)).toEqual(value);
      }),
    );
    fc.assert(
      fc.property(planValues, (value) => {
        expect(throughUrl('plan', value)).toEqual(value);
      }),
    );
    fc.assert(
      fc.property(scoresVsTasksValues, (value) => {
        expect(throughUrl('scores-vs-tasks', value)).toEqual(value);
      }),
    );
  });

  it('write the parameters of each view in the order links have always had', () => {
    expect(VIEW_PARAM_CODECS.dimensions.names).toEqual(['indicator', 'peers', 'band', 'colour']);
    expect(VIEW_PARAM_CODECS.plan.names).toEqual([
      'q',
      'dimension',
      'agency',
      'unit',
      'status',
      'period',
      'task',
    ]);
    expect(VIEW_PARAM_CODECS['scores-vs-tasks'].names).toEqual(['period', 'range']);
    for (const view of ['overview', 'data', 'briefing'] as const)
      expect(VIEW_PARAM_CODECS[view].names).toEqual([]);
  });
});

/** Links as the app writes them today (and as the README and the browser tests use them). */
const TODAYS_LINKS: { link: string; view: ViewId; value: unknown }[] = [
  {
    link: '?v=1&province=P43&lang=vi&view=dimensions&indicator=2.1&peers=P01%2CP02&band=iqr&colour=score',
    view: 'dimensions',
    value: { indicator: '2.1', peers: { kind: 'list', codes: ['P01', 'P02'] }, band: 'iqr', colour: 'score' },
  },
  {
    link: '?v=1&province=P43&lang=en&view=dimensions&peers=none',
    view: 'dimensions',
    value: { indicator: 'total', peers: { kind: 'list', codes: [] }, band: 'both', colour: 'rank' },
  },
  {
    link: '?v=1&province=P43&year=2024&lang=vi&view=plan&q=tham+nhung&dimension=3&agency=S%E1%BB%9F+Y+t%E1%BA%BF&unit=Huy%E1%BB%87n+C%C6%B0+J%C3%BAt&status=overdue&period=2025-Q4&task=474-3.1-a',
    view: 'plan',
    value: {
      q: 'tham nhung',
      dimension: '3',
      agency: 'Sở Y tế',
      unit: 'Huyện Cư Jút',
      status: 'overdue',
      period: '2025-Q4',
      task: '474-3.1-a',
    },
  },
  {
    link: '?v=1&province=P43&lang=vi&view=scores-vs-tasks&period=2024-Q3&range=plan',
    view: 'scores-vs-tasks',
    value: { period: '2024-Q3', range: 'plan' },
  },
];

describe("today's links", () => {
  it.each(TODAYS_LINKS)('$link reads as before and is written back unchanged', ({ link, view, value }) => {
    const { state } = parseUrl(link);
    expect(state.view).toBe(view);
    const codec = anyCodec(view);
    const read = codec.parse(state.viewParams ?? {});
    expect(read).toEqual(value);
    expect(serialiseUrlState({ ...state, viewParams: codec.serialise(read) })).toBe(link);
  });

  it('reads a link made before the version existed (version 0) with its view parameters', () => {
    const { state } = parseUrl('?view=scores-vs-tasks&province=P43&lang=vi&period=2019-Q1');
    expect(VIEW_PARAM_CODECS['scores-vs-tasks'].parse(state.viewParams ?? {})).toEqual({
      period: '2019-Q1',
      range: null,
    });
    const dimensions = parseUrl('?view=dimensions&province=P43&indicator=9.9&peers=XX&band=zz&colour=score');
    expect(VIEW_PARAM_CODECS.dimensions.parse(dimensions.state.viewParams ?? {})).toEqual({
      indicator: '9.9',
      peers: { kind: 'list', codes: ['XX'] },
      band: 'both',
      colour: 'score',
    });
  });
});
