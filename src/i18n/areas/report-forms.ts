// UI text of the report forms: making them on the Plan view, and the refusals of a returned form on import.
// Vietnamese is the source; English has the same keys.

export const reportFormsVi = {
  'reportForms.open': 'Tạo biểu mẫu báo cáo',
  'reportForms.title': 'Biểu mẫu báo cáo gửi các đơn vị',
  'reportForms.intro':
    'Mỗi đơn vị nhận một tệp Excel có danh sách nhiệm vụ của mình, điền trạng thái, tỷ lệ, kết quả và gửi lại; kéo các tệp đã điền vào trang Dữ liệu để nạp.',
  'reportForms.period': 'Kỳ báo cáo',
  'reportForms.dueDate': 'Hạn gửi',
  'reportForms.units.district': 'Đơn vị cấp huyện (mỗi dòng một đơn vị)',
  'reportForms.units.commune': 'Đơn vị cấp xã (mỗi dòng một đơn vị)',
  'reportForms.units.department': 'Các sở, ban, ngành (mỗi dòng một đơn vị)',
  'reportForms.count': '{count} biểu mẫu, {rows} dòng nhiệm vụ',
  'reportForms.make': 'Tải các biểu mẫu (.zip)',
  'reportForms.making': 'Đang tạo biểu mẫu…',
  'reportForms.made': 'Đã tạo {count} biểu mẫu.',
  'reportForms.failed': 'Không tạo được biểu mẫu: {error}',
  'reportForms.unitsNotKept': 'Không lưu được danh sách đơn vị trong trình duyệt này.',
  'import.problem.formUnknownPlan':
    'Biểu mẫu của kế hoạch “{found}”, kế hoạch này chưa được nạp (không có nhiệm vụ nào của nó).',
  'import.problem.formTaskChanged': 'Mã nhiệm vụ đã bị sửa: “{found}”, biểu mẫu gửi đi ghi “{expected}”.',
  'import.problem.formRowAdded': 'Dòng thêm vào biểu mẫu (“{found}”); chỉ điền vào các dòng nhiệm vụ có sẵn.',
  'import.problem.dateInFuture': 'Ngày báo cáo “{found}” ở tương lai.',
  'import.forms.applied': 'Đã nạp biểu mẫu: {unit}, {period} ({file}).',
  'import.forms.refused': 'Không nạp biểu mẫu: {unit}, {period} ({file}); các biểu mẫu khác vẫn được nạp.',
};

export const reportFormsEn: { readonly [K in keyof typeof reportFormsVi]: string } = {
  'reportForms.open': 'Make report forms',
  'reportForms.title': 'Report forms for the units',
  'reportForms.intro':
    'Each unit gets an Excel file listing its tasks, fills in status, percent and results and sends it back; drop the filled files on the Data page to load them.',
  'reportForms.period': 'Reporting period',
  'reportForms.dueDate': 'Due date',
  'reportForms.units.district': 'District-level units (one per line)',
  'reportForms.units.commune': 'Commune-level units (one per line)',
  'reportForms.units.department': 'Departments and agencies (one per line)',
  'reportForms.count': '{count} forms, {rows} task rows',
  'reportForms.make': 'Download the forms (.zip)',
  'reportForms.making': 'Making the forms…',
  'reportForms.made': '{count} forms made.',
  'reportForms.failed': 'The forms could not be made: {error}',
  'reportForms.unitsNotKept': 'The unit lists could not be kept in this browser.',
  'import.problem.formUnknownPlan': 'A form of plan “{found}”, which is not loaded (none of its tasks are).',
  'import.problem.formTaskChanged':
    'The task ID was changed: “{found}”; the form sent out said “{expected}”.',
  'import.problem.formRowAdded':
    'A row added to the form (“{found}”); fill in only the task rows it came with.',
  'import.problem.dateInFuture': 'Report date “{found}” is in the future.',
  'import.forms.applied': 'Form loaded: {unit}, {period} ({file}).',
  'import.forms.refused': 'Form not loaded: {unit}, {period} ({file}); the other forms were loaded.',
};
