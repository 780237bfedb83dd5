// What the Data view says after an import: a status when all was accepted, an alert with the first
// problems (located, in words) when anything was rejected or could not be kept.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import type { ImportAndKeepResult } from '../../../src/session/import-and-keep.ts';
import type { ImportProblem } from '../../../src/ingest/read/import-problem.ts';
import { PROBLEMS_SHOWN, summariseImport, summariseRefusal } from '../../../src/views/data/import-summary.ts';

const { t } = createI18n('vi');

const accepted = (over: Partial<ImportAndKeepResult> = {}, rejected = 0): ImportAndKeepResult => ({
  outcome: {
    ok: true,
    replacedSample: true,
    files: [
      {
        name: 'q4.csv',
        kind: 'task_progress',
        table: 'task_progress',
        mode: 'replace-overlapping',
        added: 5,
        replaced: 2,
        rejected,
      },
    ],
  },
  kept: { ok: true, value: 1 },
  ...over,
});

const badRow = (row: number): ImportProblem => ({
  file: 'q4.csv',
  sheet: null,
  row,
  column: 'Trạng thái',
  key: 'unknownStatus',
  args: { found: 'xong?', expected: 'Hoàn thành' },
});

describe('summariseImport', () => {
  it('all accepted: a status with the counts per file, the sample replaced, the files kept', () => {
    const summary = summariseImport(accepted(), t);
    expect(summary.role).toBe('status');
    expect(summary.lines).toEqual([
      'Đã nhập 1 tệp.',
      'q4.csv: thêm 5, thay thế 2, từ chối 0 dòng.',
      t('import.outcome.replacedSample'),
      t('data.import.kept'),
    ]);
    expect(summary.problems).toEqual([]);
  });

  it('rows rejected by add-only: an alert, still with the counts', () => {
    expect(summariseImport(accepted({}, 3), t).role).toBe('alert');
  });

  it('applied but not kept (quota): an alert saying the data lasts until a reload', () => {
    const summary = summariseImport(accepted({ kept: { ok: false, reason: 'quota', error: 'full' } }), t);
    expect(summary.role).toBe('alert');
    expect(summary.lines.at(-1)).toBe(t('import.storage.quota'));
  });

  it('refused: an alert, the first problems in words, the rest counted, all kept for the CSV', () => {
    const problems = Array.from({ length: PROBLEMS_SHOWN + 3 }, (_, index) => badRow(index + 5));
    const summary = summariseImport(
      {
        outcome: { ok: false, reason: 'problems', files: [], problems, error: null },
        kept: null,
      },
      t,
    );
    expect(summary.role).toBe('alert');
    expect(summary.lines).toEqual([t('import.outcome.refusedProblems')]);
    expect(summary.problemLines).toHaveLength(PROBLEMS_SHOWN);
    expect(summary.problemLines[0]).toBe(
      'Tệp q4.csv, dòng 5, cột “Trạng thái”: Không nhận ra trạng thái “xong?” (cần: Hoàn thành).',
    );
    expect(summary.moreProblems).toBe(3);
    expect(summary.problems).toHaveLength(PROBLEMS_SHOWN + 3);
  });

  it('an engine failure says so in words, names no raw engine text, and keeps it as the detail', () => {
    const summary = summariseImport(
      { outcome: { ok: false, reason: 'database', files: [], problems: [], error: 'OOM' }, kept: null },
      t,
    );
    expect(summary).toMatchObject({
      role: 'alert',
      lines: [t('import.engine.refused', { files: t('import.engine.theFiles') })],
      detail: 'OOM',
    });
  });
});

describe('summariseRefusal', () => {
  it('files refused before reading (too large) are an alert with their problem', () => {
    const summary = summariseRefusal(
      [
        {
          file: 'big.csv',
          sheet: null,
          row: null,
          column: null,
          key: 'fileTooLarge',
          args: { found: '80.0 MB', expected: '50.0 MB' },
        },
      ],
      t,
    );
    expect(summary.role).toBe('alert');
    expect(summary.lines).toEqual([
      'Chưa nhập gì vì không dùng được tệp big.csv (lý do ở dưới). Dữ liệu đang có được giữ nguyên.',
    ]);
    expect(summary.problemLines).toEqual(['Tệp big.csv: Tệp quá lớn (80.0 MB); giới hạn là 50.0 MB.']);
  });
});

describe('the reason a refused import gives first', () => {
  const notSpreadsheet: ImportProblem = {
    file: 'bao-cao.csv',
    sheet: null,
    row: null,
    column: null,
    key: 'notSpreadsheet',
    args: { found: 'PDF' },
  };
  const refused = (problems: ImportProblem[]) =>
    summariseImport(
      { outcome: { ok: false, reason: 'problems', files: [], problems, error: null }, kept: null },
      t,
    ).lines[0];

  it('a whole file refused names the file, not invalid rows', () => {
    expect(refused([notSpreadsheet])).toBe(
      'Chưa nhập gì vì không dùng được tệp bao-cao.csv (lý do ở dưới). Dữ liệu đang có được giữ nguyên.',
    );
  });

  it('a refused file and invalid rows in another say both', () => {
    expect(refused([badRow(3), notSpreadsheet])).toBe(
      'Chưa nhập gì vì không dùng được tệp bao-cao.csv và có dòng không hợp lệ (xem bên dưới). Dữ liệu đang có được giữ nguyên.',
    );
  });

  it('only invalid rows keep the rows wording', () => {
    expect(refused([badRow(3)])).toBe(t('import.outcome.refusedProblems'));
  });
});
