import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/ingest/read/parse-period.ts';
import {
  excelSerialToIsoDate,
  parseDate,
  parseDecimal,
  parsePercent,
  parseStatus,
} from '../../src/ingest/read/parse-values.ts';

describe('parseDecimal', () => {
  it.each([
    ['38.97', 38.97],
    ['38,97', 38.97],
    [' 5 ', 5],
    ['-0,5', -0.5],
    ['1.234', 1.234], // one separator is always the decimal one
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1 234,5', 1234.5],
    ['1.234.567', 1234567],
    ['abc', null],
    ['1,2,3', null],
    ['', null],
    ['38.97.1', null],
  ])('reads %j as %s', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });
});

describe('parsePercent', () => {
  it.each([
    ['45', 45],
    ['45%', 45],
    ['45,5 %', 45.5],
    ['100', 100],
    ['120', 120], // out of range is the validator's call
    ['nửa', null],
  ])('reads %j as %s', (text, value) => {
    expect(parsePercent(text)).toBe(value);
  });
});

describe('parseStatus', () => {
  it.each([
    ['Hoàn thành', 'done'],
    ['Đã hoàn thành', 'done'],
    ['ĐÃ HOÀN THÀNH', 'done'],
    ['hoan thanh', 'done'],
    ['done', 'done'],
    ['Đang thực hiện', 'in_progress'],
    ['in progress', 'in_progress'],
    ['in_progress', 'in_progress'],
    ['Chưa thực hiện', 'not_started'],
    ['not started', 'not_started'],
    ['Sắp xong', null],
  ])('reads %j as %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });
});

describe('parsePeriod', () => {
  it.each([
    ['Quý III/2024', '2024-Q3'],
    ['Quý 3 năm 2024', '2024-Q3'],
    ['quý IV/2025', '2025-Q4'],
    ['Q3/2024', '2024-Q3'],
    ['Q3 2024', '2024-Q3'],
    ['2024-Q3', '2024-Q3'],
    ['6 tháng đầu năm 2024', '2024-H1'],
    ['6 tháng cuối năm 2024', '2024-H2'],
    ['H1/2024', '2024-H1'],
    ['2024-H2', '2024-H2'],
    ['Tháng 9/2024', '2024-09'],
    ['Tháng 9 năm 2024', '2024-09'],
    ['2024-09', '2024-09'],
    ['Năm 2024', '2024'],
    ['2024', '2024'],
    ['Quý 5/2024', null],
    ['Tháng 13/2024', null],
    ['sớm', null],
  ])('reads %j as %s', (text, period) => {
    expect(parsePeriod(text)).toBe(period);
  });
});

describe('parseDate', () => {
  it.each([
    ['15/10/2024', '2024-10-15'],
    ['5/7/2024', '2024-07-05'],
    ['15-10-2024', '2024-10-15'],
    ['15.10.2024', '2024-10-15'],
    ['2024-10-15', '2024-10-15'],
    ['45580', '2024-10-15'], // an Excel date serial
    ['45580.75', '2024-10-15'], // with a time of day
    ['31/02/2024', null],
    ['10/15/2024', null], // month-first is not how offices write dates
    ['2024', null], // a year is not a serial
    ['hôm qua', null],
  ])('reads %j as %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it('counts serials from 1899-12-30 (Excel’s epoch, its 1900 leap-day bug included)', () => {
    expect(excelSerialToIsoDate(45292)).toBe('2024-01-01');
  });
});
