// Question: what would a briefing say about this province and year? The facts behind the summary
// ("Tóm tắt"), gathered from the other leadership questions over whatever data is loaded, and the
// summary itself as plain paragraphs in a language (for the Overview's copy button and the briefing deck).

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { BriefingFacts } from '../domain/briefing/briefing-facts.ts';
import { briefingParagraphs } from '../domain/briefing/render-briefing.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import type { Language } from '../i18n/languages.ts';
import { defineDataQuery } from './define-data-query.ts';
import { fetchDimensionLights } from './dimension-lights.ts';
import { fetchPlanGoal } from './plan-goal.ts';
import { fetchPlanTaskStanding } from './plan-task-standing.ts';

/** Everything the summary of one province-year is written from (the province's code when it has no name). */
export async function fetchBriefingFacts(
  conn: Connector,
  provinceCode: string,
  year: number,
): Promise<BriefingFacts> {
  const names = await conn.query<{ vi: string; en: string }>(sql`
    SELECT name_vi AS vi, coalesce(name_en, name_vi) AS en FROM provinces WHERE code = ${provinceCode}`);
  const dimensionNames = await conn.query<{ code: string; vi: string; en: string }>(sql`
    SELECT code, name_vi AS vi, coalesce(name_en, name_vi) AS en FROM indicators WHERE level = 'dimension'`);
  const goal = await fetchPlanGoal(conn, provinceCode, year);
  const lights = await fetchDimensionLights(conn, provinceCode, year);
  const tasks = goal?.plan == null ? null : await fetchPlanTaskStanding(conn, provinceCode, year);
  const nameOf = new Map(dimensionNames.map((row) => [row.code, { vi: row.vi, en: row.en }]));
  return {
    provinceName: names[0] ?? { vi: provinceCode, en: provinceCode },
    year,
    goal,
    dimensions: lights.map((row) => ({
      ...row,
      name: nameOf.get(row.indicator) ?? { vi: row.indicator, en: row.indicator },
    })),
    tasks,
  };
}

/**
 * The briefing summary of a province-year as plain paragraphs (one sentence each) in `lang`, e.g. for the
 * briefing deck: `await fetchBriefingParagraphs(conn, 'P43', 2024, 'vi')`.
 */
export async function fetchBriefingParagraphs(
  conn: Connector,
  provinceCode: string,
  year: number,
  lang: Language,
): Promise<string[]> {
  return briefingParagraphs(await fetchBriefingFacts(conn, provinceCode, year), createI18n(lang));
}

/** The question, its options and hooks (key 'briefing-facts'). */
export const briefingFactsQuery = defineDataQuery('briefing-facts', fetchBriefingFacts);

/**
 * The facts of the briefing summary, once the database is ready and `enabled` (the Overview holds it back
 * until its first figures have their data, so the summary never delays the first chart).
 */
export function useBriefingFacts(provinceCode: string, year: number, enabled = true) {
  return briefingFactsQuery.useWhen(enabled, provinceCode, year);
}
