// UI text of the Scores vs tasks view.
// Vietnamese is the source; the English object must provide exactly the same keys.

export const scoresVsTasksVi = {
  'svt.title': 'Điểm số và nhiệm vụ: {province}',
  'svt.caution':
    'Trang này đặt điểm PAPI cạnh tiến độ nhiệm vụ để thấy hai đại lượng cùng thay đổi. Điều đó không chứng minh nhiệm vụ là nguyên nhân làm điểm tăng hay giảm: điểm còn phụ thuộc vào nhiều yếu tố khác.',
  'svt.sampleNote': 'Tiến độ trên trang này là dữ liệu minh họa, không phải báo cáo thật.',
  'svt.noPlan':
    '{province} chưa có kế hoạch cải thiện PAPI nào được nạp: trang chỉ cho thấy điểm, không có tỷ lệ hoàn thành nhiệm vụ và không có biểu đồ so sánh.',
  'svt.placement':
    'Trên trục thời gian, điểm PAPI của mỗi năm được đặt ở giữa năm khảo sát (1/7); tỷ lệ hoàn thành của mỗi kỳ báo cáo (quý, nửa năm, năm) được đặt ở ngày cuối kỳ.',
  'svt.placementPlan': 'Vùng tô là năm mục tiêu của kế hoạch.',
  'svt.multiples.heading': 'Điểm và tỷ lệ hoàn thành nhiệm vụ theo từng chỉ số nội dung',
  'svt.multiples.subtitle': '{province}: điểm {scoreYears}',
  'svt.multiples.subtitlePlan':
    '{province}: điểm {scoreYears}; tiến độ kế hoạch năm {target}, {first}–{last}',
  'svt.multiples.breakNote':
    'Đường điểm bị ngắt ở năm cách tính chỉ số thay đổi (ví dụ 2018): hai đoạn không so sánh trực tiếp được.',
  'svt.multiples.noTasks': 'Kế hoạch không có nhiệm vụ nào cho chỉ số này.',
  'svt.chart.title': '{name}: điểm và tỷ lệ hoàn thành nhiệm vụ',
  'svt.chart.subtitle': '{province}, điểm {from}–{to}',
  'svt.chart.subtitlePlan': '{province}, điểm {from}–{to}, tiến độ {first}–{last}',
  'svt.chart.summary': 'điểm {year}: {score}',
  'svt.chart.summaryCompletion': 'điểm {year}: {score}; hoàn thành {period}: {rate}',
  'svt.chart.summaryNone': 'chưa có điểm',
  'svt.series.score': 'Điểm',
  'svt.series.completion': 'Tỷ lệ hoàn thành',
  'svt.axis.score': 'Điểm (1–10)',
  'svt.axis.completion': 'Hoàn thành (%)',
  'svt.mark.targetYear': 'Năm mục tiêu {year}',
  'svt.table.when': 'Thời điểm',
  'svt.table.date': 'Ngày trên trục',
  'svt.table.score': 'Điểm',
  'svt.table.completion': 'Tỷ lệ hoàn thành',
  'svt.table.caption': '{name}: điểm theo năm và tỷ lệ hoàn thành theo kỳ, {province}',
  'svt.scatter.heading': 'Tiến độ nhiệm vụ và thay đổi điểm, theo chỉ số nội dung',
  'svt.scatter.subtitle':
    '{province}: hoàn thành đến {period} (kế hoạch năm {target}) và thay đổi điểm {from}–{target}',
  'svt.scatter.split':
    'Chia góc phần tư tại 50% hoàn thành và thay đổi điểm bằng 0. Số trên mỗi điểm là mã chỉ số nội dung.',
  'svt.scatter.subtitleAfterSurvey':
    '{province}: hoàn thành đến {period}, sau khảo sát PAPI {target}, và thay đổi điểm {from}–{target}',
  'svt.scatter.period': 'Kỳ báo cáo',
  'svt.scatter.afterSurvey': 'sau khảo sát',
  'svt.scatter.cutoff':
    'Điểm năm {target} chỉ có thể phản ánh việc đã làm đến hết năm {target} (PAPI khảo sát trong nửa cuối năm đó), nên mặc định là kỳ cuối cùng đến 31/12/{target}; các kỳ sau được ghi “sau khảo sát”.',
  'svt.scatter.periodInvalid': 'Kỳ “{period}” không có trong dữ liệu tiến độ: đang hiện kỳ mặc định.',
  'svt.scatter.xAxis': 'Hoàn thành (%)',
  'svt.scatter.yAxis': 'Thay đổi điểm',
  'svt.scatter.quadrant.moreUp': 'làm nhiều, điểm tăng',
  'svt.scatter.quadrant.moreDown': 'làm nhiều, điểm giảm',
  'svt.scatter.quadrant.lessUp': 'làm ít, điểm tăng',
  'svt.scatter.quadrant.lessDown': 'làm ít, điểm giảm',
  'svt.scatter.title': 'Tiến độ nhiệm vụ và thay đổi điểm {from}–{target}',
  'svt.scatter.summary': '{count} chỉ số được vẽ',
  'svt.scatter.omitted': 'Không vẽ: {list}.',
  'svt.scatter.reason.noTasks': 'không có nhiệm vụ',
  'svt.scatter.reason.noScore': 'thiếu điểm',
  'svt.scatter.reason.notComparable': 'cách tính đổi, không so sánh được',
  'svt.scatter.table.caption': 'Tiến độ ({period}) và thay đổi điểm {from}–{target} theo chỉ số, {province}',
  'svt.scatter.table.dimension': 'Chỉ số nội dung',
  'svt.scatter.table.completion': 'Hoàn thành',
  'svt.scatter.table.change': 'Thay đổi điểm',
  'svt.scatter.table.quadrant': 'Góc phần tư',
  'svt.range.label': 'Khoảng thời gian của các biểu đồ nhỏ',
  'svt.range.all': 'Toàn bộ ({from}–{to})',
  'svt.range.plan': 'Kế hoạch và năm gốc ({from}–{to})',
} as const;

