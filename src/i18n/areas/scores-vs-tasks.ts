// UI text of the Scores vs tasks view.
// Vietnamese is the source; en/scores-vs-tasks.ts must provide exactly the same keys.

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
