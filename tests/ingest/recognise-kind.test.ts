import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/domain/fold-text.ts';
import { CANONICAL_COLUMNS, columnOfHeader, HEADER_ALIASES } from '../../src/ingest/read/header-aliases.ts';
import { recogniseKind } from '../../src/ingest/read/recognise-kind.ts';
import { BUNDLED_CONTEXT } from './import-test-context.ts';

const CODES = BUNDLED_CONTEXT.indicators.map((indicator) => indicator.code);

describe('header aliases', () => {
  it('gives every folded alias exactly one column', () => {
    const owner = new Map<string, string>();
    for (const column of CANONICAL_COLUMNS) {
      for (const alias of [column, ...HEADER_ALIASES[column]]) {
        expect(owner.get(foldKey(alias)) ?? column, alias).toBe(column);
        owner.set(foldKey(alias), column);
      }
    }
  });

  it.each([
    ['Tỉnh', 'province'],
    ['tinh', 'province'],
    ['PROVINCE', 'province'],
    ['Tỉnh, thành phố', 'province'],
    ['Tỉnh/Thành phố', 'province'],
    [' Năm ', 'year'],
    ['Year', 'year'],
    ['Chỉ số', 'indicator'],
    ['Indicator', 'indicator'],
    ['Điểm', 'score'],
    ['diem', 'score'],
    ['Score', 'score'],
    ['Mã nhiệm vụ', 'task_id'],
    ['Task ID', 'task_id'],
    ['task_id', 'task_id'],
    ['Kỳ báo cáo', 'period'],
    ['Period', 'period'],
    ['Đơn vị', 'unit'],
    ['ĐƠN VỊ', 'unit'],
    ['Unit', 'unit'],
    ['Trạng thái', 'status'],
    ['Status', 'status'],
    ['Tỷ lệ %', 'percent'],
    ['Tỷ lệ hoàn thành', 'percent'],
    ['Percent', 'percent'],
    ['Ngày báo cáo', 'reported_on'],
    ['Reported on', 'reported_on'],
    ['Ghi chú', 'note'],
    ['Note', 'note'],
    ['Nguồn', 'source'],
    ['Source', 'source'],
    ['Kế hoạch', 'plan'],
    ['Nhiệm vụ', 'task'],
    ['Năm mục tiêu', 'target_year'],
  ])('reads %j as %s', (header, column) => {
    expect(columnOfHeader(header)).toBe(column);
  });

  it('leaves unknown headers unmatched', () => {
    expect(columnOfHeader('Số điện thoại')).toBeNull();
  });
});

describe('recogniseKind', () => {
  it.each([
    { kind: 'scores_long', header: ['Tỉnh', 'Năm', 'Chỉ số', 'Điểm', 'Nguồn', 'Ghi chú'] },
    { kind: 'scores_long', header: ['province', 'year', 'indicator', 'score'] },
    { kind: 'scores_wide', header: ['Tỉnh', 'Năm', '1', '1.1', 'Chỉ số 2', '2,1', 'Tổng'] },
    { kind: 'task_progress', header: ['Mã nhiệm vụ', 'Kỳ báo cáo', 'Đơn vị', 'Trạng thái', 'Tỷ lệ %'] },
    {
      kind: 'task_progress',
      header: ['task_id', 'period', 'unit', 'status', 'percent', 'reported_on', 'note'],
    },
    {
      kind: 'plan_tasks',
      header: ['Mã nhiệm vụ', 'Kế hoạch', 'Nhiệm vụ', 'Chỉ số thành phần', 'Cơ quan thực hiện'],
    },
  ])('recognises $kind from $header', ({ kind, header }) => {
    expect(recogniseKind(header, CODES)).toMatchObject({ ok: true, kind });
  });

  it('maps the wide layout’s indicator columns to known codes, whatever their spelling', () => {
    const result = recogniseKind(['Tỉnh', 'Năm', 'Chỉ số 1', '1,1', 'CS 8', 'Tổng hợp', '9.9'], CODES);
    expect(result.ok && result.header.indicatorColumns).toEqual([
      { index: 2, code: '1' },
      { index: 3, code: '1.1' },
      { index: 4, code: '8' },
      { index: 5, code: 'total' },
    ]);
  });

  it.each([
    {
      header: ['Mã nhiệm vụ', 'Kỳ báo cáo', 'Đơn vị', 'Tỷ lệ %'],
      kind: 'task_progress',
      missing: ['status'],
    },
    { header: ['Tỉnh', 'Năm', 'Điểm'], kind: 'scores_long', missing: ['indicator'] },
    { header: ['Tỉnh', 'Năm'], kind: 'scores_wide', missing: ['indicator'] },
  ])('names the missing required columns ($missing) of the closest kind', ({ header, kind, missing }) => {
    expect(recogniseKind(header, CODES)).toEqual({ ok: false, kind, missing });
  });

  it('recognises nothing when no header is known', () => {
    expect(recogniseKind(['Họ tên', 'Số điện thoại'], CODES)).toEqual({ ok: false, kind: null, missing: [] });
  });
});
