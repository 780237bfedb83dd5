// The first screen's questions, asked exactly as the app asks them (the same queryOptions, so the same
// SQL and the same keys): the Overview of every province in its latest scored year, with the leadership
// glance's facts (goal, weakest dimensions, task completion: a phone shows them before the engine is
// live), plus what the header needs (provinces, years); the Nationwide view of the latest scored year;
// Dimensions, Plan and Scores vs tasks of the default province (view-first-screen-questions.ts: the
// other provinces' would multiply the seed for a deep link few open). Used at build time on Node DuckDB
// to seed react-query, and by the test that compares the seed with live answers. No Node or browser APIs here.

import type { QueryKey } from '@tanstack/react-query';
import type { Connector } from '../db/connector.ts';
import { datasetsQuery } from '../queries/datasets.ts';
import { indicatorsQuery } from '../queries/indicators.ts';
import { overviewQuestions } from '../queries/overview-questions.ts';
import { progressProvenanceQuery } from '../queries/progress-provenance.ts';
import { provincesQuery } from '../queries/provinces.ts';
import { scoredYearsOf, yearOptionsQuery } from '../queries/scored-years.ts';
import { DEFAULT_PROVINCE_CODE } from '../domain/papi.ts';
import { overviewSeedPart, type SeedPart } from './first-screen-seed.ts';
import { nationQuestions, provinceViewQuestions, type Question } from './view-first-screen-questions.ts';

/** One answered question: its react-query key (with the connector that answered it), its data and the seed's part that holds it. */
export interface AnsweredQuery {
  queryKey: QueryKey;
  data: unknown;
  part: SeedPart;
}

async function answer(options: Question, part: SeedPart): Promise<AnsweredQuery> {
  if (typeof options.queryFn !== 'function')
    throw new Error(`No query function for ${String(options.queryKey)}`);
  const data: unknown = await (options.queryFn as () => Promise<unknown>)();
  return { queryKey: options.queryKey, data, part };
}

/** Answers every first-screen question on `conn` (data version `dataVersion`), in a stable order; `onlyProvinces` narrows the per-province ones. */
export async function answerFirstScreen(
  conn: Connector,
  dataVersion: number,
  onlyProvinces?: readonly string[],
): Promise<AnsweredQuery[]> {
  const provinces = await answer(provincesQuery.options(conn, dataVersion), 'common');
  const answers: AnsweredQuery[] = [
    provinces,
    await answer(indicatorsQuery.options(conn, dataVersion), 'common'),
    await answer(datasetsQuery.options(conn, dataVersion), 'common'),
    await answer(progressProvenanceQuery.options(conn, dataVersion), 'common'),
  ];
  // Each province's latest scored year: the year a link without one opens.
  const latestYears = new Map<string, number>();
  for (const { code } of provinces.data as { code: string }[]) {
    if (onlyProvinces !== undefined && !onlyProvinces.includes(code)) continue;
    const part = overviewSeedPart(code);
    // Every unit's years in the common part: a choice asks them first (see CARRIED_WHEN_ASKED).
    const yearOptions = await answer(yearOptionsQuery.options(conn, dataVersion, code), 'common');
    answers.push(yearOptions);
    const latest = scoredYearsOf(yearOptions.data as Parameters<typeof scoredYearsOf>[0]).at(-1) ?? null;
    for (const question of overviewQuestions(conn, dataVersion, code, latest))
      answers.push(await answer(question, part));
    if (latest !== null) latestYears.set(code, latest);
  }
  const nationYear = Math.max(...latestYears.values());
  const defaultYear = latestYears.get(DEFAULT_PROVINCE_CODE);
  const viewQuestions: [Question, SeedPart][] = [
    ...(Number.isFinite(nationYear) ? nationQuestions(conn, dataVersion, nationYear) : []).map(
      (question): [Question, SeedPart] => [question, 'nation'],
    ),
    ...(defaultYear === undefined
      ? []
      : provinceViewQuestions(conn, dataVersion, DEFAULT_PROVINCE_CODE, defaultYear)
    ).map((question): [Question, SeedPart] => [question, 'default-province-views']),
  ];
  for (const [question, part] of viewQuestions) answers.push(await answer(question, part));
  return answers;
}
