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
  'db.stage.downloading': 'tải tệp cơ sở dữ liệu',
  'db.stage.starting': 'khởi động DuckDB',
  'db.stage.loading-data': 'nạp dữ liệu',
  'db.stage.ready': 'sẵn sàng',
  'db.stage.error': 'lỗi',
  'db.loading': 'Đang tải cơ sở dữ liệu… ({stage})',
  'db.loadingHint':
    'Lần mở đầu tiên phải tải công cụ cơ sở dữ liệu chạy trong trình duyệt (vài chục MB); những lần sau trình duyệt dùng bản đã lưu.',

  'status.loading': 'Đang tải…',
  'status.errorTitle': 'Đã xảy ra lỗi',
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
  'overview.notComparable':
    'không so sánh được với năm {year}: điểm tổng hợp hai năm gồm các chỉ số nội dung khác nhau',
  'overview.source':
    'Nguồn: {source}. Điểm chỉ số nội dung và điểm tổng hợp là tổng điểm các chỉ số thành phần; xếp hạng và nhóm do ứng dụng tính trên các tỉnh/thành có điểm.',
  'overview.group': 'Nhóm',
  'overview.rank': 'Xếp hạng',
  'overview.rankDetail': 'trong {count} tỉnh/thành có điểm',
  'overview.dimensionsHeading': 'Các chỉ số nội dung năm {year}',
  'overview.dimensionsSubtitle':
    'Điểm, thay đổi so với năm trước, hạng trong các tỉnh/thành có điểm, khoảng cách tới trung vị toàn quốc; tỷ lệ hoàn thành nhiệm vụ khi đây là năm mà kế hoạch cải thiện nhắm tới.',
  'overview.trendHeading': 'Điểm tổng hợp qua các năm',
  'overview.gapHeading': 'Khoảng cách tới trung vị toàn quốc',

  'table.dimension': 'Chỉ số nội dung',
  'table.score': 'Điểm',
  'table.change': 'Thay đổi',
  'table.rank': 'Hạng',
  'table.rankDetail': '/ số tỉnh',
  'table.gap': 'So với trung vị',
  'table.completion': 'Hoàn thành nhiệm vụ',
  'table.noPlan': 'chưa có kế hoạch',
  'table.noPlanExplanation': 'Kế hoạch không có nhiệm vụ nào cho chỉ số nội dung này.',
  'table.notReportedExplanation': 'Chưa có báo cáo tiến độ nào cho các nhiệm vụ của chỉ số này.',
  'table.period': 'kỳ {period}',
  'table.tasks.one': '{count} nhiệm vụ',
  'table.tasks.other': '{count} nhiệm vụ',
  'table.caption': '{count} chỉ số nội dung năm {year} của {province}.',

  'chart.source': 'Nguồn: CECODES & UNDP, PAPI (papi.org.vn)',
  'chart.source.joined': '{scores}. {progress}',
  'chart.source.progressSample': 'Tiến độ: dữ liệu minh họa, không phải báo cáo thật',
  'chart.source.progressReports': 'Tiến độ: báo cáo thực hiện kế hoạch',
  'chart.source.progressFrom': 'Tiến độ: {source}',
  'chart.trend.title': '{province}: điểm PAPI tổng hợp {from}–{to}',
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
  'chart.tooltip.bands': 'Ngưỡng nhóm',
  'chart.tooltip.noScore': 'không có điểm',
  'chart.tooltip.dimensions': '{count} chỉ số nội dung',
  'chart.gap.title': '{province} {year}: khoảng cách tới trung vị toàn quốc theo chỉ số',
  'chart.gap.subtitle':
    'Điểm của tỉnh trừ trung vị toàn quốc (thang 1–10); âm là dưới trung vị. Thứ tự: {order}.',
  'chart.gap.xAxis': 'Chênh lệch so với trung vị (điểm)',
  'chart.gap.below': 'Dưới trung vị',
  'chart.gap.above': 'Trên trung vị',

  // --- data: periods as offices write them (formatPeriod) ---
  'period.year': 'Năm {year}',
  'period.h1': '6 tháng đầu năm {year}',
  'period.h2': '6 tháng cuối năm {year}',
  'period.q1': 'Quý I/{year}',
  'period.q2': 'Quý II/{year}',
  'period.q3': 'Quý III/{year}',
  'period.q4': 'Quý IV/{year}',
  'period.m1': 'Tháng 1/{year}',
  'period.m2': 'Tháng 2/{year}',
  'period.m3': 'Tháng 3/{year}',
  'period.m4': 'Tháng 4/{year}',
  'period.m5': 'Tháng 5/{year}',
  'period.m6': 'Tháng 6/{year}',
  'period.m7': 'Tháng 7/{year}',
  'period.m8': 'Tháng 8/{year}',
  'period.m9': 'Tháng 9/{year}',
  'period.m10': 'Tháng 10/{year}',
  'period.m11': 'Tháng 11/{year}',
  'period.m12': 'Tháng 12/{year}',

  // --- charts: frame, chart specs, table alternative ---
  'chart.trend.subtitle.dimensionBreak':
    'Từ {year} PAPI có {after} chỉ số nội dung (trước đó {before}): tổng điểm hai giai đoạn không so sánh được, nên đường bị ngắt tại {year}.',
  'chart.trend.subtitle.break':
    'Tổng điểm từ {year} được tính khác năm trước nên không so sánh được; đường bị ngắt tại {year}.',
  'chart.trend.subtitle.noBreak': 'Điểm tổng hợp của tỉnh so với trung vị toàn quốc và bốn nhóm tỉnh.',
  'chart.trend.eraFrom': 'Từ {from}: {count} chỉ số',
  'chart.trend.eraSpan': '{from}–{to}: {count} chỉ số',
  'chart.trend.eraYear': '{year}: {count} chỉ số',
  'chart.trend.summary': 'năm {year}: {score}, hạng {rank}',
  'chart.trend.summaryNone': 'chưa có năm nào có điểm',
  'chart.tooltip.notComparable': 'Không so sánh được với năm trước',
  'chart.tooltip.dimensionChange': '{from} → {to} chỉ số nội dung',
  'chart.tooltip.definitionChanged': 'cách tính khác',
  'chart.tooltip.noPlanLoaded': 'chưa có kế hoạch cải thiện nào cho tỉnh',
  'chart.tooltip.completionOtherYear': 'chỉ hiển thị cạnh điểm năm {year}, năm mục tiêu của kế hoạch',
  'chart.gap.order.rank': 'hạng thấp nhất so với các tỉnh ở trên',
  'chart.gap.summary': '{below}/{count} chỉ số dưới trung vị; xa nhất: {furthest} ({gap})',
  'chart.gap.summaryNoneBelow': 'cả {count} chỉ số ở hoặc trên trung vị',
  'chart.table.show': 'Xem dạng bảng',
  'chart.table.year': 'Năm',
  'chart.table.dimensionCount': 'Số chỉ số nội dung',
  'chart.table.score': 'Điểm của {province}',
  'chart.table.threshold': 'Ngưỡng vào nhóm {group}',
  'chart.table.dimension': 'Chỉ số nội dung',

  // --- overview ---
  'overview.sourceDetails': 'Chi tiết nguồn (kho dữ liệu, phiên bản)',
  'overview.groupRule': 'Chia theo tứ phân vị điểm tổng hợp của {count} tỉnh/thành có điểm năm {year}.',
  'overview.groupDistance': 'Ngưỡng nhóm {group}: {threshold} điểm, còn thiếu {points} điểm.',
  'overview.groupTop': 'Nhóm cao nhất: từ tứ phân vị trên trở lên.',
  'overview.order.default': 'Xếp theo hạng so với các tỉnh/thành, hạng thấp nhất ở trên.',
  'overview.order.custom':
    'Đang xếp theo cột “{column}”, {direction}. Biểu đồ khoảng cách bên dưới vẫn theo thứ tự mặc định (hạng thấp nhất ở trên).',
  'overview.order.ascending': 'tăng dần',
  'overview.order.descending': 'giảm dần',
  'overview.order.reset': 'Về thứ tự mặc định',
  'overview.order.chartLabel': 'hạng so với các tỉnh/thành, thấp nhất ở trên (thứ tự mặc định của bảng)',
  'table.sortHint': 'Bấm vào tiêu đề cột để sắp xếp.',
  'table.scrollHint': 'Bảng rộng hơn màn hình: vuốt ngang để xem các cột khác →',
  'table.noPrevious': 'không có số liệu năm trước',
  'table.notComparable': 'không so sánh được',
  'table.notComparableNote':
    'Thay đổi “không so sánh được” (chỉ số {dimensions}): chỉ số được tính khác năm {previous} (thành phần hoặc số chỉ số nội dung đã thay đổi).',
  'table.rankNote': 'Hạng: vị trí của tỉnh / số tỉnh/thành có điểm ở chỉ số đó năm {year}; 1 là cao nhất.',
  'table.rankNoteMixed': 'Năm nay số tỉnh/thành có điểm khác nhau giữa các chỉ số ({min}–{max}).',
  'plan.none':
    'Chưa nạp kế hoạch cải thiện PAPI nào cho {province}, nên bảng không có cột hoàn thành nhiệm vụ.',
  'plan.targetYear':
    'Kế hoạch {plan} nhắm tới năm {target}: cột “Hoàn thành nhiệm vụ” là tỷ lệ (nhiệm vụ, đơn vị) đã xong theo báo cáo mới nhất.',
  'plan.targetYearUnnamed':
    'Kế hoạch cải thiện nhắm tới năm {target}: cột “Hoàn thành nhiệm vụ” là tỷ lệ (nhiệm vụ, đơn vị) đã xong theo báo cáo mới nhất.',
  'plan.otherYear': 'Kế hoạch {plan} nhắm tới năm {target}; tiến độ được hiển thị cùng điểm năm {target}.',
  'plan.otherYearUnnamed':
    'Kế hoạch cải thiện của tỉnh nhắm tới năm {target}; tiến độ được hiển thị cùng điểm năm {target}.',
  'plan.showTargetYear': 'Xem năm {target}',
  // --- navigation, URL state, loading, engine errors ---
  'notice.label': 'Thông báo',
  'notice.dismiss': 'Đóng thông báo',
  'notice.unknownProvince': 'Không có tỉnh mã {requested}; đang hiển thị {shownProvince}.',
  'notice.yearWithoutScore': '{province} không có điểm năm {year}; đang hiển thị năm {shownYear}.',
  'notice.invalidYear': 'Năm “{value}” không hợp lệ; đang hiển thị năm {shownYear}.',
  'notice.invalidLanguage': 'Ngôn ngữ “{value}” không được hỗ trợ; đang dùng tiếng Việt.',
  'notice.unknownView': 'Không có trang “{value}”; đang hiển thị trang {shownView}.',
  'header.yearWithoutScore': '{year} — không có điểm',
  'db.progressLabel': 'Tiến độ tải cơ sở dữ liệu',
  'db.progressText': 'đã tải {loaded} / {total} MB ({percent})',
  'db.loadingHintSize':
    'Lần mở đầu tiên phải tải khoảng {size} MB (công cụ cơ sở dữ liệu chạy trong trình duyệt); những lần sau trình duyệt dùng bản đã lưu.',
  'error.query': 'Không truy vấn được dữ liệu.',
  'error.engineLoad':
    'Không tải được công cụ cơ sở dữ liệu DuckDB. Hãy kiểm tra kết nối tới máy chủ của ứng dụng rồi thử lại.',
  'error.unexpected': 'Không thể hiển thị phần này do một lỗi ngoài dự kiến.',
  'error.technicalDetails': 'Chi tiết kỹ thuật',

  // --- import problems ---
  'import.problem.where.file': 'Tệp {file}',
  'import.problem.where.sheet': 'trang tính “{sheet}”',
  'import.problem.where.row': 'dòng {row}',
  'import.problem.where.column': 'cột “{column}”',
  'import.problem.suggestion': 'Có phải “{suggestion}”?',
  'import.problem.binaryFound': 'tệp nhị phân',
  'import.problem.notSpreadsheet': 'Đây không phải bảng tính ({found}). Hãy chọn tệp .xlsx, .xls hoặc .csv.',
  'import.problem.fileTooLarge': 'Tệp quá lớn ({found}); giới hạn là {expected}.',
  'import.problem.unreadableWorkbook': 'Không đọc được tệp Excel (tệp bị hỏng hoặc có mật khẩu).',
  'import.problem.unreadableFile': 'Không đọc được tệp ({found}).',
  'import.problem.emptyFile': 'Tệp không có dữ liệu.',
  'import.problem.headerOnly': 'Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.',
  'import.problem.unknownLayout':
    'Không nhận ra loại dữ liệu: không có tiêu đề cột nào khớp (ví dụ “Tỉnh”, “Năm”, “Chỉ số”, “Điểm” hoặc “Mã nhiệm vụ”, “Kỳ báo cáo”, “Trạng thái”).',
  'import.problem.missingColumn': 'Thiếu cột bắt buộc “{expected}”.',
  'import.problem.missingValue': 'Ô trống, cần có giá trị.',
  'import.problem.badNumber': '“{found}” không phải là số.',
  'import.problem.unknownProvince': 'Không nhận ra tỉnh/thành phố “{found}”.',
  'import.problem.unknownIndicator': 'Không nhận ra chỉ số “{found}” (cần: {expected}).',
  'import.problem.scoreOutOfScale': 'Điểm {found} nằm ngoài thang của chỉ số {indicator} ({expected}).',
  'import.problem.yearOutOfRange': 'Năm “{found}” không hợp lệ (cần từ {expected}).',
  'import.problem.percentOutOfRange': 'Tỷ lệ “{found}” không hợp lệ (cần từ {expected}).',
  'import.problem.unknownStatus': 'Không nhận ra trạng thái “{found}” (cần: {expected}).',
  'import.problem.unknownPeriod': 'Không nhận ra kỳ báo cáo “{found}” (ví dụ: {expected}).',
  'import.problem.badDate': 'Ngày “{found}” không hợp lệ (cần dạng {expected}).',
  'import.problem.duplicateConflict': 'Trùng khóa “{found}” với dòng {expected} nhưng giá trị khác.',
  // --- import outcome ---
  'import.outcome.fileCounts': '{file}: thêm {added}, thay thế {replaced}, từ chối {rejected} dòng.',
  'import.outcome.replacedSample':
    'Dữ liệu tiến độ minh họa đã được thay bằng báo cáo thật vừa nhập; các số liệu hoàn thành giờ dựa trên báo cáo thật.',
  'import.outcome.refusedProblems':
    'Chưa nhập gì vì có dòng không hợp lệ (xem bên dưới). Dữ liệu đang có được giữ nguyên.',
  'import.outcome.refusedDatabase': 'Không nhập được ({error}). Dữ liệu đang có được giữ nguyên.',
  'import.mode.replaceOverlapping': 'Thay các dòng trùng khóa (báo cáo đã sửa được ưu tiên)',
  'import.mode.addOnly': 'Chỉ thêm dòng mới (từ chối dòng trùng khóa)',
  'import.sizeLimit': 'Mỗi tệp tối đa {size}.',
  'import.storage.quota':
    'Không lưu được tệp để dùng lại: trình duyệt đã hết dung lượng lưu trữ. Dữ liệu vừa nhập chỉ còn đến khi tải lại trang.',
  'import.storage.unavailable':
    'Trình duyệt không cho lưu dữ liệu (chế độ riêng tư?): dữ liệu vừa nhập sẽ mất khi tải lại trang.',
  'import.storage.unknown': 'Không lưu được tệp đã nhập ({error}).',
  'import.reapply.failed': 'Không áp dụng lại được tệp đã lưu “{file}”; dữ liệu của tệp này chưa được nạp.',
} as const;

/** A message id; every language dictionary has exactly these keys. */
export type MessageKey = keyof typeof vi;

/** The shape every language dictionary must satisfy. */
export type Messages = { readonly [K in MessageKey]: string };
