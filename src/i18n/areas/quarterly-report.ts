// UI text of the quarterly report (Plan view: "Xuất báo cáo quý") and the words of the document itself, laid
// out as Nghị định 30/2020/NĐ-CP lays out an administrative document. Vietnamese is the source; en/quarterly-report.ts has
// the same keys (the English UI writes an English report).

export const quarterlyReportVi = {
  'quarterlyReport.button': 'Xuất báo cáo quý (.docx)',
  'quarterlyReport.hint':
    'Báo cáo của Sở Nội vụ gửi UBND tỉnh về kết quả thực hiện kế hoạch {period}, theo thể thức Nghị định 30/2020/NĐ-CP (tệp Word).',
  'quarterlyReport.making': 'Đang tạo báo cáo {period}…',
  'quarterlyReport.made': 'Đã tạo {file}.',
  'quarterlyReport.failed': 'Không tạo được báo cáo: {error}',
  'quarterlyReport.doc.issuerParent': 'UBND TỈNH {province}',
  'quarterlyReport.doc.issuer': 'SỞ NỘI VỤ',
  'quarterlyReport.doc.nation': 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'quarterlyReport.doc.motto': 'Độc lập - Tự do - Hạnh phúc',
  'quarterlyReport.doc.number': 'Số: …/BC-SNV',
  'quarterlyReport.doc.placeDate': '{place}, ngày … tháng … năm {year}',
  'quarterlyReport.doc.kind': 'BÁO CÁO',
  'quarterlyReport.doc.summaryLine': 'Kết quả thực hiện Kế hoạch số {plan} {period}',
  'quarterlyReport.doc.intro':
    'Thực hiện Kế hoạch số {plan} ({title}), Sở Nội vụ tổng hợp báo cáo của các cơ quan, đơn vị và báo cáo kết quả thực hiện {period} như sau:',
  'quarterlyReport.doc.sample':
    'Lưu ý: số liệu tiến độ trong báo cáo này là dữ liệu minh họa, không phải báo cáo thật của các đơn vị.',
  'quarterlyReport.doc.section1': 'I. KẾT QUẢ THỰC HIỆN',
  'quarterlyReport.doc.summaryHeading': '1. Tóm tắt',
  'quarterlyReport.doc.byDimensionHeading': '2. Kết quả theo chỉ số nội dung',
  'quarterlyReport.doc.byAgencyHeading': '3. Kết quả theo cơ quan chủ trì',
  'quarterlyReport.doc.figuresHeading': '4. Điểm số và tiến độ nhiệm vụ',
  'quarterlyReport.doc.section2': 'II. TỒN TẠI, HẠN CHẾ',
  'quarterlyReport.doc.overdueHeading': '1. Nhiệm vụ quá hạn chưa hoàn thành, theo đơn vị thực hiện',
  'quarterlyReport.doc.overdueNone': 'Không có nhiệm vụ quá hạn chưa hoàn thành tính đến hết {period}.',
  'quarterlyReport.doc.overdueUnit': '- {unit}: {count} nhiệm vụ ({tasks}).',
  'quarterlyReport.doc.missingHeading': '2. Đơn vị chưa gửi báo cáo {period}',
  'quarterlyReport.doc.missingNone': 'Tất cả các đơn vị đã gửi báo cáo {period}.',
  'quarterlyReport.doc.missingCount': '{count} đơn vị chưa gửi báo cáo: {units}.',
  'quarterlyReport.doc.section3': 'III. NHIỆM VỤ TRỌNG TÂM KỲ TỚI',
  'quarterlyReport.doc.nextIntro': 'Trong {period}, các cơ quan, đơn vị tập trung thực hiện:',
  'quarterlyReport.doc.nextDue': '{task}: {text} (thời hạn {deadline}; {agencies})',
  'quarterlyReport.doc.nextOverdue':
    '{task}: {text} (đã quá hạn {deadline}, cần hoàn thành ngay; {agencies})',
  'quarterlyReport.doc.nextNone':
    'Không có nhiệm vụ nào đến hạn trong {period}; các cơ quan, đơn vị tiếp tục thực hiện các nhiệm vụ thường xuyên của kế hoạch.',
  'quarterlyReport.doc.recipients': 'Nơi nhận:',
  'quarterlyReport.doc.recipient1': '- UBND tỉnh (để báo cáo);',
  'quarterlyReport.doc.recipient2': '- Các cơ quan, đơn vị thực hiện kế hoạch;',
  'quarterlyReport.doc.recipient3': '- Lưu: VT.',
  'quarterlyReport.doc.signer': 'GIÁM ĐỐC',
  'quarterlyReport.doc.col.dimension': 'Chỉ số nội dung',
  'quarterlyReport.doc.col.tasks': 'Số nhiệm vụ',
  'quarterlyReport.doc.col.completion': 'Tỷ lệ hoàn thành (lượt)',
  'quarterlyReport.doc.col.agency': 'Cơ quan chủ trì',
  'quarterlyReport.doc.col.pairs': 'Số lượt (nhiệm vụ × đơn vị)',
  'quarterlyReport.doc.total': 'Tổng cộng',
  'quarterlyReport.doc.dimensionNote':
    'Số nhiệm vụ theo trạng thái: một nhiệm vụ được tính vào một trạng thái khi ít nhất một đơn vị thực hiện nó ở trạng thái đó (như trang Kế hoạch). Nhiệm vụ thường xuyên được đánh giá theo từng kỳ và chỉ tính vào tỷ lệ hoàn thành. Tỷ lệ hoàn thành tính trên số lượt (nhiệm vụ × đơn vị) đã hoàn thành.',
  'quarterlyReport.doc.agencyNote':
    'Mỗi lượt (nhiệm vụ × đơn vị báo cáo) được tính cho từng cơ quan chủ trì của nhiệm vụ.',
  'quarterlyReport.doc.figureCaption': 'Hình {number}. {title}',
  'quarterlyReport.doc.source': 'Nguồn: {source}',
};
