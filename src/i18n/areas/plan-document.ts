// UI text of the plan read from its Word document: reading, review table, import.
// Vietnamese is the source; the English object must provide exactly the same keys.

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

export const planDocumentEn: { readonly [K in keyof typeof planDocumentVi]: string } = {
  'planDocument.title': 'Plan from a Word or PDF document',
  'planDocument.intro':
    'Choose or drop the plan\'s .docx or .pdf file (with an appendix table, or with its tasks written in the body under dimension headings), or copy its appendix table or its text in Word/Excel and paste it in the box below. The app reads the tasks for you to review; the loaded data does not change until you press "Import the plan".',
  'planDocument.paste': 'Paste the appendix table (Ctrl+V)',
  'planDocument.pasteHint': 'Click the box, then paste the table copied from Word or Excel.',
  'planDocument.reading': 'Reading {file}…',
  'planDocument.cancelled':
    'Stopped reading {source}: nothing was read or imported. The data already loaded is unchanged.',
  'planDocument.pasted': 'pasted table',
  'planDocument.noAppendix':
    '{source}: no appendix table of tasks found. Looked for a table whose header row has the columns: {lookedFor}; and for tasks under dimension headings in the body (e.g. "1.1. Chỉ số nội dung “Tham gia của người dân ở cấp cơ sở”." then "a) …").',
  'planDocument.noTasks':
    '{source}: the appendix table has no task rows (looked under the header: {lookedFor}).',
  'planDocument.unreadable': '{source}: the Word file could not be read ({error}).',
  'planDocument.inputWordOrPdf': 'Choose a Word (.docx) or PDF file',
  'planDocument.dropWordOrPdf': 'or drop a .docx or .pdf file here (a PDF with a text layer, not a scan)',
  'planDocument.pdfNoText':
    "{source}: the PDF has no text layer ({pages} pages with next to no readable text): it is probably a scan (a picture of the document). The app does not recognise text in images and sends the file nowhere. Choose the plan's .docx file instead, or copy its appendix table and paste it in the box below.",
  'planDocument.pdfEncrypted':
    "{source}: the PDF is protected by a password, so it cannot be read. Choose the plan's .docx file instead, or copy its appendix table and paste it in the box below.",
  'planDocument.pdfUnreadable':
    "{source}: the PDF could not be read (the file is damaged or incomplete). Choose the plan's .docx file instead, or copy its appendix table and paste it in the box below.",
  'planDocument.read': 'Read {count} tasks from {source}; rows to check: {flagged}.',
  'planDocument.identity': 'The plan (check and correct if needed)',
  'planDocument.field.plan': 'Number and symbol',
  'planDocument.field.issuedOn': 'Issued on',
  'planDocument.field.issuer': 'Issued by',
  'planDocument.field.province': 'Province',
  'planDocument.field.targetYear': 'Target PAPI year',
  'planDocument.field.title': 'Title',
  'planDocument.chooseProvince': '— choose a province —',
  'planDocument.review': 'Review the tasks',
  'planDocument.reviewCaption':
    'Tasks read from the appendix; rows marked ⚠ need a look. Every cell can be edited.',
  'planDocument.reviewCaptionBody':
    'The document has no appendix table: tasks were read from the dimension headings and the a), b), -, + items of its body; every guess is marked ⚠. Every cell can be edited.',
  'planDocument.skippedSection':
    'Skipped the {name} section: {count} tasks (line {row}; not part of PAPI, so not imported).',
  'planDocument.col.row': 'Row',
  'planDocument.col.dimension': 'Dimension',
  'planDocument.col.subdimension': 'Sub-dimension',
  'planDocument.col.task': 'Task',
  'planDocument.col.executing': 'Executing agencies',
  'planDocument.col.supervising': 'Supervising agencies',
  'planDocument.col.timeframe': 'Timeframe',
  'planDocument.col.deadline': 'Deadline',
  'planDocument.col.check': 'To check',
  'planDocument.sourceRow': 'document row {row}',
  'planDocument.sourceLine': 'document line {row}',
  'planDocument.flag.dimensionGuessed': 'Dimension {code} guessed from "{text}".',
  'planDocument.flag.dimensionUnknown': 'The dimension could not be told.',
  'planDocument.flag.subdimensionGuessed': 'Sub-dimension {code} guessed from the name "{text}".',
  'planDocument.flag.subdimensionUnknown': 'Matches no official sub-dimension: "{text}".',
  'planDocument.flag.subdimensionOutsideDimension':
    'Sub-dimension {code} is not under dimension {dimension} above.',
  'planDocument.flag.timeframeUnknown': 'Timeframe "{text}" names no deadline; it is judged per period.',
  'planDocument.flag.executingMissing': 'No executing agency.',
  'planDocument.flag.taskMissing': 'No task text.',
  'planDocument.flag.executingGuessed':
    'Executing agency guessed from the sentence assigning the task: "{text}".',
  'planDocument.flag.executingUnconfirmed':
    'No executing agency found: enter one, or confirm it as "Chưa xác định" (not determined).',
  'planDocument.flag.timeframeGuessed': 'Deadline guessed from the sentence: "{text}".',
  'planDocument.confirmUndetermined': 'Confirm: not determined',
  'planDocument.skipped': 'Row {row} was read as neither a task nor a group: "{text}"',
  'planDocument.targets':
    "The plan's goals, read from its text: untick a goal read wrongly; the goals kept are imported with the plan and checked against the target year's results on the Overview.",
  'planDocument.targetKeep': 'Keep the goal: {goal}',
  'planDocument.target.item': '{indicator}: {goal} (line {row})',
  'planDocument.target.total': 'PAPI total score',
  'planDocument.target.dimension': 'Dimension {code}',
  'planDocument.target.score': 'at least {score} points',
  'planDocument.target.group': 'in the {group} group',
  'planDocument.target.rank': 'up at least {places} places',
  'planDocument.target.riseScoreGroup': 'a higher score and a higher group',
  'planDocument.target.riseScore': 'a higher score',
  'planDocument.target.riseGroup': 'a higher group',
  'planDocument.target.since': ' than in {year}',
  'planDocument.import': 'Import the plan',
  'planDocument.cancel': 'Discard',
  'planDocument.blocked': 'Not imported yet: {count} things to fix.',
  'planDocument.problem.identity': 'The plan, {field}: {message}',
  'planDocument.problem.row': 'Row {row}, column {field}: {message}',
  'planDocument.problem.required': 'no value',
  'planDocument.problem.invalidYear': 'not a valid year ("{value}")',
  'planDocument.problem.unknownDimension': 'not a dimension 1-8 ("{value}")',
  'planDocument.problem.unknownSubdimension': 'not an official sub-dimension code ("{value}")',
  'planDocument.problem.subdimensionOutside': "{value} is not under the row's dimension",
  'planDocument.problem.executingUnconfirmed':
    'no executing agency; enter one or press "Confirm: not determined"',
  'planDocument.imported': 'Imported plan {plan}: {count} tasks. See them on the Plan page.',
};
