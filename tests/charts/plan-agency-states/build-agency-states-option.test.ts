// The Plan view's deadline states by agency on the bundled data in a real DuckDB: each agency's bars are the
// pairs that task_pair_states puts done, overdue or in progress against the task's deadline, the most
// overdue agency on top, each state in its tag's colour and words, and every label escaped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agencyStateSeriesId,
  buildAgencyStatesOption,
} from '../../../src/charts/plan-agency-states/build-agency-states-option.ts';
import { OKABE_ITO } from '../../../src/charts/palette.ts';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import type { StateCounts } from '../../../src/domain/task-state-summary.ts';
import { buildPairStates, listReportedPeriods } from '../../../src/domain/task-state-pairs.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { splitAgencies } from '../../../src/ingest/plan-document/agencies.ts';
import { fetchPlanViewReports } from '../../../src/queries/plan-view-reports.ts';
import { fetchPlanViewTasks } from '../../../src/queries/plan-view-tasks.ts';
import { countStatesByAgency } from '../../../src/views/plan/agency-state-counts.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { ATTACK_STRING, callTooltip } from '../render-svg.ts';

const vi = createI18n('vi');
const en = createI18n('en');
const SETTINGS = { provinceName: 'Đắk Nông', period: '2025-Q4' };

type Bar = { id: string; name: string; itemStyle: { color: string }; data: { value: number }[] };
const build = (rows: readonly StateCounts[], period = SETTINGS.period, i18n = vi) =>
  buildAgencyStatesOption(rows, { ...SETTINGS, period, caption: 'none', widthPx: 960 }, i18n);
const barsOf = (option: ReturnType<typeof build>) => option.series as Bar[];
const agenciesOf = (option: ReturnType<typeof build>) => (option.yAxis as { data: string[] }).data;

let conn: Connector;
let byPeriod: Map<string, StateCounts[]>;

beforeAll(async () => {
  conn = await createLoadedConnector();
  const tasks = await fetchPlanViewTasks(conn, 'P43');
  const reports = await fetchPlanViewReports(conn, 'P43');
  byPeriod = new Map(
    listReportedPeriods(reports).map((period) => [
      period.period,
      countStatesByAgency(tasks, buildPairStates(tasks, reports, period)),
    ]),
  );
});
afterAll(async () => {
  await conn.close();
});

/** Per agency, the period's dated pairs as task_pair_states judges them: done, overdue, in progress in time. */
async function sqlCountsByAgency(period: string) {
  const pairs = await conn.query<{
    agencies: string | null;
    done: boolean;
    reported: boolean;
    late: boolean;
  }>(sql`
    SELECT t.executing_agencies AS agencies, s.is_done AS done, s.is_reported AS reported,
           s.period_end > make_date(pt.target_year, 12, 31) AS late
    FROM task_pair_states s
    JOIN plan_tasks t ON t.task_id = s.task_id
    JOIN plan_targets pt ON pt.plan = s.plan
    WHERE pt.province_code = 'P43' AND s.period = ${period}
      AND lower(trim(t.timeframe_code)) = 'annual' AND pt.target_year IS NOT NULL`);
  const counts = new Map<string, { done: number; overdue: number; inTime: number }>();
  for (const pair of pairs) {
    for (const agency of splitAgencies(pair.agencies)) {
      const count = counts.get(agency) ?? { done: 0, overdue: 0, inTime: 0 };
      if (pair.done) count.done += 1;
      else if (pair.reported && pair.late) count.overdue += 1;
      else if (pair.reported) count.inTime += 1;
      counts.set(agency, count);
    }
  }
  return counts;
}

describe('the deadline states by agency (Đắk Nông, 474/KH-UBND, sample progress)', () => {
  for (const period of ['2024-Q4', '2025-Q4']) {
    it(`${period}: each agency's bars are the dated pairs task_pair_states counts, most overdue on top`, async () => {
      const option = build(byPeriod.get(period) ?? [], period);
      const bars = barsOf(option);
      const agencies = agenciesOf(option);
      const expected = await sqlCountsByAgency(period);
      const value = (state: string, index: number) =>
        bars.find((bar) => bar.id === agencyStateSeriesId(state))?.data[index]?.value ?? NaN;
      // Exactly the agencies with a dated pair that has a report in a deadline state.
      expect([...agencies].sort()).toEqual(
        [...expected.entries()]
          .filter(([, c]) => c.done + c.overdue + c.inTime > 0)
          .map(([agency]) => agency)
          .sort(),
      );
      agencies.forEach((agency, index) => {
        const count = expected.get(agency);
        expect(value('overdue', index), agency).toBe(count?.overdue);
        expect(value('in_progress_on_time', index), agency).toBe(count?.inTime);
        expect(value('done_on_time', index) + value('done_late', index), agency).toBe(count?.done);
      });
      const overdue = agencies.map((_, index) => value('overdue', index));
      expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
      expect(agencies.length).toBeGreaterThan(1);
    });
  }

  it('at 2025-Q4 (past the 31/12/2024 deadline) the sample has overdue pairs, so the chart has something to sort', () => {
    const overdue = barsOf(build(byPeriod.get('2025-Q4') ?? [])).find((bar) => bar.id === 'state-overdue');
    expect(overdue?.data[0]?.value).toBeGreaterThan(0);
  });

  it('gives each state its tag’s Okabe-Ito colour and the Plan view’s words, overdue stacked from zero', () => {
    const option = build(byPeriod.get('2025-Q4') ?? []);
    expect(barsOf(option).map((bar) => [bar.id, bar.itemStyle.color])).toEqual([
      ['state-overdue', OKABE_ITO.vermillion],
      ['state-in_progress_on_time', OKABE_ITO.orange],
      ['state-done_late', OKABE_ITO.skyBlue],
      ['state-done_on_time', OKABE_ITO.bluishGreen],
    ]);
    expect((option.legend as { data: string[] }).data).toEqual([
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Đang thực hiện trong hạn',
      'Quá hạn chưa hoàn thành',
    ]);
    const html = callTooltip(build(byPeriod.get('2025-Q4') ?? [], '2025-Q4', en), [{ dataIndex: 0 }]);
    expect(html).toContain('Overdue, not done:');
  });

  it('escapes an agency’s name in its tooltip', () => {
    const rows = byPeriod.get('2025-Q4') ?? [];
    const top = agenciesOf(build(rows))[0];
    const renamed = rows.map((row) => (row.key === top ? { ...row, key: ATTACK_STRING } : row));
    const option = build(renamed);
    const index = agenciesOf(option).indexOf(ATTACK_STRING);
    expect(index).toBe(0);
    const html = callTooltip(option, [{ dataIndex: index }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });
});
