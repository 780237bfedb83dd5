// A body-form plan in the manner of Tây Ninh's 315/KH-UBND (24/7/2025): eight numbered paragraphs under
// short dimension names ("2. Công khai, minh bạch: …"), the work and who does it in the same sentences,
// after the 1 July 2025 merger (communes, no district level). The text is written for the test.

export const TAY_NINH_LINES = [
  'UỶ BAN NHÂN DÂN TỈNH TÂY NINH',
  'Số: 315/KH-UBND',
  'Tây Ninh, ngày 24 tháng 7 năm 2025',
  'KẾ HOẠCH',
  'Cải thiện Chỉ số PAPI của tỉnh Tây Ninh năm 2025',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Khắc phục hạn chế của các chỉ số nội dung có điểm thấp trong năm 2024.',
  'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
  '1. Tham gia của người dân ở cấp cơ sở: Giao Sở Nội vụ chủ trì, phối hợp với UBND các xã, phường hướng dẫn tổ chức bầu cử trưởng ấp, khu phố đúng quy định. Thời gian thực hiện: Quý IV/2025.',
  '2. Công khai, minh bạch: Giao Sở Tài chính chủ trì, phối hợp với UBND các xã, phường công khai dự toán ngân sách xã tại trụ sở và trên trang thông tin điện tử. Niêm yết danh sách hộ nghèo tại nhà văn hóa ấp, khu phố trước ngày 30/9/2025.',
  '3. Trách nhiệm giải trình với người dân: UBND các xã, phường tổ chức đối thoại định kỳ với người dân. Cơ quan chủ trì: UBND cấp xã; thời gian thực hiện: thường xuyên.',
  '4. kiểm soát tham nhũng trong khu vực công: Giao Thanh tra tỉnh chủ trì thanh tra công vụ tại các xã, phường có phản ánh nhũng nhiễu.',
  '5. Thủ tục hành chính công: Giao Sở Nông nghiệp và Môi trường chủ trì rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất. Thời gian thực hiện: Hằng năm.',
  '6. Cung ứng dịch vụ công: Giao Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo nâng cao chất lượng khám chữa bệnh tại trạm y tế xã.',
  '7. Quản trị môi trường: Giao Sở Nông nghiệp và Môi trường chủ trì kiểm tra xử lý cơ sở gây ô nhiễm nguồn nước. Thời gian thực hiện: Thường xuyên.',
  '8. Quản trị điện tử: Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh, UBND các xã, phường hướng dẫn người dân dùng Cổng dịch vụ công quốc gia.',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Sở Nội vụ theo dõi, tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2025.',
];
