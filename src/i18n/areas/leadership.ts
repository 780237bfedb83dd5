// UI text of the Overview's leadership parts: summary, goal, traffic lights, targets, sources.
// Vietnamese is the source; en/leadership.ts must provide exactly the same keys.

export const leadershipVi = {
  // The briefing summary ("Tóm tắt"): one template per case; {…} are filled from the data.
  'leadership.summary.heading': 'Tóm tắt',
  'leadership.summary.hint':
    'Di chuột tới một con số, hoặc dùng phím Tab rồi các phím mũi tên, để xem nguồn của nó.',
  'leadership.summary.hintTouch': 'Chạm vào một con số để xem nguồn của nó.',
  'leadership.summary.copy': 'Sao chép tóm tắt',
  'leadership.summary.copied': 'Đã sao chép tóm tắt.',
  'leadership.summary.copyFailed': 'Không sao chép được; hãy bôi đen và sao chép văn bản.',
  'leadership.summary.sourceOf': 'Nguồn:',
  'leadership.summary.noScore': '{province} không có điểm tổng hợp năm {year}.',
  'leadership.summary.headline':
    'Năm {year}, {province} đạt {total} điểm ({change} so với năm {previousYear}), xếp hạng {rank}, nhóm {group}.',
  'leadership.summary.headlineNoPrevious':
    'Năm {year}, {province} đạt {total} điểm (không có điểm năm {previousYear}), xếp hạng {rank}, nhóm {group}.',
  'leadership.summary.headlineBreak':
    'Năm {year}, {province} đạt {total} điểm (không so sánh được với năm {previousYear}: cách tính điểm tổng hợp đã thay đổi), xếp hạng {rank}, nhóm {group}.',
  'leadership.summary.headlineBreakCounts':
    'Năm {year}, {province} đạt {total} điểm (không so sánh được với năm {previousYear}: điểm tổng hợp đổi từ {previousCount} lên {count} chỉ số nội dung), xếp hạng {rank}, nhóm {group}.',
  'leadership.summary.goal':
    'Mục tiêu của Kế hoạch {plan} (tăng điểm số, tăng nhóm so với năm {previousYear}): tăng điểm — {scoreVerdict}; tăng nhóm — {groupVerdict}.',
  'leadership.summary.goalOtherYear':
    'Kế hoạch {plan} nhắm tới năm {target}; mục tiêu của kế hoạch được đối chiếu với điểm năm {target}.',
  'leadership.summary.noPlan':
    'Chưa có kế hoạch cải thiện PAPI nào của {province} được nạp, nên không có mục tiêu để đối chiếu.',
  'leadership.summary.distance': 'Cần thêm {points} điểm để vào nhóm {nextGroup} (ngưỡng {threshold} điểm).',
  'leadership.summary.topGroup': 'Tỉnh đã ở nhóm {group}, nhóm cao nhất.',
  'leadership.summary.reserves':
    'Dư địa lớn nhất — {count} chỉ số nội dung thấp hơn trung vị toàn quốc nhiều nhất: {list}.',
  'leadership.summary.reservesOne':
    'Dư địa lớn nhất — chỉ số nội dung duy nhất thấp hơn trung vị toàn quốc: {list}.',
  'leadership.summary.noReserves': 'Năm {year}, không chỉ số nội dung nào thấp hơn trung vị toàn quốc.',
  'leadership.summary.lights':
    'Đèn tín hiệu: {red} chỉ số nội dung đỏ (nhóm Thấp), {amber} vàng (Trung bình thấp), {green} xanh (nửa trên).',
  'leadership.summary.fell': 'Giảm so với năm {previousYear}: {list}.',
  'leadership.summary.noneFell': 'Không chỉ số nội dung nào giảm so với năm {previousYear}.',
  'leadership.summary.fallenNotComparable':
    'Điểm các chỉ số nội dung không so sánh được với năm {previousYear} (không có điểm hoặc cách tính khác).',
  'leadership.summary.tasks':
    'Nhiệm vụ của Kế hoạch {plan} đến {period}: {done}/{pairs} lượt (nhiệm vụ × đơn vị) đã hoàn thành; {overdue}/{tasks} nhiệm vụ có phần quá hạn chưa hoàn thành; {unreported} nhiệm vụ chưa có báo cáo.',
  'leadership.summary.tasksSample':
    'Nhiệm vụ của Kế hoạch {plan} đến {period} (dữ liệu minh họa): {done}/{pairs} lượt (nhiệm vụ × đơn vị) đã hoàn thành; {overdue}/{tasks} nhiệm vụ có phần quá hạn chưa hoàn thành; {unreported} nhiệm vụ chưa có báo cáo.',
  'leadership.summary.tasksNone': 'Chưa có báo cáo tiến độ nào cho các nhiệm vụ của Kế hoạch {plan}.',

  'leadership.verdict.met': 'đạt',
  'leadership.verdict.notMet': 'chưa đạt',
  'leadership.verdict.notMetStill': 'chưa đạt (vẫn nhóm {group})',
  'leadership.verdict.notMetDown': 'chưa đạt (xuống nhóm {group})',
  'leadership.verdict.notComparable': 'không đánh giá được (điểm hai năm tính khác nhau)',
  'leadership.verdict.noPrevious': 'không đánh giá được (không có điểm năm trước)',

  // Where each figure of the summary comes from (shown on hover and keyboard focus).
  'leadership.source.total':
    'CECODES & UNDP, PAPI {year}: điểm tổng hợp = tổng điểm {count} chỉ số nội dung (mỗi chỉ số là tổng các chỉ số thành phần).',
  'leadership.source.change': 'Điểm năm {year} ({total}) trừ điểm năm {previousYear} ({previous}), PAPI.',
  'leadership.source.rank':
    'Hạng theo điểm tổng hợp trong {count} tỉnh/thành có điểm năm {year} (ứng dụng tính).',
  'leadership.source.group':
    'Nhóm theo tứ phân vị điểm tổng hợp của {count} tỉnh/thành có điểm năm {year} (ứng dụng tính).',
  'leadership.source.plan': 'Bảng kế hoạch đã nạp: Kế hoạch {plan} nhắm tới Chỉ số PAPI năm {year}.',
  'leadership.source.scoreVerdict': 'Điểm tổng hợp năm {year} so với năm {previousYear}.',
  'leadership.source.groupVerdict': 'Nhóm năm {previousYear}: {previousGroup}; năm {year}: {group}.',
  'leadership.source.points': 'Ngưỡng nhóm {group} năm {year} ({threshold}) trừ điểm tổng hợp ({total}).',
  'leadership.source.threshold':
    'Ngưỡng nhóm {group} năm {year}: tứ phân vị của điểm tổng hợp các tỉnh/thành có điểm.',
  'leadership.source.gap': 'Điểm năm {year} ({score}) trừ trung vị toàn quốc ({median}), PAPI.',
  'leadership.source.dimensionChange':
    'Điểm năm {year} ({score}) trừ điểm năm {previousYear} cùng cách tính, PAPI.',
  'leadership.source.lights':
    'Nhóm của điểm từng chỉ số nội dung trong các tỉnh/thành có điểm năm {year}: đỏ = Thấp, vàng = Trung bình thấp, xanh = Trung bình cao hoặc Cao.',
  'leadership.source.pairs':
    'Báo cáo tiến độ đến {period} ({origin}); trạng thái theo quy tắc của trang Kế hoạch.',
  'leadership.source.overdue':
    'Nhiệm vụ có hạn đã qua mà đơn vị chưa báo cáo hoàn thành, đến {period} ({origin}).',
  'leadership.source.unreported': 'Nhiệm vụ chưa đơn vị nào báo cáo, đến {period} ({origin}).',
  'leadership.source.planTasks': 'Số nhiệm vụ của Kế hoạch {plan} trong bảng nhiệm vụ đã nạp.',
  'leadership.source.progressSample': 'dữ liệu minh họa',
  'leadership.source.progressReports': 'báo cáo đã nhập',

  // The goal panel.
  'leadership.goal.heading': 'Mục tiêu của Kế hoạch {plan}',
  'leadership.goal.headingYear': 'So với năm {previousYear}',
  'leadership.goal.quote': 'Tăng điểm số, tăng nhóm so với năm {previousYear}.',
  'leadership.goal.score': 'Tăng điểm số',
  'leadership.goal.group': 'Tăng nhóm',
  'leadership.goal.scoreDetail': '{change} ({previous} → {total})',
  'leadership.goal.groupUp': 'từ nhóm {previousGroup} lên nhóm {group}',
  'leadership.goal.groupSame': 'vẫn nhóm {group}',
  'leadership.goal.groupDown': 'từ nhóm {previousGroup} xuống nhóm {group}',
  'leadership.goal.distance': 'Còn thiếu {points} điểm để vào nhóm {group} (ngưỡng năm {year}: {threshold}).',
  'leadership.goal.top': 'Đã ở nhóm Cao, nhóm cao nhất.',
  // A plan's own goals (plan_goals), in its words: "Mục tiêu: đạt từ 45,33 điểm trở lên — chưa đạt (40,54; còn 4,79 điểm)".
  'leadership.goal.own': 'Mục tiêu: {goal} — {verdict}',
  'leadership.goal.wordsSince': '{goal}{since}',
  'leadership.goal.scoreMet': 'đạt ({score})',
  'leadership.goal.scoreNotMet': 'chưa đạt ({score}; còn {points} điểm)',
  'leadership.goal.groupMet': 'đạt (nhóm {group})',
  'leadership.goal.groupNotMet': 'chưa đạt (nhóm {group})',
  'leadership.goal.rankMet': 'đạt (hạng {sinceRank} năm {since} → hạng {rank})',
  'leadership.goal.rankNotMet': 'chưa đạt (hạng {sinceRank} năm {since} → hạng {rank})',
  'leadership.goal.rankNoPrevious': 'không đánh giá được (không có hạng năm {since})',
  'leadership.goal.rankNotComparable':
    'không đánh giá được (hạng năm {since} xếp trong bản đồ tỉnh khác, không so sánh được)',
  'leadership.goal.riseVerdict': 'tăng điểm — {scoreVerdict}; tăng nhóm — {groupVerdict}',
  'leadership.summary.ownGoal': 'Mục tiêu của Kế hoạch {plan}: {goal} — {verdict}.',
  'leadership.summary.ownGoalDimension':
    'Mục tiêu của Kế hoạch {plan} cho chỉ số {dimension}: {goal} — {verdict}.',
  'leadership.source.goalText': 'Câu trong Kế hoạch {plan}: “{text}”',
  'leadership.goal.reserves': 'Dư địa lớn nhất (thấp hơn trung vị toàn quốc nhiều nhất)',
  'leadership.goal.noReserves': 'Không chỉ số nội dung nào thấp hơn trung vị toàn quốc.',
  // The glance in a phone's first screen: the goal, the weakest dimensions (one stated order) and the plan's completion.
  'leadership.firstGlance.weakest': 'Thấp hơn trung vị toàn quốc nhiều nhất',
  'leadership.firstGlance.completion': 'Tiến độ Kế hoạch {plan} đến {period}',
  'leadership.firstGlance.completionDetail':
    '{done}/{pairs} lượt (nhiệm vụ × đơn vị) đã hoàn thành; kế hoạch có {tasks} nhiệm vụ',
  'leadership.verdict.symbol.met': '✓',
  'leadership.verdict.symbol.notMet': '✗',
  'leadership.verdict.symbol.unknown': '–',

  // The traffic lights.
  'leadership.lights.heading': 'Đèn tín hiệu theo chỉ số nội dung năm {year}',
  'leadership.lights.rule':
    'Quy tắc: màu theo nhóm của điểm chỉ số trong các tỉnh/thành có điểm năm {year} (tứ phân vị, như nhóm của điểm tổng hợp) — đỏ: nhóm Thấp; vàng: Trung bình thấp; xanh: Trung bình cao hoặc Cao. “↓” đánh dấu chỉ số giảm so với năm {previousYear}. Thứ tự: đỏ, vàng rồi xanh; cùng màu, chỉ số thấp hơn trung vị toàn quốc nhiều nhất trước.',
  'leadership.light.red': 'Đỏ',
  'leadership.light.amber': 'Vàng',
  'leadership.light.green': 'Xanh',
  'leadership.lights.item': 'nhóm {group}',
  'leadership.lights.fell': '↓ giảm {points}',
  'leadership.lights.target': 'Mục tiêu {value}: còn {points}',
  'leadership.lights.targetReached': 'Đạt mục tiêu {value}',
  'leadership.lights.noneFell': 'Không chỉ số nào giảm so với năm {previousYear}.',

  // Targets per dimension.
  'leadership.targets.summary': 'Đặt mục tiêu cho từng chỉ số nội dung',
  'leadership.targets.kept':
    'Mục tiêu được lưu trong trình duyệt này, riêng cho {province}, và vẽ thành đường mục tiêu trên biểu đồ của chỉ số (trang Điểm số và nhiệm vụ). Trung vị và ngưỡng tính theo năm đang xem.',
  'leadership.targets.kind': 'Mục tiêu cho {name}',
  'leadership.targets.none': 'Không đặt',
  'leadership.targets.median': 'Trung vị toàn quốc = ngưỡng nhóm Trung bình cao ({value})',
  'leadership.targets.high': 'Ngưỡng nhóm Cao ({value})',
  'leadership.targets.value': 'Một số điểm',
  'leadership.targets.valueLabel': 'Điểm mục tiêu (1–10) cho {name}',
  'leadership.targets.invalid': 'Nhập một số từ 1 đến 10.',
  'leadership.targets.storageError': 'Không lưu được mục tiêu trong trình duyệt này: {error}',
  'leadership.targetLine': 'Mục tiêu {value}',
} as const;
