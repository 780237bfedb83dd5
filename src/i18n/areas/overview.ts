// UI text of the Overview: headline, dimension table, plan note.
// Vietnamese is the source; en/overview.ts must provide exactly the same keys.

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
  'overview.sourceImportedFile': 'tệp nhập {name}',
  'overview.sourceNotRecorded': 'không ghi trong dữ liệu',
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
