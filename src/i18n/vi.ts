// Vietnamese is the source language: this dictionary defines the keys every other language must provide.

/** Vietnamese UI text, keyed by a dotted message id; `{name}` marks an interpolated value. */
export const vi = {
  'app.name': 'Chỉ số PAPI — bảng theo dõi',
  'app.shortName': 'Bảng theo dõi PAPI',
  'app.tagline': 'Điểm PAPI của tỉnh và tiến độ kế hoạch cải thiện',
  'app.skipToContent': 'Chuyển đến nội dung chính',
  'app.footer': 'Mọi dữ liệu được xử lý ngay trong trình duyệt, không gửi đi đâu.',

  'header.province': 'Tỉnh/thành phố',
  'header.year': 'Năm',
  'header.language': 'Ngôn ngữ',
  'header.loadingOption': 'Đang tải…',
  'header.noYears': 'Chưa có năm nào',

  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',

  'nav.label': 'Các trang',
  'nav.overview': 'Tổng quan',
  'nav.dimensions': 'Chỉ số nội dung',
  'nav.plan': 'Kế hoạch',
  'nav.scoresVsTasks': 'Điểm số và nhiệm vụ',
  'nav.data': 'Dữ liệu',

  'comingSoon.title': 'Sẽ có trong bản sau',
  'comingSoon.body': 'Trang “{view}” đang được xây dựng và sẽ có trong một bản phát hành sau.',

  'db.stage.idle': 'chuẩn bị',
  'db.progress': '{loaded} / {total} MB',
  'db.stage.downloading': 'tải tệp cơ sở dữ liệu',
  'db.stage.starting': 'khởi động DuckDB',
  'db.stage.loading-data': 'nạp dữ liệu',
  'db.stage.ready': 'sẵn sàng',
  'db.stage.error': 'lỗi',
  'db.loading': 'Đang tải cơ sở dữ liệu… ({stage})',
  'db.loadingHint': 'Lần mở đầu tiên có thể mất vài giây trên mạng chậm.',

  'db.engineLoadFailed':
    'không tải được công cụ cơ sở dữ liệu DuckDB ({detail}). Hãy kiểm tra kết nối tới máy chủ của ứng dụng rồi thử lại.',
  'status.loading': 'Đang tải…',
  'status.errorTitle': 'Đã xảy ra lỗi',
  'status.errorBody': 'Không thể hiển thị phần này: {message}',
  'status.unknownError': 'lỗi không xác định',
  'status.retry': 'Thử lại',
  'status.noData': 'Không có dữ liệu',
  'status.noScore': '{province} không có điểm tổng hợp năm {year}.',

  'sample.badge': 'Dữ liệu minh họa',
  'sample.explanation':
    'Số liệu tiến độ là minh họa cho đến khi nhập các báo cáo thực tế; điểm PAPI là số liệu thật.',

  'group.high': 'Cao',
  'group.upper_middle': 'Trung bình cao',
  'group.lower_middle': 'Trung bình thấp',
  'group.low': 'Thấp',

  'overview.title': '{province}: tổng quan năm {year}',
  'overview.total': 'Điểm tổng hợp',
  'overview.totalScale': 'trên thang {min}–{max} ({count} chỉ số nội dung)',
  'overview.change': 'Thay đổi so với năm trước',
  'overview.changeBase': 'năm {year}: {value}',
  'overview.noPrevious': 'không có số liệu năm trước',
  'overview.notComparable': 'không so sánh được với {year} (6 → 8 chỉ số nội dung)',
  'overview.source':
    'Nguồn: {source}. Điểm chỉ số nội dung và điểm tổng hợp là tổng điểm các chỉ số thành phần; xếp hạng và nhóm do ứng dụng tính trên các tỉnh/thành có điểm.',
  'overview.group': 'Nhóm',
  'overview.rank': 'Xếp hạng',
  'overview.rankDetail': 'trong {count} tỉnh/thành có điểm',
  'overview.dimensionsHeading': 'Các chỉ số nội dung, yếu nhất trước',
  'overview.dimensionsSubtitle':
    'Điểm năm {year}, thay đổi so với năm trước, khoảng cách tới trung vị toàn quốc và tỷ lệ hoàn thành nhiệm vụ của kế hoạch.',
  'overview.trendHeading': 'Điểm tổng hợp qua các năm',
  'overview.gapHeading': 'Khoảng cách tới trung vị toàn quốc',

  'table.dimension': 'Chỉ số nội dung',
  'table.score': 'Điểm',
  'table.change': 'Thay đổi',
  'table.rank': 'Hạng',
  'table.gap': 'So với trung vị',
  'table.completion': 'Hoàn thành nhiệm vụ',
  'table.noPlan': 'chưa có kế hoạch',
  'table.noPlanExplanation': 'Kế hoạch không có nhiệm vụ nào cho chỉ số nội dung này.',
  'table.notReported': 'chưa có báo cáo tiến độ',
  'table.notReportedExplanation': 'Chưa có báo cáo tiến độ nào cho các nhiệm vụ của chỉ số này.',
  'table.period': 'kỳ {period}',
  'table.tasks.one': '{count} nhiệm vụ',
  'table.tasks.other': '{count} nhiệm vụ',
  'table.caption': 'Tám chỉ số nội dung năm {year} của {province}, xếp từ yếu nhất',

  'chart.source': 'Nguồn: CECODES & UNDP, PAPI (papi.org.vn)',
  'chart.source.joined': '{scores}. {progress}',
  'chart.source.progressSample': 'Tiến độ: dữ liệu minh họa, không phải báo cáo thật',
  'chart.source.progressReports': 'Tiến độ: báo cáo thực hiện kế hoạch',
  'chart.source.progressFrom': 'Tiến độ: {source}',
  'chart.trend.title': '{province}: điểm PAPI tổng hợp {from}–{to}',
  'chart.trend.subtitle':
    'Từ 2018 PAPI có 8 chỉ số nội dung (trước đó 6): tổng điểm hai giai đoạn không so sánh được, nên đường bị ngắt tại 2018.',
  'chart.trend.breakLabel': 'Từ 2018: 8 chỉ số nội dung',
  'chart.trend.earlyEraLabel': '2011–2017: 6 chỉ số',
  'chart.trend.median': 'Trung vị toàn quốc',
  'chart.trend.band.low': 'Nhóm thấp',
  'chart.trend.band.lowerMiddle': 'Nhóm trung bình thấp',
  'chart.trend.band.upperMiddle': 'Nhóm trung bình cao',
  'chart.trend.band.high': 'Nhóm cao',
  'chart.trend.yAxis': 'Điểm tổng hợp',
  'chart.tooltip.score': 'Điểm',
  'chart.tooltip.rank': 'Hạng',
  'chart.tooltip.median': 'Trung vị toàn quốc',
  'chart.tooltip.min': 'Thấp nhất',
  'chart.tooltip.max': 'Cao nhất',
  'chart.tooltip.gap': 'So với trung vị',
  'chart.tooltip.completion': 'Hoàn thành nhiệm vụ',
  'chart.tooltip.bands': 'Ngưỡng nhóm (p25 / p50 / p75)',
  'chart.tooltip.noScore': 'không có điểm',
  'chart.tooltip.dimensions': '{count} chỉ số nội dung',
  'chart.gap.title': '{province} {year}: khoảng cách tới trung vị toàn quốc theo chỉ số',
  'chart.gap.subtitle':
    'Điểm của tỉnh trừ trung vị toàn quốc (thang 1–10); âm là dưới trung vị. Yếu nhất ở trên cùng.',
  'chart.gap.xAxis': 'Chênh lệch so với trung vị (điểm)',
  'chart.gap.below': 'Dưới trung vị',
  'chart.gap.above': 'Trên trung vị',
} as const;

/** A message id; every language dictionary has exactly these keys. */
export type MessageKey = keyof typeof vi;

/** The shape every language dictionary must satisfy. */
export type Messages = { readonly [K in MessageKey]: string };
