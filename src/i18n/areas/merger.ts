// UI text of the 2025 merger (both maps of the country, lineage, predecessors' lines), in its own file so
// parallel work does not collide in vi.ts/en.ts (which spread it into the one dictionary `t` reads).
// Vietnamese is the source; en/merger.ts has the same keys.

export const mergerVi = {
  'merger.select.search': 'Tìm tỉnh, thành phố',
  'merger.select.searchPlaceholder': 'không dấu cũng được',
  'merger.select.noMatch': 'Không có tỉnh, thành phố nào khớp “{query}”.',
  'merger.select.matches': '{count} kết quả',
  'merger.select.groupNew': '34 tỉnh, thành phố từ 1/7/2025',
  'merger.select.groupOld': '63 tỉnh, thành phố đến 2024',
  'merger.old.becameProvince': '{name} — nay thuộc tỉnh {successor}',
  'merger.old.becameCity': '{name} — nay thuộc thành phố {successor}',
  'merger.old.becameNamed': '{name} — nay thuộc {successor}',
  'merger.old.same': '{name} — giữ nguyên từ 1/7/2025',
  'merger.new.absorbed': '{name} — hợp nhất {predecessors}',
  'merger.new.renamed': '{name} — trước là {predecessors}',
  'merger.new.unchanged': '{name} — không sáp nhập',
  'merger.predecessor.label': '{name} (cũ)',
  'merger.note.title': '{province}: đơn vị hành chính mới từ 1/7/2025',
  'merger.note.noScores':
    '{province} chưa có điểm PAPI riêng: PAPI đến năm 2024 chấm điểm 63 tỉnh, thành phố cũ. Dưới đây là năm gần nhất của từng tỉnh cũ hợp thành {province}, đặt cạnh nhau; điểm không được cộng hay lấy trung bình thành điểm của {province}.',
  'merger.note.unchanged':
    '{province} chưa có điểm PAPI riêng từ 1/7/2025. Dưới đây là năm gần nhất của đơn vị trước đó.',
  'merger.note.lines':
    'Trong biểu đồ xu hướng, mỗi tỉnh cũ là một đường riêng có nhãn “(cũ)”, chỉ đến năm trước khi {province} có điểm riêng; các đường không được nối hay lấy trung bình.',
  'merger.table.caption': 'Năm gần nhất có điểm của các tỉnh cũ hợp thành {province}',
  'merger.table.predecessor': 'Tỉnh, thành phố cũ',
  'merger.table.year': 'Năm',
  'merger.table.total': 'Điểm tổng hợp',
  'merger.table.rank': 'Hạng',
  'merger.table.group': 'Nhóm',
  'merger.table.noScore': 'không có điểm',
  'merger.trend.predecessorNote':
    'Trước khi {province} có điểm riêng: mỗi tỉnh cũ hợp thành là một đường riêng, không cộng, không lấy trung bình.',
} as const;
