// UI text of what this browser could not keep: the shell's notice, the kept files table, the reset that other
// tabs hear of. Vietnamese is the source; the English object must provide exactly the same keys.

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

export const storageNoticeEn: { readonly [K in keyof typeof storageNoticeVi]: string } = {
  'storage.failed': 'Could not save in this browser: {reason}',
  'storage.outdated':
    'A newer version of the app has updated the data kept in this browser. Reload the page.',
  'storage.reload': 'Reload the page',
  'storage.notice.title': 'Imported data not kept',
  'storage.notice.files':
    'Not kept: {files}. This data is in use now, but it will be lost when the page is reloaded or closed unless it can be saved.',
  'storage.notice.retry': 'Retry saving',
  'storage.notice.retrying': 'Saving again…',
  'storage.notice.retryFailed': 'The retry did not save it either.',
  'storage.notice.freeSpace': 'Free space (remove kept files)',
  'storage.notice.backup': 'Back up',
  'storage.notice.held':
    'The kept files changed (in another tab, or a file was just removed); this tab has not reloaded, so the data not kept is not lost. Once it is saved, this tab reloads by itself.',
  'storage.otherTab.resetComing':
    'Another tab is restoring the bundled data: the imported data will be dropped and this tab will reload.',
  'data.keptFiles.title': 'Imported files',
  'data.keptFiles.intro':
    'The files kept in this browser and applied again at every start. Remove a file to free space; its data is dropped.',
  'data.keptFiles.empty': 'No file imported yet.',
  'data.keptFiles.loading': 'Reading the list of files…',
  'data.keptFiles.col.file': 'File',
  'data.keptFiles.col.size': 'Size',
  'data.keptFiles.col.importedAt': 'Imported at',
  'data.keptFiles.col.state': 'Kept in this browser',
  'data.keptFiles.col.action': 'Action',
  'data.keptFiles.kept': 'kept',
  'data.keptFiles.notKept': 'not kept',
  'data.keptFiles.remove': 'Remove',
  'data.keptFiles.removeLabel': 'Remove the file {file}',
  'data.keptFiles.removing': 'Removing…',
  'data.restore.unkeptElsewhere':
    'Another tab holds imported data it could not keep: {files}. Restoring the bundled data drops that data too.',
  'data.restore.goOn': 'Restore anyway',
  'data.restore.checking': 'Asking the other tabs…',
  'data.restore.failedBecause': 'Could not restore: {reason}',
};
