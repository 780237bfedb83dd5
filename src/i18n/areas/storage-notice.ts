// UI text of what this browser could not keep: the shell's notice, the kept files table, the reset that other
// tabs hear of. Vietnamese is the source; en/storage-notice.ts must provide exactly the same keys.

export const storageNoticeVi = {
  'storage.failed': 'Không lưu được vào trình duyệt: {reason}',
  'storage.outdated':
    'Một phiên bản mới hơn của ứng dụng đã cập nhật dữ liệu lưu trong trình duyệt này. Hãy tải lại trang.',
  'storage.reload': 'Tải lại trang',
  'storage.notice.title': 'Dữ liệu đã nhập chưa được lưu',
  'storage.notice.files':
    'Chưa lưu: {files}. Dữ liệu này đang được dùng, nhưng sẽ mất khi tải lại hoặc đóng trang nếu không lưu được.',
  'storage.notice.retry': 'Thử lưu lại',
  'storage.notice.retrying': 'Đang lưu lại…',
  'storage.notice.retryFailed': 'Thử lại vẫn chưa lưu được.',
  'storage.notice.freeSpace': 'Giải phóng dung lượng (xóa tệp đã lưu)',
  'storage.notice.backup': 'Sao lưu',
  'storage.notice.held':
    'Các tệp đã lưu vừa thay đổi (ở thẻ khác, hoặc một tệp vừa bị xóa); thẻ này chưa nạp lại để không mất dữ liệu chưa lưu. Khi lưu được, thẻ sẽ tự nạp lại.',
  'storage.otherTab.resetComing':
    'Một thẻ khác đang khôi phục dữ liệu gốc: dữ liệu đã nhập sẽ bị xóa và thẻ này sẽ nạp lại.',
  'data.keptFiles.title': 'Tệp đã nhập',
  'data.keptFiles.intro':
    'Các tệp được lưu trong trình duyệt này và áp dụng lại mỗi lần mở. Xóa một tệp để giải phóng dung lượng; dữ liệu của tệp sẽ được bỏ.',
  'data.keptFiles.empty': 'Chưa có tệp nào được nhập.',
  'data.keptFiles.loading': 'Đang đọc danh sách tệp…',
  'data.keptFiles.col.file': 'Tệp',
  'data.keptFiles.col.size': 'Kích thước',
  'data.keptFiles.col.importedAt': 'Nhập lúc',
  'data.keptFiles.col.state': 'Lưu trong trình duyệt',
  'data.keptFiles.col.action': 'Thao tác',
  'data.keptFiles.kept': 'đã lưu',
  'data.keptFiles.notKept': 'chưa lưu',
  'data.keptFiles.remove': 'Xóa',
  'data.keptFiles.removeLabel': 'Xóa tệp {file}',
  'data.keptFiles.removing': 'Đang xóa…',
  'data.restore.unkeptElsewhere':
    'Một thẻ khác đang có dữ liệu đã nhập nhưng chưa lưu: {files}. Khôi phục dữ liệu gốc sẽ xóa cả dữ liệu đó.',
  'data.restore.goOn': 'Vẫn khôi phục',
  'data.restore.checking': 'Đang hỏi các thẻ khác…',
  'data.restore.failedBecause': 'Không khôi phục được: {reason}',
} as const;
