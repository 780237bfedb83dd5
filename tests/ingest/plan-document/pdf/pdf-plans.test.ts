// Plans printed to PDF, read through pdf.js (its legacy build, in Node) and the same adapter as the app:
// a body-form plan, a plan with an appendix table, a plan covering several indices, and scans refused.
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { assignTaskIds, planTaskCells } from '../../../../src/ingest/plan-document/plan-tasks.ts';
import type { PlanReading } from '../../../../src/ingest/plan-document/read-plan-document.ts';
import { readBodyDocx } from '../body-form/build-body-docx.ts';
import { LAI_CHAU_LINES } from '../body-form/lai-chau-plan.ts';
import { reviewRows, skippedNotices } from '../body-form/review-view.ts';
import { readRepoFile } from '../plan-reference.ts';
import { buildCaoBangPdf } from './cao-bang-pdf.ts';
import { buildDakNong474Pdf } from './dak-nong-474-pdf.ts';
import { buildHue57Pdf } from './hue-57-pdf.ts';
import { buildLaiChauPdf } from './lai-chau-pdf.ts';
import { readPdf, readPdfPlan } from './read-pdf-plan.ts';
import { buildBlankPdf, buildPasswordPdf, buildScannedPdf } from './scanned-pdf.ts';

const COMMITTED_TASKS = Papa.parse<string[]>(readRepoFile('data/plan-tasks.csv'), {
  skipEmptyLines: true,
}).data.slice(1);

const tasksOf = (reading: PlanReading) => {
  if (!reading.ok) throw new Error(`refused: ${reading.reason}`);
  return reading.tasks;
};

describe('a plan with its appendix table, as a PDF (474/KH-UBND printed: wrapped cells, merged dimension rows, header repeated on each page)', () => {
  let reading: PlanReading;
  beforeAll(async () => {
    reading = await readPdfPlan(await buildDakNong474Pdf());
  });

  it('gives exactly the 33 committed tasks, with nothing flagged and no row left unread', () => {
    const tasks = tasksOf(reading);
    expect(reading.ok && reading.form).toBe('appendix');
    expect(assignTaskIds(tasks, '474/KH-UBND').map(planTaskCells)).toEqual(COMMITTED_TASKS);
    expect(tasks.flatMap((task) => task.flags)).toEqual([]);
    expect(reading.ok && reading.skipped).toEqual([]);
  });

  it('reads the identity from the text above the table', () => {
    expect(reading.ok && reading.identity).toMatchObject({
      plan: '474/KH-UBND',
      place: 'Đắk Nông',
      issuedOn: '2024-07-18',
      provinceCode: 'P43',
      targetYear: 2024,
    });
  });
});

describe('an appendix without a label column, its dimension and sub-dimension rows merged across (Huế 57/KH-UBND as a PDF)', () => {
  it('places each task under the sub-dimension row above it, with its agencies and deadline', async () => {
    const rows = reviewRows(await readPdfPlan(await buildHue57Pdf()));
    expect(
      rows.map((row) => [row.line, row.dimension, row.executing, row.supervising, row.deadline, row.check]),
    ).toEqual([
      [4, '2.2', 'Chủ tịch UBND cấp xã', 'Sở Nội vụ', '2024-09-30', []],
      [6, '2.3', 'Chủ tịch UBND cấp xã', 'Sở Tài chính', '—', []],
      [7, '2.3', 'Chủ tịch UBND cấp huyện', 'Sở Tài chính', '2024-12-31', []],
    ]);
    expect(rows[0]?.task).toBe(
      'Rà soát, niêm yết công khai danh sách hộ nghèo, hộ cận nghèo tại nhà văn hóa thôn, tổ dân phố',
    );
  });
});

