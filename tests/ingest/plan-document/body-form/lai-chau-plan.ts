// A body-form plan in the manner of Lai Châu's 1331/KH-UBND (31/3/2025): tasks in the body under
// "II. NỘI DUNG THỰC HIỆN", one heading per dimension ("1.1. Chỉ số nội dung “…”."), lettered tasks with
// their agencies and time on dashed lines. The text is written for the test.

export const LAI_CHAU_LINES = [
  'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
  'Số: 1331/KH-UBND',
  'Lai Châu, ngày 31 tháng 3 năm 2025',
  'KẾ HOẠCH',
  'Nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2025',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
  'a) Nâng cao nhận thức của cán bộ, công chức về vai trò của Chỉ số PAPI.',
  '2. Mục tiêu',
  'Phấn đấu Chỉ số PAPI năm 2025 của tỉnh đạt từ 45,33 điểm trở lên.',
  'II. NỘI DUNG THỰC HIỆN',
  '1. Nhiệm vụ, giải pháp theo từng chỉ số nội dung',
  '1.1. Chỉ số nội dung “Tham gia của người dân ở cấp cơ sở”.',
  'a) Tuyên truyền Luật Thực hiện dân chủ ở cơ sở năm 2022 đến người dân qua hệ thống loa truyền thanh cơ sở.',
  '- Cơ quan chủ trì: Sở Nội vụ.',
  '- Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch; UBND các huyện, thành phố.',
  '- Thời gian thực hiện: Thường xuyên.',
  'b) Tổ chức bầu cử trưởng thôn, tổ trưởng tổ dân phố công khai, đúng quy trình.',
  '- Đơn vị thực hiện: UBND các huyện, thành phố.',
  '- Thời gian thực hiện: Quý III/2025.',
  '1.2. Chỉ số nội dung “Công khai, minh bạch trong việc ra quyết định ở địa phương”.',
  'a) Giao Sở Tài chính chủ trì, phối hợp với UBND các huyện, thành phố công khai dự toán, quyết toán ngân sách cấp xã trước ngày 31/12/2025.',
  'b) Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo tại nhà văn hóa thôn, bản.',
  '1.3. Chỉ số nội dung "quản trị  điện tử".',
  'a) Hướng dẫn người dân sử dụng Cổng dịch vụ công trực tuyến của tỉnh (Cơ quan chủ trì: Sở Khoa học và Công nghệ; Thời gian thực hiện: trước ngày 30/9/2025).',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Sở Nội vụ',
  'a) Theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo UBND tỉnh.',
];
