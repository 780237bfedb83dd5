// A plan covering several indices, in the manner of Cao Bằng's 2163/KH-UBND (12/7/2025): PAR INDEX and
// SIPAS sections before the PAPI one, whose dimensions are sub-headings. The text is written for the test.

export const CAO_BANG_LINES = [
  'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG',
  'Số: 2163/KH-UBND',
  'Cao Bằng, ngày 12 tháng 7 năm 2025',
  'KẾ HOẠCH',
  'Nâng cao Chỉ số PAR INDEX, SIPAS và PAPI của tỉnh Cao Bằng năm 2025',
  'II. NHIỆM VỤ, GIẢI PHÁP',
  '1. Chỉ số cải cách hành chính (PAR INDEX)',
  // A PAR INDEX heading close to PAPI's "Thủ tục hành chính công": it must not become dimension 5.
  '1.1. Cải cách thủ tục hành chính',
  'a) Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền của tỉnh. Cơ quan chủ trì: Văn phòng UBND tỉnh.',
  'b) Kiểm tra công tác cải cách hành chính tại các sở, ngành. Cơ quan chủ trì: Sở Nội vụ.',
  '1.2. Cải cách chế độ công vụ',
  'a) Tuyển dụng công chức theo vị trí việc làm. Cơ quan chủ trì: Sở Nội vụ.',
  '2. Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)',
  'a) Khảo sát sự hài lòng của người dân tại Trung tâm Phục vụ hành chính công. Cơ quan chủ trì: Sở Nội vụ.',
  'b) Công khai kết quả khảo sát trên Cổng thông tin điện tử tỉnh. Cơ quan chủ trì: Sở Nội vụ.',
  '3. Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)',
  '3.1. Chỉ số nội dung 2: Công khai, minh bạch trong việc ra quyết định ở địa phương',
  '- Công khai quy hoạch, kế hoạch sử dụng đất và bảng giá đất tại UBND cấp xã. Cơ quan chủ trì: Sở Nông nghiệp và Môi trường. Thời gian thực hiện: Quý III/2025.',
  '3.2. Chỉ số nội dung 4: Kiểm soát tham nhũng trong khu vực công',
  '- Công khai đường dây nóng tiếp nhận phản ánh về nhũng nhiễu. Cơ quan chủ trì: Thanh tra tỉnh. Thời gian thực hiện: Thường xuyên.',
  'III. TỔ CHỨC THỰC HIỆN',
  'Các sở, ngành, UBND các xã, phường báo cáo kết quả về Sở Nội vụ.',
];
