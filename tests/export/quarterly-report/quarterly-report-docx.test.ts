// The quarterly report of plan 474 made from a real DuckDB with the bundled data, read back as Word and
// mammoth read it: the decree's page and header, sections I-III, the tables' rows against counts taken by
// another route (the SQL tables task_completion and task_pair_states), the figures as PNGs, the sample label.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../src/charts/chart-spec.ts';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { makeQuarterlyReport } from '../../../src/export/quarterly-report/make-quarterly-report.ts';
import { guessUnitLists } from '../../../src/export/report-forms/reporting-units.ts';
import type { Language } from '../../../src/i18n/languages.ts';
import { fetchPlanViewReports } from '../../../src/queries/plan-view-reports.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { readDocx, type ReadDocx } from './docx-reading.ts';
import { tinyPng } from './tiny-png.ts';

const PLAN = '474/KH-UBND';
let conn: Connector;

interface Made {
  name: string;
  docx: ReadDocx;
  /** The charts the renderer was asked to draw, in order, with the note their frame carries. */
  drawn: { id: string; note: unknown }[];
}

async function make(period: string, lang: Language): Promise<Made> {
  const reports = await fetchPlanViewReports(conn, 'P43');
  const drawn: Made['drawn'] = [];
  const render = <Rows, Settings>(spec: ChartSpec<Rows, Settings>): Promise<Uint8Array> => {
    drawn.push({ id: spec.id, note: (spec.settings as { note?: unknown }).note });
    // A different PNG per figure, so Word keeps one media file each.
    return Promise.resolve(tinyPng(10 + drawn.length * 20));
  };
  const unitLists = guessUnitLists(reports.map((report) => report.unit));
  const made = await makeQuarterlyReport(
    conn,
    { provinceCode: 'P43', period, lang, unitLists, now: new Date(2026, 11, 3) },
    render,
  );
  return { name: made.name, docx: await readDocx(made.bytes), drawn };
}

let vi: Made;
let en: Made;
beforeAll(async () => {
  conn = await createLoadedConnector();
  vi = await make('2025-Q3', 'vi');
  en = await make('2024-Q3', 'en');
}, 120_000);
afterAll(async () => {
  await conn.close();
});

const twipsToMm = (twips: number): number => (twips / 1440) * 25.4;
const attribute = (xml: string, element: string, name: string): number => {
  const tag = new RegExp(`<w:${element}\\b[^>]*>`).exec(xml)?.[0] ?? '';
  return Number(new RegExp(`w:${name}="(\\d+)"`).exec(tag)?.[1] ?? NaN);
};
const tableStartingWith = (docx: ReadDocx, header: string): string[][] => {
  const table = docx.tables.find((rows) => rows[0]?.[0] === header);
  if (table === undefined) throw new Error(`no table headed ${header}`);
  return table;
};
const percentOf = (cell: string | undefined): number => Number((cell ?? '').replace(/[^\d]/g, ''));

