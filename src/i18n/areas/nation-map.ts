// UI text of the Nationwide view's map section: the tile map, the 8 small maps and the distribution strips.
// Vietnamese is the source; en/nation-map.ts must provide exactly the same keys.

export const nationMapVi = {
  'nationMap.heading': 'Bản đồ ô và phân bố điểm',
  'nationMap.colour.label': 'Tô màu bản đồ',
  'nationMap.colour.group': 'Theo nhóm',
  'nationMap.colour.score': 'Theo điểm',
  'nationMap.keyboard':
    'Mỗi ô là một tỉnh, thành phố, đặt ở vị trí gần đúng (không phải bản đồ địa giới). Dùng bàn phím: nút “Xem dạng bảng” của mỗi hình liệt kê từng tỉnh với điểm, hạng và nhóm; chọn tỉnh ở bảng xếp hạng hoặc ô chọn tỉnh ở đầu trang.',
  'nationMap.loading': 'Đang tải bản đồ…',
  'nationMap.title': '{indicator} năm {year}: các tỉnh, thành phố trên bản đồ ô',
  'nationMap.subtitle.group':
    'Mỗi ô vuông là một đơn vị ({map}), đặt ở vị trí gần đúng. Màu: nhóm tứ phân vị trong {count} đơn vị có điểm.',
  'nationMap.subtitle.score':
    'Mỗi ô vuông là một đơn vị ({map}), đặt ở vị trí gần đúng. Màu: điểm, nhạt là thấp, đậm là cao.',
  'nationMap.map.old': '63 tỉnh, thành phố đến 2024',
  'nationMap.map.new': '34 tỉnh, thành phố từ 1/7/2025',
  'nationMap.summary': '{count} đơn vị có điểm; cao nhất: {top} ({score})',
  'nationMap.summaryNone': 'không đơn vị nào có điểm',
  'nationMap.noScore': 'Không có điểm',
  'nationMap.scoreLow': 'Thấp: {value}',
  'nationMap.scoreHigh': 'Cao: {value}',
  'nationMap.island.hoang-sa': 'Quần đảo Hoàng Sa',
  'nationMap.island.truong-sa': 'Quần đảo Trường Sa',
  'nationMap.islandShort.hoang-sa': 'Hoàng Sa',
  'nationMap.islandShort.truong-sa': 'Trường Sa',
  'nationMap.island.belongsTo': 'thuộc {province}',
  'nationMap.table.province': 'Tỉnh, thành phố',
  'nationMap.table.score': 'Điểm',
  'nationMap.table.rank': 'Hạng',
  'nationMap.table.group': 'Nhóm',
  'nationMap.tooltip.group': 'Nhóm',
  'nationMap.multiples.title': '{count} chỉ số nội dung năm {year} trên bản đồ ô',
  'nationMap.multiples.subtitle':
    'Cùng một bản đồ ô ({map}) cho từng chỉ số nội dung. Màu: nhóm tứ phân vị của chỉ số đó.',
  'nationMap.multiples.subtitleScore':
    'Cùng một bản đồ ô ({map}) cho từng chỉ số nội dung. Màu: điểm trên cùng một thang, nhạt là thấp, đậm là cao.',
  'nationMap.multiples.summary': '{count} bản đồ nhỏ, mỗi chỉ số nội dung một bản đồ',
  'nationMap.strips.title': '{province} trong phân bố điểm từng chỉ số nội dung, năm {year}',
  'nationMap.strips.titleNone': 'Phân bố điểm từng chỉ số nội dung, năm {year}',
  'nationMap.strips.subtitle':
    'Mỗi chấm là một đơn vị có điểm. Vạch đậm: trung vị; vạch mảnh: ngưỡng tứ phân vị (ranh giới các nhóm). Mỗi dải có thang riêng.',
  'nationMap.strips.selected': 'Tỉnh đang chọn',
  'nationMap.strips.peers': 'Cùng vùng',
  'nationMap.strips.others': 'Các tỉnh khác',
  'nationMap.strips.median': 'Trung vị',
  'nationMap.strips.quartiles': 'Ngưỡng tứ phân vị',
  'nationMap.strips.summary': '{province}: {below}/{count} chỉ số dưới trung vị',
  'nationMap.strips.summaryNone': '{count} chỉ số nội dung',
  'nationMap.strips.table.p25': 'Ngưỡng 25%',
  'nationMap.strips.table.median': 'Trung vị',
  'nationMap.strips.table.p75': 'Ngưỡng 75%',
  'nationMap.strips.table.selected': '{province}',
} as const;