describe('a plan with its tasks in the body, as a PDF (Lai Châu 1331/KH-UBND: two-column letterhead, wrapped lines)', () => {
  let reading: PlanReading;
  beforeAll(async () => {
    reading = await readPdfPlan(await buildLaiChauPdf());
  });

  it('reads the number and date from the letterhead columns and the target year from the title over two lines', () => {
    expect(reading.ok && reading.identity).toMatchObject({
      plan: '1331/KH-UBND',
      place: 'Lai Châu',
      issuedOn: '2025-03-31',
      provinceCode: 'P08',
      targetYear: 2025,
    });
  });

  it('lists the lettered tasks under each dimension heading, with agencies, deadlines and the guesses flagged', () => {
    expect(
      reviewRows(reading).map(({ dimension, executing, timeframe, deadline, check }) => ({
        dimension,
        executing,
        timeframe,
        deadline,
        check,
      })),
    ).toEqual([
      { dimension: '1', executing: 'Sở Nội vụ', timeframe: 'Thường xuyên', deadline: '—', check: [] },
      {
        dimension: '1',
        executing: 'UBND các huyện, thành phố',
        timeframe: 'Quý III/2025',
        deadline: '2025-09-30',
        check: [],
      },
      {
        dimension: '2',
        executing: 'Sở Tài chính',
        timeframe: 'trước ngày 31/12/2025',
        deadline: '2025-12-31',
        check: [
          'Cơ quan chủ trì được đoán từ câu giao nhiệm vụ: "Sở Tài chính".',
          'Thời hạn được đoán từ câu: "trước ngày 31/12/2025".',
        ],
      },
      {
        dimension: '2',
        executing: '',
        timeframe: '',
        deadline: '—',
        check: [
          'Không thấy cơ quan chủ trì: nhập cơ quan, hoặc xác nhận là "Chưa xác định".',
          'Thời gian "" không rõ hạn; được theo dõi theo từng kỳ.',
        ],
      },
      {
        dimension: '8',
        executing: 'Sở Khoa học và Công nghệ',
        timeframe: 'trước ngày 30/9/2025',
        deadline: '2025-09-30',
        check: [],
      },
    ]);
  });

  it('reads the same tasks as the .docx of the same plan (a sentence wrapped over two lines is one task)', async () => {
    const fromDocx = reviewRows(await readBodyDocx(LAI_CHAU_LINES));
    const withoutLine = ({ line: _line, ...row }: { line: number }) => row;
    expect(reviewRows(reading).map(withoutLine)).toEqual(fromDocx.map(withoutLine));
    expect(reviewRows(reading)[0]?.task).toBe(
      'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở năm 2022 đến người dân qua hệ thống loa truyền thanh cơ sở.',
    );
  });

  it('reads the goal the plan sets', () => {
    expect(reading.ok && reading.targets.map((target) => [target.kind, target.indicator])).toEqual([
      ['score', 'total'],
    ]);
  });
});

describe('a plan covering several indices, as a PDF (Cao Bằng 2163/KH-UBND)', () => {
  // Lines as the review numbers them: the letterhead's six blocks, the kind, the title, "II. …", then the sections.
  it('reads only the PAPI tasks and says which sections it left out', async () => {
    const reading = await readPdfPlan(await buildCaoBangPdf());
    expect(skippedNotices(reading)).toEqual([
      'Bỏ qua phần PAR INDEX: 3 nhiệm vụ (dòng 10; không thuộc Chỉ số PAPI nên không nhập).',
      'Bỏ qua phần SIPAS: 2 nhiệm vụ (dòng 16; không thuộc Chỉ số PAPI nên không nhập).',
    ]);
    expect(reviewRows(reading).map((row) => [row.dimension, row.executing, row.deadline])).toEqual([
      ['2', 'Sở Nông nghiệp và Môi trường', '2025-09-30'],
      ['4', 'Thanh tra tỉnh', '—'],
    ]);
    expect(reading.ok && reading.identity.plan).toBe('2163/KH-UBND');
  });
});

describe('PDFs that cannot be read', () => {
  it('refuses a scanned plan (pages that are only images) as having no text layer', async () => {
    expect(await readPdf(await buildScannedPdf(3))).toEqual({ ok: false, reason: 'noText', pages: 3 });
  });

  it('refuses a blank page as having no text layer', async () => {
    expect(await readPdf(await buildBlankPdf())).toEqual({ ok: false, reason: 'noText', pages: 1 });
  });

  it('refuses a password-protected PDF as such, not as damaged', async () => {
    expect(await readPdf(await buildPasswordPdf())).toMatchObject({ ok: false, reason: 'encrypted' });
  });

  it('refuses a damaged file that only starts like a PDF, saying it could not be read', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');
    expect(await readPdf(damaged)).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});
