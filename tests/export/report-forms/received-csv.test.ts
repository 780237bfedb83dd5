// The received panel's CSV: the heading and due date on top, one line per unit in the order shown, the
// state in the UI language, and a unit name that looks like a formula made harmless.
import { describe, expect, it } from 'vitest';
import { buildReceivedCsv, receivedCsvFileName } from '../../../src/export/report-forms/received-csv.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';

const units = [
  { unit: 'Huyện Đắk Song', tasks: 4, reportedTasks: 0, firstReportedOn: null, state: 'missing' as const },
  {
    unit: '=Huyện Cư Jút',
    tasks: 4,
    reportedTasks: 4,
    firstReportedOn: '2025-10-15',
    state: 'on_time' as const,
  },
];

describe('buildReceivedCsv', () => {
  it('writes the units as shown, with the state in the UI language and formulas neutralised', () => {
    const vi = buildReceivedCsv(
      { units },
      '1/2 đơn vị đã báo cáo Quý III/2025',
      'Hạn gửi 2025-10-20.',
      createI18n('vi').t,
    );
    expect(vi.split('\r\n')).toEqual([
      '\uFEFF1/2 đơn vị đã báo cáo Quý III/2025',
      'Hạn gửi 2025-10-20.',
      '',
      'Đơn vị,Nhiệm vụ đã báo cáo,Số nhiệm vụ,Ngày báo cáo,Tình trạng',
      'Huyện Đắk Song,0,4,,Chưa báo cáo',
      "'=Huyện Cư Jút,4,4,2025-10-15,Đã báo cáo",
      '',
    ]);
    const en = buildReceivedCsv({ units }, 'x', 'y', createI18n('en').t);
    expect(en).toContain('Unit,Tasks reported,Tasks,Report date,Status');
    expect(en).toContain('Huyện Đắk Song,0,4,,Not reported');
  });

  it('names the file by plan and period in ASCII', () => {
    expect(receivedCsvFileName('474/KH-UBND', '2025-Q3')).toBe('bao-cao-da-nhan_474-kh-ubnd_2025-q3.csv');
  });
});
