// UI text of the plan read from its Word document: reading, review table, import.
// Vietnamese is the source; en/plan-document.ts must provide exactly the same keys.

export const planDocumentVi = {
  'planDocument.title': 'Kế hoạch từ văn bản Word hoặc PDF',
  'planDocument.intro':
    'Chọn hoặc thả tệp .docx hay .pdf của kế hoạch (có bảng phụ lục, hoặc nhiệm vụ viết ngay trong nội dung dưới các đề mục chỉ số nội dung), hoặc sao chép bảng phụ lục hay nội dung kế hoạch trong Word/Excel rồi dán vào ô dưới đây. Ứng dụng đọc các nhiệm vụ để bạn xem lại; dữ liệu đang có không thay đổi cho đến khi bạn bấm "Nhập kế hoạch".',
  'planDocument.paste': 'Dán bảng phụ lục (Ctrl+V)',
  'planDocument.pasteHint': 'Nhấn vào ô rồi dán bảng đã sao chép từ Word hoặc Excel.',
  'planDocument.reading': 'Đang đọc {file}…',
  'planDocument.cancelled':
    'Đã hủy đọc {source}: không có gì được đọc hay nhập. Dữ liệu đang có được giữ nguyên.',
  'planDocument.pasted': 'bảng đã dán',
  'planDocument.noAppendix':
    '{source}: không tìm thấy bảng phụ lục nhiệm vụ. Đã tìm một bảng có hàng tiêu đề gồm các cột: {lookedFor}; và các nhiệm vụ dưới đề mục chỉ số nội dung trong phần nội dung (ví dụ "1.1. Chỉ số nội dung “Tham gia của người dân ở cấp cơ sở”." rồi "a) …").',
  'planDocument.noTasks':
    '{source}: bảng phụ lục không có dòng nhiệm vụ nào (đã tìm dưới hàng tiêu đề: {lookedFor}).',
  'planDocument.unreadable': '{source}: không đọc được tệp Word ({error}).',
  'planDocument.pdfReaderNotDownloaded':
    '{source}: trình đọc PDF chưa có trên máy này và lúc này không tải được: nó được tải ở lần đọc PDF đầu tiên, khi có mạng, và từ đó dùng được cả khi không có mạng. Hãy kết nối mạng, tải lại trang (nếu thấy thông báo "Có phiên bản mới", hãy bấm "Tải lại") rồi chọn lại tệp; hoặc sao chép bảng phụ lục rồi dán vào ô dưới đây.',
  'planDocument.wordReaderNotDownloaded':
    '{source}: trình đọc Word chưa có trên máy này và lúc này không tải được: nó được tải ở lần đọc tệp Word đầu tiên, khi có mạng, và từ đó dùng được cả khi không có mạng. Hãy kết nối mạng, tải lại trang (nếu thấy thông báo "Có phiên bản mới", hãy bấm "Tải lại") rồi chọn lại tệp; hoặc sao chép bảng phụ lục rồi dán vào ô dưới đây.',
  'planDocument.inputWordOrPdf': 'Chọn tệp Word (.docx) hoặc PDF',
  'planDocument.dropWordOrPdf': 'hoặc thả tệp .docx hay .pdf (PDF có lớp chữ, không phải bản quét) vào đây',
  'planDocument.pdfNoText':
    '{source}: tệp PDF không có lớp chữ ({pages} trang, hầu như không có chữ nào đọc được): có lẽ là bản quét (ảnh chụp văn bản). Ứng dụng không nhận dạng chữ trong ảnh và không gửi tệp đi đâu. Hãy chọn tệp .docx của kế hoạch, hoặc sao chép bảng phụ lục rồi dán vào ô dưới đây.',
  'planDocument.pdfEncrypted':
    '{source}: tệp PDF được đặt mật khẩu nên không đọc được. Hãy chọn tệp .docx của kế hoạch, hoặc sao chép bảng phụ lục rồi dán vào ô dưới đây.',
  'planDocument.pdfUnreadable':
    '{source}: không đọc được tệp PDF (tệp bị hỏng hoặc không đầy đủ). Hãy chọn tệp .docx của kế hoạch, hoặc sao chép bảng phụ lục rồi dán vào ô dưới đây.',
  'planDocument.read': 'Đã đọc {count} nhiệm vụ từ {source}; {flagged} dòng cần xem lại.',
  'planDocument.identity': 'Thông tin kế hoạch (kiểm tra và sửa nếu cần)',
  'planDocument.field.plan': 'Số, ký hiệu',
  'planDocument.field.issuedOn': 'Ngày ban hành',
  'planDocument.field.issuer': 'Cơ quan ban hành',
  'planDocument.field.province': 'Tỉnh, thành phố',
  'planDocument.field.targetYear': 'Năm PAPI mục tiêu',
  'planDocument.field.title': 'Tên kế hoạch',
  'planDocument.chooseProvince': '— chọn tỉnh —',
  'planDocument.review': 'Xem lại các nhiệm vụ',
  'planDocument.reviewCaption':
    'Nhiệm vụ đọc được từ phụ lục; các dòng đánh dấu ⚠ cần xem lại. Có thể sửa trực tiếp từng ô.',
  'planDocument.reviewCaptionBody':
    'Văn bản không có bảng phụ lục: nhiệm vụ được đọc từ các đề mục chỉ số nội dung và các mục a), b), -, + trong phần nội dung; mọi chỗ đoán đều đánh dấu ⚠. Có thể sửa trực tiếp từng ô.',
  'planDocument.skippedSection':
    'Bỏ qua phần {name}: {count} nhiệm vụ (dòng {row}; không thuộc Chỉ số PAPI nên không nhập).',
  'planDocument.col.row': 'Dòng',
  'planDocument.col.dimension': 'Chỉ số nội dung',
  'planDocument.col.subdimension': 'Chỉ số thành phần',
  'planDocument.col.task': 'Nhiệm vụ',
  'planDocument.col.executing': 'Cơ quan chủ trì',
  'planDocument.col.supervising': 'Cơ quan phối hợp, theo dõi',
  'planDocument.col.timeframe': 'Thời gian',
  'planDocument.col.deadline': 'Hạn',
  'planDocument.col.check': 'Cần xem lại',
  'planDocument.sourceRow': 'dòng {row} của văn bản',
  'planDocument.sourceLine': 'dòng {row} của văn bản',
  'planDocument.flag.dimensionGuessed': 'Chỉ số nội dung {code} được đoán từ "{text}".',
  'planDocument.flag.dimensionUnknown': 'Không xác định được chỉ số nội dung.',
  'planDocument.flag.subdimensionGuessed': 'Chỉ số thành phần {code} được đoán từ tên "{text}".',
  'planDocument.flag.subdimensionUnknown': 'Không khớp với chỉ số thành phần chính thức nào: "{text}".',
  'planDocument.flag.subdimensionOutsideDimension':
    'Chỉ số thành phần {code} không thuộc chỉ số nội dung {dimension} ở trên.',
  'planDocument.flag.timeframeUnknown': 'Thời gian "{text}" không rõ hạn; được theo dõi theo từng kỳ.',
  'planDocument.flag.executingMissing': 'Không có cơ quan chủ trì.',
  'planDocument.flag.taskMissing': 'Không có nội dung nhiệm vụ.',
  'planDocument.flag.executingGuessed': 'Cơ quan chủ trì được đoán từ câu giao nhiệm vụ: "{text}".',
  'planDocument.flag.executingUnconfirmed':
    'Không thấy cơ quan chủ trì: nhập cơ quan, hoặc xác nhận là "Chưa xác định".',
  'planDocument.flag.timeframeGuessed': 'Thời hạn được đoán từ câu: "{text}".',
  'planDocument.confirmUndetermined': 'Xác nhận: chưa xác định',
  'planDocument.skipped': 'Dòng {row} không được nhận là nhiệm vụ hay nhóm: "{text}"',
  'planDocument.targets':
    'Mục tiêu kế hoạch đặt ra, đọc từ văn bản: bỏ chọn mục tiêu đọc sai; các mục tiêu được giữ được nhập cùng kế hoạch và đối chiếu với kết quả năm mục tiêu ở trang Tổng quan.',
  'planDocument.targetKeep': 'Giữ mục tiêu: {goal}',
  'planDocument.target.item': '{indicator}: {goal} (dòng {row})',
  'planDocument.target.total': 'Chỉ số PAPI tổng hợp',
  'planDocument.target.dimension': 'Chỉ số nội dung {code}',
  'planDocument.target.score': 'đạt từ {score} điểm trở lên',
  'planDocument.target.group': 'nằm trong nhóm {group}',
  'planDocument.target.rank': 'tăng ít nhất {places} bậc',
  'planDocument.target.riseScoreGroup': 'tăng điểm số và tăng nhóm',
  'planDocument.target.riseScore': 'tăng điểm số',
  'planDocument.target.riseGroup': 'tăng nhóm',
  'planDocument.target.since': ' so với năm {year}',
  'planDocument.import': 'Nhập kế hoạch',
  'planDocument.cancel': 'Bỏ qua',
  'planDocument.blocked': 'Chưa nhập được: cần sửa {count} chỗ.',
  'planDocument.problem.identity': 'Thông tin kế hoạch, {field}: {message}',
  'planDocument.problem.row': 'Dòng {row}, cột {field}: {message}',
  'planDocument.problem.required': 'chưa có giá trị',
  'planDocument.problem.invalidYear': 'năm không hợp lệ ("{value}")',
  'planDocument.problem.unknownDimension': 'không phải chỉ số nội dung 1-8 ("{value}")',
  'planDocument.problem.unknownSubdimension': 'không phải mã chỉ số thành phần chính thức ("{value}")',
  'planDocument.problem.subdimensionOutside': '{value} không thuộc chỉ số nội dung của dòng',
  'planDocument.problem.executingUnconfirmed':
    'chưa có cơ quan chủ trì; nhập cơ quan hoặc bấm "Xác nhận: chưa xác định"',
  'planDocument.imported': 'Đã nhập kế hoạch {plan}: {count} nhiệm vụ. Xem ở trang Kế hoạch.',
} as const;
