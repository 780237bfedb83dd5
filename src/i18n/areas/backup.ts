// UI text of the Data view's backup and restore (the workspace as a .papi.zip) and of the file's refusals.
// Vietnamese is the source; the English object must provide exactly the same keys.

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

export const backupEn: { readonly [K in keyof typeof backupVi]: string } = {
  'backup.title': 'Back up and restore',
  'backup.intro':
    'A backup file (.papi.zip) holds everything this browser keeps for you: the imported files (the originals and the choices made, received reports included), the dimension targets, the briefing list, the report unit lists and the query history. Restoring it in another browser or on another computer rebuilds exactly that.',
  'backup.includesUnkept':
    'The backup also holds the {count} file(s) imported in this tab that the browser could not keep (“not kept” in the imported files table): back up now so as not to lose them.',
  'backup.button': 'Back up',
  'backup.working': 'Backing up…',
  'backup.done': 'Backup saved as {file}.',
  'backup.failed': 'Could not back up: {error}',
  'backup.restore.input': 'Restore from a backup',
  'backup.restore.drop': 'or drop a .papi.zip file here',
  'backup.restore.reading': 'Checking {file}…',
  'backup.restore.refused': 'Not restored from {file}; nothing was changed.',
  'backup.restore.summary':
    '{file}: a backup made on {date} (app version {version}). Restoring replaces everything kept now with the file’s contents:',
  'backup.restore.tableCaption': 'What will be replaced',
  'backup.restore.column.kind': 'Kind',
  'backup.restore.column.now': 'Kept now',
  'backup.restore.column.incoming': 'In the file',
  'backup.kind.imports': 'Imported files (received reports included)',
  'backup.kind.targets': 'Provinces with dimension targets',
  'backup.kind.deck': 'Briefing slides',
  'backup.kind.reportUnits': 'Plans with report unit lists',
  'backup.kind.queryHistory': 'Queries in the history',
  'backup.restore.confirm': 'Replace with the backup',
  'backup.restore.cancel': 'Cancel',
  'backup.restore.working': 'Restoring…',
  'backup.restore.done': 'Restored from {file}.',
  'backup.restore.failed': 'Could not restore ({error}); what was kept is unchanged.',
  'backup.restore.failedNotPutBack':
    'Could not restore ({error}), and what was kept before could not be put back; restore from the backup file again.',
  'backup.problem.notZip': 'This is not a .zip file.',
  'backup.problem.damagedZip':
    "The .zip file is damaged: an entry's contents do not match the CRC-32 the file records.",
  'backup.problem.notOurs': 'This .zip is not a backup of this app (it has no PAPI dashboard manifest.json).',
  'backup.problem.newerVersion':
    'The file was made by a newer version of the app (format {found}; this app reads up to format {known}). Update the app.',
  'backup.problem.missingEntry': 'The entry {entry} is missing.',
  'backup.problem.extraEntry': 'The entry {entry} is not listed in manifest.json.',
  'backup.problem.checksum':
    'The entry {entry} was changed or is damaged (its SHA-256 checksum does not match).',
  'backup.problem.badEntry': 'The entry {entry} cannot be read: expected {expected}.',
  'backup.problem.count': 'The entry {entry} holds {found} records; manifest.json says {manifest}.',
  'backup.expected.imports':
    'a list of imported files (name, original file under imports/, import mode, time of import)',
  'backup.expected.importRows':
    'the checked rows of an imported file (a version, the kind of file, and per table its rows as CSV)',
  'backup.expected.targets':
    'a list of targets per province (each target: the national median, the high group, or a number from 1 to 10)',
  'backup.expected.deck': 'a briefing list (a title and slides, each with a PNG picture)',
  'backup.expected.reportUnits': 'unit lists per plan (district, commune, department)',
  'backup.expected.queryHistory': 'a list of queries (SQL text and time run)',
  'backup.expected.manifest':
    'the version, the time made, the record count of each kind and each entry’s checksum',
};
