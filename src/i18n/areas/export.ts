// UI text of exports: the chart menu, CSV, the briefing list and its deck.
// Vietnamese is the source; en/export.ts must provide exactly the same keys.

export const exportVi = {
  'export.menu.button': 'Xuất',
  'export.fileIndicator': 'chỉ số {code}',
  'export.menu.label': 'Xuất biểu đồ: {title}',
  'export.menu.slidePng': 'PNG cho trình chiếu (1920×1080)',
  'export.menu.screenPng': 'PNG (gấp đôi kích thước màn hình)',
  'export.menu.svg': 'SVG',
  'export.menu.csv': 'CSV (dữ liệu của biểu đồ)',
  'export.menu.csvPoint': 'CSV (dấu chấm thập phân)',
  'export.menu.csvComma': 'CSV (dấu phẩy thập phân)',
  'export.menu.copy': 'Sao chép ảnh',
  'export.menu.addToDeck': 'Thêm vào bản trình bày',
  'export.status.working': 'Đang xuất…',
  'export.status.done': 'Đã tải {file}',
  'export.status.copied': 'Đã sao chép ảnh vào bộ nhớ tạm',
  'export.status.copyUnsupported':
    'Trình duyệt này không cho phép sao chép ảnh; hãy dùng “PNG cho trình chiếu” rồi chèn tệp.',
  'export.status.added': 'Đã thêm vào bản trình bày ({count} trang)',
  'export.status.failed': 'Không xuất được: {reason}',
  'export.frame.exportedOn': 'Xuất ngày {date}',
  'export.csv.category': 'Mục',
  'export.csv.source': 'Nguồn',
  'export.csv.note': 'Ghi chú',
  'export.csv.exportedOn': 'Ngày xuất',
  'export.nav.briefing': 'Bản trình bày',
  'export.briefing.intro':
    'Các biểu đồ đã chọn cho bản trình bày, theo thứ tự trang. Danh sách được giữ trong trình duyệt này.',
  'export.briefing.deckTitle': 'Tiêu đề bản trình bày',
  'export.briefing.defaultTitle': 'Chỉ số PAPI của {province}',
  'export.briefing.empty':
    'Chưa có biểu đồ nào. Mở menu “Xuất” của một biểu đồ và chọn “Thêm vào bản trình bày”.',
  'export.briefing.slide': 'Trang {number}',
  'export.briefing.note': 'Ghi chú cho người trình bày (trang {number})',
  'export.briefing.moveUp': 'Lên',
  'export.briefing.moveDown': 'Xuống',
  'export.briefing.moveUpLabel': 'Chuyển trang {number} lên',
  'export.briefing.moveDownLabel': 'Chuyển trang {number} xuống',
  'export.briefing.remove': 'Bỏ',
  'export.briefing.removeLabel': 'Bỏ trang {number}',
  'export.briefing.download': 'Tải bản trình bày (.pptx)',
  'export.briefing.building': 'Đang tạo bản trình bày…',
  'export.briefing.downloaded': 'Đã tải {file}',
  'export.briefing.imageAlt': 'Hình của trang {number}: {title}',
  'export.deck.date': 'Ngày {date}',
  'export.deck.summaryTitle': 'Tóm tắt',
  'export.deck.province': 'Tỉnh: {province}',
  'export.briefing.waiting': 'Đang chờ tên tỉnh và phần tóm tắt; bản trình bày sẽ được tạo ngay khi có…',
  'export.briefing.inMemory':
    'Trình duyệt không cho lưu dữ liệu, nên danh sách trang chỉ được giữ đến khi đóng thẻ này. Hãy tải bản trình bày trước khi đóng.',
  'error.browser.quota':
    'bộ nhớ của trình duyệt đã đầy. Hãy giải phóng dung lượng (xóa dữ liệu trang web không dùng) rồi thử lại.',
  'error.browser.notAllowed': 'trình duyệt không cho phép thao tác này (quyền bị từ chối).',
  'error.browser.storageRefused':
    'trình duyệt từ chối cho trang này lưu dữ liệu (chế độ riêng tư hoặc đã chặn lưu trữ).',
  'error.browser.storageOutdated':
    'một phiên bản mới hơn của ứng dụng đã cập nhật dữ liệu lưu trong trình duyệt này. Hãy tải lại trang.',
  'error.browser.invalidState': 'trình duyệt chưa sẵn sàng cho thao tác này. Hãy tải lại trang rồi thử lại.',
  'error.browser.network': 'không tải được phần cần thiết vì mất kết nối mạng. Hãy kết nối lại rồi thử lại.',
  'error.browser.other': 'đã có lỗi ngoài dự kiến.',
} as const;