export const scoresVsTasksEn: { readonly [K in keyof typeof scoresVsTasksVi]: string } = {
  'svt.title': 'Scores and tasks: {province}',
  'svt.caution':
    'This page puts PAPI scores next to the progress of the plan’s tasks to show how the two move together. That does not prove the tasks made a score rise or fall: scores depend on many other things.',
  'svt.sampleNote': 'The progress on this page is illustrative sample data, not real reports.',
  'svt.noPlan':
    'No PAPI improvement plan is loaded for {province}: the page shows scores only, with no task completion and no comparison chart.',
  'svt.placement':
    'On the time axis each PAPI year’s score sits at mid-year of the survey year (1 July); each report period’s completion (quarter, half, year) sits at the period’s last day.',
  'svt.placementPlan': 'The shaded band is the plan’s target year.',
  'svt.multiples.heading': 'Score and task completion, dimension by dimension',
  'svt.multiples.subtitle': '{province}: scores {scoreYears}',
  'svt.multiples.subtitlePlan':
    '{province}: scores {scoreYears}; progress of the {target} plan, {first}–{last}',
  'svt.multiples.breakNote':
    'The score line breaks where the dimension’s definition changed (e.g. 2018): the two parts are not directly comparable.',
  'svt.multiples.noTasks': 'The plan has no task under this dimension.',
  'svt.chart.title': '{name}: score and task completion',
  'svt.chart.subtitle': '{province}, scores {from}–{to}',
  'svt.chart.subtitlePlan': '{province}, scores {from}–{to}, progress {first}–{last}',
  'svt.chart.summary': 'score {year}: {score}',
  'svt.chart.summaryCompletion': 'score {year}: {score}; completion {period}: {rate}',
  'svt.chart.summaryNone': 'no score yet',
  'svt.series.score': 'Score',
  'svt.series.completion': 'Completion rate',
  'svt.axis.score': 'Score (1–10)',
  'svt.axis.completion': 'Completed (%)',
  'svt.mark.targetYear': 'Target year {year}',
  'svt.table.when': 'When',
  'svt.table.date': 'Date on the axis',
  'svt.table.score': 'Score',
  'svt.table.completion': 'Completion rate',
  'svt.table.caption': '{name}: score by year and completion by period, {province}',
  'svt.scatter.heading': 'Task progress and score change, by dimension',
  'svt.scatter.subtitle':
    '{province}: completion by {period} ({target} plan) and score change {from}–{target}',
  'svt.scatter.split':
    'Quadrants split at 50% completion and zero score change. The number on each point is the dimension’s code.',
  'svt.scatter.subtitleAfterSurvey':
    '{province}: completion by {period}, after the PAPI {target} survey, and score change {from}–{target}',
  'svt.scatter.period': 'Report period',
  'svt.scatter.afterSurvey': 'after the survey',
  'svt.scatter.cutoff':
    'The {target} score can only reflect work done by the end of {target} (PAPI surveys in the second half of that year), so the default is the last period up to 31/12/{target}; later periods are marked “after the survey”.',
  'svt.scatter.periodInvalid': 'Period “{period}” is not in the progress data: showing the default period.',
  'svt.scatter.xAxis': 'Completed (%)',
  'svt.scatter.yAxis': 'Score change',
  'svt.scatter.quadrant.moreUp': 'more done, score up',
  'svt.scatter.quadrant.moreDown': 'more done, score down',
  'svt.scatter.quadrant.lessUp': 'less done, score up',
  'svt.scatter.quadrant.lessDown': 'less done, score down',
  'svt.scatter.title': 'Task progress and score change {from}–{target}',
  'svt.scatter.summary': '{count} dimensions plotted',
  'svt.scatter.omitted': 'Not plotted: {list}.',
  'svt.scatter.reason.noTasks': 'no tasks',
  'svt.scatter.reason.noScore': 'score missing',
  'svt.scatter.reason.notComparable': 'definition changed, not comparable',
  'svt.scatter.table.caption':
    'Progress ({period}) and score change {from}–{target} by dimension, {province}',
  'svt.scatter.table.dimension': 'Dimension',
  'svt.scatter.table.completion': 'Completed',
  'svt.scatter.table.change': 'Score change',
  'svt.scatter.table.quadrant': 'Quadrant',
  'svt.range.label': 'Time span of the small charts',
  'svt.range.all': 'All years ({from}–{to})',
  'svt.range.plan': 'The plan and its baseline ({from}–{to})',
};
