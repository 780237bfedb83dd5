// A quarterly progress report as an agency sends it (CSV from Excel: BOM, ';', Vietnamese headers), for the
// browser tests that import one and watch the figures move.

/** Every task of dimension 1 done by Quý IV/2024 (the sample file has them open). */
export function dimensionOneDoneCsv(): Buffer {
  const lines = [
    'Mã nhiệm vụ;Kỳ báo cáo;Đơn vị;Trạng thái;Tỷ lệ %;Ngày báo cáo',
    '474-1.1-a;Quý IV/2024;Sở Tư pháp;Hoàn thành;100;15/01/2025',
    '474-1.2-a;Quý IV/2024;Sở Nội vụ;Hoàn thành;100;15/01/2025',
    '474-1.3-a;Quý IV/2024;Sở Nội vụ;Hoàn thành;100;15/01/2025',
    '474-1.4-a;Quý IV/2024;Huyện Cư Jút;Hoàn thành;100;16/01/2025',
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
