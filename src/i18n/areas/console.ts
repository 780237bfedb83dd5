// UI text of the SQL console: editor, schema panel, results, history and the guard's refusals.
// Vietnamese is the source; en/console.ts must provide exactly the same keys.

export const sqlConsoleVi = {
  'console.title': 'Truy vấn SQL',
  'console.showQuery': 'Xem truy vấn',
  'console.intro':
    'Viết truy vấn SQL (DuckDB) trên chính các bảng mà biểu đồ dùng. Bảng điều khiển chỉ đọc: dữ liệu, thiết lập và tệp đã nhập không bị thay đổi.',
  'console.loading': 'Đang tải trình soạn SQL…',
  'console.notDownloaded':
    'Trình soạn SQL chưa có trên máy này và lúc này không tải được: nó được tải ở lần dùng đầu tiên, khi có mạng, và từ đó dùng được cả khi không có mạng. Hãy kết nối mạng rồi tải lại trang; nếu thấy thông báo "Có phiên bản mới", hãy bấm "Tải lại".',
  'console.editorLabel': 'Câu truy vấn SQL',
  'console.run': 'Chạy',
  'console.runHint': 'Ctrl+Enter để chạy',
  'console.cancel': 'Dừng',
  'console.running': 'Đang chạy…',
  'console.cancelled': 'Đã dừng truy vấn.',
  'console.notReady': 'Cơ sở dữ liệu chưa sẵn sàng.',
  'console.summary': '{rows} dòng · {ms} ms',
  'console.summaryOne': '{rows} dòng · {ms} ms',
  'console.truncated': 'Chỉ hiển thị {max} dòng đầu.',
  'console.noRows': 'Truy vấn không trả về dòng nào.',
  'console.resultsLabel': 'Kết quả truy vấn',
  'console.download': 'Tải CSV',
  'console.errorTitle': 'DuckDB báo lỗi',
  'console.errorAt': 'Dòng {line}, cột {column}',
  'console.refusedTitle': 'Không chạy câu lệnh này',
  'console.refused.empty': 'Chưa có câu truy vấn.',
  'console.refused.several-statements': 'Mỗi lần chỉ chạy một câu truy vấn; hãy bỏ phần sau dấu chấm phẩy.',
  'console.refused.not-a-query':
    'Chỉ chạy câu truy vấn đọc dữ liệu (SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW); "{word}" không được phép.',
  'console.refused.forbidden-word':
    'Từ khóa {word} có thể thay đổi dữ liệu hoặc thiết lập nên không được dùng. Nếu đó là tên cột, hãy đặt trong ngoặc kép: "{lower}".',
  'console.refused.forbidden-function':
    'Hàm {word}() đọc tệp, địa chỉ mạng hoặc thay đổi trạng thái nên không được dùng.',
  'console.refused.file-read': 'Không đọc tệp hay địa chỉ mạng từ bảng điều khiển ({word}).',
  'console.schemaTitle': 'Bảng và khung nhìn',
  'console.schemaTable': 'bảng',
  'console.schemaView': 'khung nhìn',
  'console.examplesTitle': 'Truy vấn mẫu',
  'console.historyTitle': 'Truy vấn gần đây',
  'console.historyEmpty': 'Chưa có truy vấn nào.',
  'console.chartTitle': 'Biểu đồ nhanh',
  'console.chartType': 'Kiểu',
  'console.chartLine': 'Đường',
  'console.chartBar': 'Cột',
  'console.chartX': 'Trục ngang',
  'console.chartY': 'Trục dọc (số)',
  'console.chartNeedsNumber': 'Cần ít nhất một cột số để vẽ biểu đồ.',
  'console.chartSubtitle': 'Từ truy vấn SQL · {rows} dòng',
  'console.chartSource':
    'Nguồn: truy vấn SQL trên dữ liệu đang tải (CECODES & UNDP, PAPI; kế hoạch của tỉnh)',
  'console.chartSummary': '{count} điểm, từ {min} đến {max}',
  'console.table.score_rows': 'Điểm chỉ số thành phần như đã nạp từ tệp (mỗi tỉnh, năm, chỉ số một dòng).',
  'console.table.provinces': 'Tỉnh, thành phố: mã, tên tiếng Việt và tiếng Anh, vùng.',
  'console.table.indicators':
    'Cấu trúc PAPI: tổng, chỉ số nội dung, chỉ số thành phần, thang điểm, năm áp dụng.',
  'console.table.plans': 'Các kế hoạch nâng cao PAPI: tỉnh, tiêu đề, ngày ban hành, năm mục tiêu.',
  'console.table.plan_tasks': 'Nhiệm vụ của từng kế hoạch, theo chỉ số nội dung và thành phần.',
  'console.table.plan_goals':
    'Mục tiêu của từng kế hoạch như văn bản đặt ra: chỉ số (tổng hợp hoặc nội dung), loại (điểm, nhóm, thứ hạng, tăng), năm mục tiêu, câu gốc.',
  'console.table.task_progress':
    'Báo cáo tiến độ nhiệm vụ theo kỳ và đơn vị (mẫu minh họa cho đến khi nhập số liệu thật).',
  'console.table.datasets': 'Các bảng đã nạp: nguồn, số dòng, thời điểm, có phải dữ liệu mẫu.',
  'console.table.scores': 'Điểm mọi cấp: thành phần, nội dung (tổng các thành phần) và tổng điểm.',
  'console.table.dimension_counts': 'Số chỉ số nội dung mỗi năm (6 trước 2018, 8 từ 2018).',
  'console.table.indicator_comparability': 'Năm nào của chỉ số so sánh được với năm trước.',
  'console.table.indicator_years':
    'Mọi chỉ số trong mọi năm có dữ liệu: có so sánh được với năm trước không (không, nếu năm đó chỉ số không tồn tại).',
  'console.table.scored_units': 'Điểm mọi cấp, kèm loại đơn vị hành chính (trước hay sau sáp nhập 2025).',
  'console.table.rankings': 'Điểm kèm thứ hạng giữa các tỉnh có điểm, theo năm và chỉ số.',
  'console.table.group_cuts': 'Ngưỡng tứ phân vị của tổng điểm mỗi năm.',
  'console.table.indicator_standing':
    'Vị trí của mỗi tỉnh trên mỗi chỉ số mỗi năm: thứ hạng, nhóm, ngưỡng nhóm trên, điểm năm trước và mức thay đổi.',
  'console.table.total_standing': 'Vị trí theo tổng điểm, kèm số chỉ số nội dung năm đó và năm trước.',
  'console.table.groups':
    'Nhóm của mỗi tỉnh (Cao, Trung bình cao, Trung bình thấp, Thấp) và ngưỡng nhóm trên.',
  'console.table.national_stats': 'Trung vị, tứ phân vị, nhỏ nhất, lớn nhất toàn quốc theo chỉ số và năm.',
  'console.table.progress_reports':
    'Các báo cáo tiến độ như mọi câu hỏi đọc chúng: kỳ và ngày cuối kỳ, trạng thái hợp lệ, ngày báo cáo dạng ngày.',
  'console.table.task_periods': 'Các kỳ báo cáo có trong dữ liệu, với ngày cuối kỳ.',
  'console.table.task_pair_states': 'Trạng thái mỗi cặp (nhiệm vụ, đơn vị) tại cuối mỗi kỳ.',
  'console.table.task_completion': 'Tỷ lệ hoàn thành theo kế hoạch, chỉ số nội dung, thành phần và kỳ.',
  'console.table.plan_targets': 'Năm PAPI mà mỗi kế hoạch hướng tới.',
  'console.table.province_latest_periods': 'Kỳ báo cáo gần nhất của mỗi tỉnh.',
  'console.table.progress_provenance':
    'Tiến độ đã nạp có phải dữ liệu minh họa không, và nguồn của nó (một dòng).',
  'console.table.survey_indicators':
    'Chỉ tiêu khảo sát của bảng số liệu PAPI chính thức đã nhập (tỷ lệ 0-1, theo tỉnh, năm, chỉ số thành phần, nhãn tiếng Việt và tiếng Anh); không phải điểm.',
  'console.table.unit_lifetimes':
    'Đơn vị báo cáo không tồn tại suốt kỳ kế hoạch: ngày bắt đầu, ngày kết thúc (các huyện đến 30/6/2025); cặp (nhiệm vụ, đơn vị) chỉ được tính trong các kỳ đơn vị còn tồn tại.',
  'console.table.other': 'Bảng của ứng dụng.',
  'console.example.fell': '{province}: chỉ số thành phần giảm điểm hai năm liền',
  'console.example.totals': '{province}: tổng điểm, thứ hạng và nhóm qua các năm',
  'console.example.completion': 'Tỷ lệ hoàn thành theo chỉ số nội dung, kỳ gần nhất',
  'console.example.units': 'Tỷ lệ hoàn thành trung bình theo đơn vị, mọi kế hoạch',
  'console.example.weakest': 'Các tỉnh thấp điểm nhất năm gần nhất',
  'console.example.big': '100.000 dòng (thử tốc độ bảng kết quả)',
} as const;
