// UI text of the Overview: headline, dimension table, plan note.
// Vietnamese is the source; the English object must provide exactly the same keys.

export const overviewVi = {
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
  'table.completionAsOf': 'hoàn thành đến {period}',
  'table.tasks.one': '{count} nhiệm vụ',
  'table.tasks.other': '{count} nhiệm vụ',
  'table.caption': '{count} chỉ số nội dung năm {year} của {province}.',
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
    'Kế hoạch {plan} nhắm tới năm {target}: cột “Hoàn thành nhiệm vụ” là tỷ lệ lượt (nhiệm vụ × đơn vị) đã xong đến kỳ báo cáo cuối cùng trước hạn chốt khảo sát ({cutoff}), vì điểm năm {target} chỉ phản ánh được việc đã làm đến hết năm đó (PAPI khảo sát trong nửa cuối năm).',
  'plan.targetYearUnnamed':
    'Kế hoạch cải thiện nhắm tới năm {target}: cột “Hoàn thành nhiệm vụ” là tỷ lệ lượt (nhiệm vụ × đơn vị) đã xong đến kỳ báo cáo cuối cùng trước hạn chốt khảo sát ({cutoff}), vì điểm năm {target} chỉ phản ánh được việc đã làm đến hết năm đó (PAPI khảo sát trong nửa cuối năm).',
  'plan.otherYear': 'Kế hoạch {plan} nhắm tới năm {target}; tiến độ được hiển thị cùng điểm năm {target}.',
  'plan.otherYearUnnamed':
    'Kế hoạch cải thiện của tỉnh nhắm tới năm {target}; tiến độ được hiển thị cùng điểm năm {target}.',
  'plan.showTargetYear': 'Xem năm {target}',
} as const;

export const overviewEn: { readonly [K in keyof typeof overviewVi]: string } = {
  'overview.title': '{province}: overview for {year}',
  'overview.total': 'Total score',
  'overview.totalScale': 'on the {min}–{max} scale ({count} dimensions)',
  'overview.change': 'Change on the year before',
  'overview.changeBase': '{year}: {value}',
  'overview.noPrevious': 'no figure for the year before',
  'overview.notComparable': 'not comparable with {year}: the two totals sum different dimensions',
  'overview.source':
    'Source: {source}. Dimension and total scores are sums of the sub-dimension scores; rank and group are computed by the app over the scored provinces.',
  'overview.group': 'Group',
  'overview.rank': 'Rank',
  'overview.rankDetail': 'among {count} scored provinces',
  'overview.dimensionsHeading': 'Dimensions in {year}',
  'overview.dimensionsSubtitle':
    "Score, change on the year before, rank among the scored provinces, gap to the national median; the completion rate of the plan's tasks in the year the plan aims at.",
  'overview.trendHeading': 'Total score over the years',
  'overview.gapHeading': 'Gap to the national median',
  'table.dimension': 'Dimension',
  'table.score': 'Score',
  'table.change': 'Change',
  'table.rank': 'Rank',
  'table.rankDetail': '/ provinces',
  'table.gap': 'Gap to median',
  'table.completion': 'Tasks completed',
  'table.noPlan': 'no plan yet',
  'table.noPlanExplanation': 'The plan has no task under this dimension.',
  'table.notReportedExplanation': "No progress has been reported yet for this dimension's tasks.",
  'table.period': 'period {period}',
  'table.completionAsOf': 'done by {period}',
  'table.tasks.one': '{count} task',
  'table.tasks.other': '{count} tasks',
  'table.caption': "{province}'s {count} dimensions in {year}.",
  'overview.sourceDetails': 'Source details (repository, version)',
  'overview.groupRule': 'Cut at the quartiles of the total among the {count} provinces scored in {year}.',
  'overview.groupDistance': '{group} group from {threshold} points: {points} points to go.',
  'overview.groupTop': 'The top group: the upper quartile and above.',
  'overview.order.default': 'Ordered by rank among provinces, lowest rank on top.',
  'overview.order.custom':
    'Sorted by “{column}”, {direction}. The gap chart below keeps the default order (lowest rank on top).',
  'overview.order.ascending': 'ascending',
  'overview.order.descending': 'descending',
  'overview.order.reset': 'Back to the default order',
  'overview.order.chartLabel': "rank among provinces, lowest on top (the table's default order)",
  'table.sortHint': 'Use the column headers to sort.',
  'table.scrollHint': 'The table is wider than the screen: swipe sideways for more columns →',
  'table.noPrevious': 'no figure for the year before',
  'table.notComparable': 'not comparable',
  'table.notComparableNote':
    'Change “not comparable” (dimensions {dimensions}): defined differently in {previous} (its sub-dimensions or the number of dimensions changed).',
  'table.rankNote':
    "Rank: the province's place / the number of provinces scored on that dimension in {year}; 1 is the highest.",
  'table.rankNoteMixed': 'This year the number of scored provinces differs between dimensions ({min}–{max}).',
  'plan.none':
    'No PAPI improvement plan is loaded for {province}, so the table has no task completion column.',
  'plan.targetYear':
    'Plan {plan} aims at {target}: “Tasks completed” is the share of task-unit pairs done by the last report period before the survey cut-off ({cutoff}), since the {target} score can only reflect work done by the end of that year (PAPI surveys in its second half).',
  'plan.targetYearUnnamed':
    'The improvement plan aims at {target}: “Tasks completed” is the share of task-unit pairs done by the last report period before the survey cut-off ({cutoff}), since the {target} score can only reflect work done by the end of that year (PAPI surveys in its second half).',
  'plan.otherYear': 'Plan {plan} aims at {target}; its progress is shown with the {target} scores.',
  'plan.otherYearUnnamed':
    "The province's improvement plan aims at {target}; its progress is shown with the {target} scores.",
  'plan.showTargetYear': 'Show {target}',
};
