// UI text of the 2025 merger (both maps of the country, lineage, predecessors' lines), in its own file so
// parallel work does not collide in vi.ts/en.ts (which spread it into the one dictionary `t` reads).
// Vietnamese is the source; English has the same keys.

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

export const mergerEn: { readonly [K in keyof typeof mergerVi]: string } = {
  'merger.select.search': 'Find a province or city',
  'merger.select.searchPlaceholder': 'accents optional',
  'merger.select.noMatch': 'No province or city matches “{query}”.',
  'merger.select.matches': '{count} matches',
  'merger.select.groupNew': '34 provinces and cities from 1 July 2025',
  'merger.select.groupOld': '63 provinces and cities up to 2024',
  'merger.old.becameProvince': '{name} — now part of {successor} province',
  'merger.old.becameCity': '{name} — now part of {successor} city',
  'merger.old.becameNamed': '{name} — now part of {successor}',
  'merger.old.same': '{name} — unchanged from 1 July 2025',
  'merger.new.absorbed': '{name} — merges {predecessors}',
  'merger.new.renamed': '{name} — formerly {predecessors}',
  'merger.new.unchanged': '{name} — not merged',
  'merger.predecessor.label': '{name} (former)',
  'merger.note.title': '{province}: a new administrative unit from 1 July 2025',
  'merger.note.noScores':
    '{province} has no PAPI score of its own yet: PAPI up to 2024 scores the 63 former provinces. Below is the latest year of each former province that now forms {province}, side by side; their scores are never added or averaged into a score of {province}.',
  'merger.note.unchanged':
    '{province} has no PAPI score of its own since 1 July 2025 yet. Below is the latest year of the unit before it.',
  'merger.note.lines':
    'In the trend charts each former province is its own line labelled “(former)”, up to the year before {province} has scores of its own; the lines are never joined or averaged.',
  'merger.table.caption': 'Latest scored year of the former provinces that now form {province}',
  'merger.table.predecessor': 'Former province or city',
  'merger.table.year': 'Year',
  'merger.table.total': 'Total score',
  'merger.table.rank': 'Rank',
  'merger.table.group': 'Group',
  'merger.table.noScore': 'no score',
  'merger.trend.predecessorNote':
    'Before {province} has scores of its own: each former province that formed it is its own line, never added or averaged.',
};
