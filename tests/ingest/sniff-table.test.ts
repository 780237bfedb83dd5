import { describe, expect, it } from 'vitest';
import { sniffTable } from '../../src/ingest/read/sniff-table.ts';

describe('sniffTable', () => {
  it.each([
    { quirk: 'comma', text: 'Tỉnh,Năm,Chỉ số,Điểm\nP01,2024,1,5.2\n', delimiter: ',' },
    {
      quirk: 'semicolon with decimal commas',
      text: 'Tỉnh;Năm;Chỉ số;Điểm\nP01;2024;1;5,2\n',
      delimiter: ';',
    },
    { quirk: 'tab', text: 'Tỉnh\tNăm\tChỉ số\tĐiểm\nP01\t2024\t1\t5,2\n', delimiter: '\t' },
    {
      quirk: 'comma with a quoted header holding a comma',
      text: '"Tỉnh, thành phố",Năm,Chỉ số,Điểm\nP01,2024,1,"5,2"\n',
      delimiter: ',',
    },
  ])('picks the $quirk delimiter', ({ text, delimiter }) => {
    const table = sniffTable(text);
    expect(table.delimiter).toBe(delimiter);
    expect(table.rows[1]).toHaveLength(4);
  });

  it('skips title lines: the header is the row naming the most known columns', () => {
    const table = sniffTable(
      'BÁO CÁO TIẾN ĐỘ;;;\nQuý III/2024;;;\n;;;\nMã nhiệm vụ;Kỳ báo cáo;Đơn vị;Trạng thái\nA;2024;B;done\n',
    );
    expect(table.headerRowIndex).toBe(3);
    expect(table.rows[table.headerRowIndex]).toEqual(['Mã nhiệm vụ', 'Kỳ báo cáo', 'Đơn vị', 'Trạng thái']);
  });

  it('keeps CRLF out of the cells and a quoted line break inside its cell (one Excel row)', () => {
    const table = sniffTable('Mã nhiệm vụ;Ghi chú\r\nA;"dòng 1\r\ndòng 2"\r\nB;x\r\n');
    expect(table.rows).toEqual([
      ['Mã nhiệm vụ', 'Ghi chú'],
      ['A', 'dòng 1\r\ndòng 2'],
      ['B', 'x'],
    ]);
  });

  it('drops trailing empty rows and columns but keeps blank rows inside (Excel row numbers stay right)', () => {
    const table = sniffTable('Title;;;;\r\n;;;;\r\nTỉnh;Năm;;;\r\nP01;2024;;;\r\n;;;;\r\n;;;;\r\n');
    expect(table.rows).toEqual([
      ['Title', ''],
      ['', ''],
      ['Tỉnh', 'Năm'],
      ['P01', '2024'],
    ]);
    expect(table.headerRowIndex).toBe(2);
  });

  it('returns no rows and header index -1 for blank text', () => {
    expect(sniffTable('\r\n;;\r\n')).toMatchObject({ rows: [], headerRowIndex: -1 });
  });
});