describe('the quarterly report (.docx)', () => {
  it('is named by plan, period and date', () => {
    expect(vi.name).toBe('bao-cao-quy_474-kh-ubnd_2025-q3_2026-12-03.docx');
    expect(en.name).toBe('quarterly-report_474-kh-ubnd_2024-q3_2026-12-03.docx');
  });

  it('is an A4 page with the decree margins (top, bottom 20-25 mm; left 30-35; right 15-20)', () => {
    const section = /<w:sectPr\b.*?<\/w:sectPr>/s.exec(vi.docx.documentXml)?.[0] ?? '';
    expect(Math.round(twipsToMm(attribute(section, 'pgSz', 'w')))).toBe(210);
    expect(Math.round(twipsToMm(attribute(section, 'pgSz', 'h')))).toBe(297);
    const margin = (side: string) => twipsToMm(attribute(section, 'pgMar', side));
    for (const [side, low, high] of [
      ['top', 20, 25],
      ['bottom', 20, 25],
      ['left', 30, 35],
      ['right', 15, 20],
    ] as const) {
      expect(margin(side), side).toBeGreaterThanOrEqual(low - 0.05);
      expect(margin(side), side).toBeLessThanOrEqual(high + 0.05);
    }
  });

  it('keeps every table within the text width (page width less the left and right margins)', () => {
    const xml = vi.docx.documentXml;
    const section = /<w:sectPr\b.*?<\/w:sectPr>/s.exec(xml)?.[0] ?? '';
    const textWidth =
      attribute(section, 'pgSz', 'w') -
      attribute(section, 'pgMar', 'left') -
      attribute(section, 'pgMar', 'right');
    const tables = [...xml.matchAll(/<w:tblW\b[^>]*>/g)].map(([tag]) => tag);
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const tag of tables) {
      expect(tag).toContain('w:type="dxa"');
      expect(Number(/w:w="(\d+)"/.exec(tag)?.[1])).toBeLessThanOrEqual(textWidth + 2);
    }
    for (const [grid] of xml.matchAll(/<w:tblGrid>.*?<\/w:tblGrid>/gs)) {
      const columns = [...grid.matchAll(/w:w="(\d+)"/g)].map(([, width]) => Number(width));
      expect(columns.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(textWidth + 4);
    }
  });

  it('is set in Times New Roman at 13-14 pt', () => {
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(vi.docx.stylesXml)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    const halfPoints = attribute(defaults, 'sz', 'val');
    expect(halfPoints / 2).toBeGreaterThanOrEqual(13);
    expect(halfPoints / 2).toBeLessThanOrEqual(14);
  });

  it('opens with the issuer left and Quốc hiệu, Tiêu ngữ right in a borderless two-column table', () => {
    const firstTable = /<w:tbl>.*?<\/w:tbl>/s.exec(vi.docx.documentXml)?.[0] ?? '';
    const borders = /<w:tblBorders>.*?<\/w:tblBorders>/s.exec(firstTable)?.[0] ?? '';
    expect(borders).not.toBe('');
    expect([...borders.matchAll(/w:val="(\w+)"/g)].map(([, value]) => value)).toEqual(
      Array.from({ length: 6 }, () => 'none'),
    );
    const [left = [], right = []] = [...firstTable.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) =>
      [...cell.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, text]) => text),
    );
    expect(left).toEqual(['UBND TỈNH ĐẮK NÔNG', 'SỞ NỘI VỤ', 'Số: …/BC-SNV']);
    expect(right.slice(0, 2)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    // Quốc hiệu on one line, as the decree's sample has it (it wrapped before "NAM" in a 60 % column at 13 pt,
    // printed by LibreOffice): the right cell is wider than the line's bold capitals (~0.68 em each) plus padding.
    const rightCellTwips =
      [...firstTable.matchAll(/<w:tcW\b[^>]*w:w="(\d+)"/g)].map(([, w]) => Number(w))[1] ?? 0;
    const nationRun = /<w:r>(?:(?!<w:r>).)*?CỘNG HÒA(?:(?!<w:r>).)*?<\/w:r>/s.exec(firstTable)?.[0] ?? '';
    const nationPt = Number(/<w:sz w:val="(\d+)"/.exec(nationRun)?.[1] ?? NaN) / 2;
    expect(rightCellTwips - 216).toBeGreaterThanOrEqual(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'.length * nationPt * 0.68 * 20,
    );
    // The data has no provincial capital: the place is left for the user, the date too.
    expect(right[2]).toBe('…, ngày … tháng … năm 2026');
    const placeRun = /<w:r>(?:(?!<w:r>).)*?ngày … tháng(?:(?!<w:r>).)*?<\/w:r>/s.exec(firstTable)?.[0] ?? '';
    expect(placeRun).toContain('<w:i/>');
  });

  it('says BÁO CÁO, the summary line with the period, and that the progress is sample data', () => {
    const lines = vi.docx.text.split('\n').filter((line) => line.trim() !== '');
    const kind = lines.indexOf('BÁO CÁO');
    expect(kind).toBeGreaterThan(0);
    expect(lines[kind + 1]).toBe(`Kết quả thực hiện Kế hoạch số ${PLAN} Quý III/2025`);
    expect(lines[kind + 2]).toMatch(/dữ liệu minh họa/);
  });

  it('holds sections I, II, III and Nơi nhận in order', () => {
    const at = (text: string) => vi.docx.text.indexOf(text);
    const order = [
      'I. KẾT QUẢ THỰC HIỆN',
      'II. TỒN TẠI, HẠN CHẾ',
      'III. NHIỆM VỤ TRỌNG TÂM KỲ TỚI',
      'Nơi nhận:',
    ];
    for (const heading of order) expect(at(heading), heading).toBeGreaterThan(0);
    expect(order.map(at)).toEqual(order.map(at).sort((a, b) => a - b));
  });

  it("holds the Overview's summary with the published 2024 total (40,54) and the period's task sentence", () => {
    expect(vi.docx.text).toContain('Năm 2024, Đắk Nông đạt 40,54 điểm');
    expect(vi.docx.text).toMatch(/Nhiệm vụ của Kế hoạch 474\/KH-UBND đến Quý III\/2025/);
  });

  it('tabulates each dimension: tasks, overdue tasks and completion as the SQL tables count them', async () => {
    const expected = await conn.query<{
      dimension: string;
      tasks: number;
      rate: number;
      overdue: number;
    }>(sql`
      SELECT c.dimension, c.task_count AS tasks, c.completion_rate AS rate,
             (SELECT count(DISTINCT s.task_id)::INTEGER FROM task_pair_states s
              JOIN plan_tasks t ON t.task_id = s.task_id JOIN plan_targets pt ON pt.plan = s.plan
              WHERE s.dimension = c.dimension AND s.period = c.period AND s.is_reported AND NOT s.is_done
                AND t.timeframe_code = 'annual' AND s.period_end > make_date(pt.target_year, 12, 31)) AS overdue
      FROM task_completion c
      WHERE c.scope = 'dimension' AND c.plan = ${PLAN} AND c.period = '2025-Q3'
      ORDER BY c.dimension`);
    const [header = [], ...rows] = tableStartingWith(vi.docx, 'Chỉ số nội dung');
    expect(header).toEqual([
      'Chỉ số nội dung',
      'Số nhiệm vụ',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Đang thực hiện trong hạn',
      'Quá hạn chưa hoàn thành',
      'Tỷ lệ hoàn thành (lượt)',
    ]);
    const dimensionRows = rows.slice(0, -1);
    expect(dimensionRows.map((row) => row[0]?.split('.')[0])).toEqual(expected.map((row) => row.dimension));
    for (const [index, row] of dimensionRows.entries()) {
      const want = expected[index];
      expect(Number(row[1]), row[0]).toBe(want?.tasks);
      expect(Number(row[5]), row[0]).toBe(want?.overdue);
      expect(percentOf(row[6]), row[0]).toBe(Math.round((want?.rate ?? NaN) * 100));
    }
    const total = rows.at(-1) ?? [];
    expect(total[0]).toBe('Tổng cộng');
    expect(Number(total[1])).toBe(33);
  });

  it('tabulates each executing agency: its task-unit pairs and their completion', async () => {
    const expected = await conn.query<{ agency: string; pairs: number; done: number }>(sql`
      SELECT trim(a.agency) AS agency, count(*)::INTEGER AS pairs,
             count(*) FILTER (WHERE s.is_done)::INTEGER AS done
      FROM task_pair_states s JOIN plan_tasks t ON t.task_id = s.task_id,
           unnest(string_split(t.executing_agencies, ';')) AS a(agency)
      WHERE s.plan = ${PLAN} AND s.period = '2025-Q3'
      GROUP BY 1`);
    const [, ...rows] = tableStartingWith(vi.docx, 'Cơ quan chủ trì');
    expect(rows.map((row) => row[0]).sort()).toEqual(expected.map((row) => row.agency).sort());
    for (const row of rows) {
      const want = expected.find((entry) => entry.agency === row[0]);
      expect(Number(row[1]), row[0]).toBe(want?.pairs);
      expect(percentOf(row[2]), row[0]).toBe(Math.round(((want?.done ?? NaN) / (want?.pairs ?? NaN)) * 100));
    }
  });

  it('lists under II each unit with its overdue tasks, as task_pair_states judges them', async () => {
    const expected = await conn.query<{ unit: string; tasks: string }>(sql`
      SELECT s.unit, string_agg(s.task_id, ', ' ORDER BY s.task_id) AS tasks
      FROM task_pair_states s JOIN plan_tasks t ON t.task_id = s.task_id JOIN plan_targets pt ON pt.plan = s.plan
      WHERE s.plan = ${PLAN} AND s.period = '2025-Q3' AND s.is_reported AND NOT s.is_done
        AND t.timeframe_code = 'annual' AND s.period_end > make_date(pt.target_year, 12, 31)
      GROUP BY s.unit`);
    expect(expected.length).toBeGreaterThan(0);
    for (const { unit, tasks } of expected)
      expect(vi.docx.text).toContain(`- ${unit}: ${String(tasks.split(', ').length)} nhiệm vụ (${tasks}).`);
  });

  it('places the completion scatter and every dimension panel as PNG images, marked as sample', async () => {
    const dimensions = await conn.query<{ code: string }>(sql`
      SELECT code FROM indicators WHERE level = 'dimension' ORDER BY code`);
    expect(vi.drawn.map((chart) => chart.id)).toEqual([
      'chart-completion-scatter',
      ...dimensions.map(({ code }) => `chart-score-completion-${code}`),
    ]);
    expect(new Set(vi.drawn.map((chart) => chart.note))).toEqual(new Set(['Dữ liệu minh họa']));
    const media = Object.keys(vi.docx.zip.files).filter((path) => path.startsWith('word/media/'));
    expect(media).toHaveLength(vi.drawn.length);
    expect(media.every((path) => path.endsWith('.png'))).toBe(true);
    expect(vi.docx.documentXml.match(/<pic:pic\b/g)).toHaveLength(vi.drawn.length);
    expect(vi.docx.text).toContain('Hình 1. ');
  });

  it('lists under III the dated tasks due next quarter that not every unit has done', async () => {
    const expected = await conn.query<{ task_id: string }>(sql`
      SELECT s.task_id FROM task_pair_states s JOIN plan_tasks t ON t.task_id = s.task_id
      JOIN plan_targets pt ON pt.plan = s.plan
      WHERE s.plan = ${PLAN} AND s.period = '2024-Q3' AND t.timeframe_code = 'annual'
        AND make_date(pt.target_year, 12, 31) BETWEEN DATE '2024-10-01' AND DATE '2024-12-31'
      GROUP BY s.task_id HAVING bool_or(NOT s.is_done) ORDER BY s.task_id`);
    expect(expected.length).toBeGreaterThan(0);
    const section = en.docx.text.slice(en.docx.text.indexOf('III. PRIORITIES FOR THE NEXT PERIOD'));
    const listed = [...section.matchAll(/^- (474-[\w.-]+): .*\(due 31\/12\/2024;/gm)].map(([, id]) => id);
    expect(listed).toEqual(expected.map((row) => row.task_id));
  });

  it('is written in English from the English UI', () => {
    const { text } = en.docx;
    for (const words of [
      'SOCIALIST REPUBLIC OF VIETNAM',
      'Independence - Freedom - Happiness',
      'REPORT',
      'Results of Plan No. 474/KH-UBND, Q3 2024',
      'I. RESULTS',
      'II. SHORTCOMINGS',
      'Recipients:',
    ])
      expect(text, words).toContain(words);
    expect(text).not.toContain('KẾT QUẢ THỰC HIỆN');
  });
});
