// UI text of the Data view's backup and restore (the workspace as a .papi.zip) and of the file's refusals.
// Vietnamese is the source; en/backup.ts must provide exactly the same keys.

export const backupVi = {
  'backup.title': 'Sao lưu và khôi phục',
  'backup.intro':
    'Tệp sao lưu (.papi.zip) giữ mọi thứ trình duyệt này lưu cho bạn: các tệp đã nhập (bản gốc và lựa chọn khi nhập, kể cả báo cáo đã nhận), mục tiêu theo chỉ số, danh sách trình bày, danh sách đơn vị báo cáo và lịch sử truy vấn. Khôi phục trên trình duyệt hay máy khác sẽ dựng lại đúng như vậy.',
  'backup.includesUnkept':
    'Bản sao lưu gồm cả {count} tệp đã nhập ở thẻ này nhưng trình duyệt chưa lưu được (“chưa lưu” trong bảng tệp đã nhập): sao lưu ngay để không mất chúng.',
  'backup.button': 'Sao lưu',
  'backup.working': 'Đang sao lưu…',
  'backup.done': 'Đã tạo tệp sao lưu {file}.',
  'backup.failed': 'Không sao lưu được: {error}',
  'backup.restore.input': 'Khôi phục từ tệp sao lưu',
  'backup.restore.drop': 'hoặc kéo tệp .papi.zip vào đây',
  'backup.restore.reading': 'Đang kiểm tra {file}…',
  'backup.restore.refused': 'Không khôi phục từ {file}; chưa thay đổi gì.',
  'backup.restore.summary':
    '{file}: bản sao lưu tạo lúc {date} (phiên bản ứng dụng {version}). Khôi phục sẽ thay toàn bộ những gì đang lưu bằng nội dung của tệp:',
  'backup.restore.tableCaption': 'Những gì sẽ được thay thế',
  'backup.restore.column.kind': 'Loại',
  'backup.restore.column.now': 'Đang lưu',
  'backup.restore.column.incoming': 'Trong tệp',
  'backup.kind.imports': 'Tệp đã nhập (kể cả báo cáo đã nhận)',
  'backup.kind.targets': 'Tỉnh có mục tiêu theo chỉ số',
  'backup.kind.deck': 'Trang trình bày',
  'backup.kind.reportUnits': 'Kế hoạch có danh sách đơn vị báo cáo',
  'backup.kind.queryHistory': 'Truy vấn trong lịch sử',
  'backup.restore.confirm': 'Thay thế bằng bản sao lưu',
  'backup.restore.cancel': 'Hủy',
  'backup.restore.working': 'Đang khôi phục…',
  'backup.restore.done': 'Đã khôi phục từ {file}.',
  'backup.restore.failed': 'Không khôi phục được ({error}); những gì đang lưu được giữ nguyên.',
  'backup.restore.failedNotPutBack':
    'Không khôi phục được ({error}) và không đặt lại được những gì đã lưu trước đó; hãy khôi phục lại từ tệp sao lưu.',
  'backup.problem.notZip': 'Đây không phải tệp .zip.',
  'backup.problem.damagedZip':
    'Tệp .zip bị hỏng: nội dung của một mục không khớp với mã kiểm tra CRC-32 ghi trong tệp.',
  'backup.problem.notOurs':
    'Tệp .zip này không phải bản sao lưu của ứng dụng (không có manifest.json của bảng theo dõi PAPI).',
  'backup.problem.newerVersion':
    'Tệp do phiên bản mới hơn của ứng dụng tạo (định dạng {found}; ứng dụng này đọc đến định dạng {known}). Hãy cập nhật ứng dụng.',
  'backup.problem.missingEntry': 'Thiếu mục {entry}.',
  'backup.problem.extraEntry': 'Có mục lạ {entry}, không được ghi trong manifest.json.',
  'backup.problem.checksum': 'Mục {entry} đã bị thay đổi hoặc bị hỏng (mã kiểm tra SHA-256 không khớp).',
  'backup.problem.badEntry': 'Mục {entry} không đọc được: cần {expected}.',
  'backup.problem.count': 'Mục {entry} có {found} bản ghi, manifest.json ghi {manifest}.',
  'backup.expected.imports':
    'danh sách tệp đã nhập (tên, tệp gốc trong thư mục imports/, chế độ nhập, thời điểm nhập)',
  'backup.expected.importRows':
    'các dòng đã kiểm tra của một tệp đã nhập (phiên bản, loại tệp, và theo từng bảng: các dòng dạng CSV)',
  'backup.expected.targets':
    'danh sách mục tiêu theo tỉnh (mỗi mục tiêu: trung vị cả nước, nhóm cao, hoặc một số từ 1 đến 10)',
  'backup.expected.deck': 'danh sách trình bày (tiêu đề và các trang, mỗi trang có ảnh PNG)',
  'backup.expected.reportUnits': 'danh sách đơn vị theo kế hoạch (cấp huyện, cấp xã, sở ngành)',
  'backup.expected.queryHistory': 'danh sách truy vấn (câu SQL và thời điểm chạy)',
  'backup.expected.manifest': 'phiên bản, thời điểm tạo, số bản ghi từng loại và mã kiểm tra từng mục',
} as const;
