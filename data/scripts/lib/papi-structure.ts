/** The PAPI structure (current, 2021 onwards, plus dropped sub-dimensions) with official names. */

export interface SubdimensionDef {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
}

export interface DimensionDef {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly subdimensions: readonly SubdimensionDef[];
}

// Vietnamese sub-dimension names: the wording of plan 474/KH-UBND for the same code, except where
// the plan names a different concept than PAPI scores (5.2, 7.2, 7.3) or a task rather than the
// indicator (6.4), and its typo "công thông tin" in 8.3. See data/README.md.
// English names: data/sources/papi/codebook_subcriteria.csv.
export const PAPI_DIMENSIONS: readonly DimensionDef[] = [
  {
    code: '1',
    nameVi: 'Tham gia của người dân ở cấp cơ sở',
    nameEn: 'Participation at Local Levels',
    subdimensions: [
      { code: '1.1', nameVi: 'Tri thức công dân về chính sách hiện hành', nameEn: 'Civic Knowledge' },
      { code: '1.2', nameVi: 'Cơ hội tham gia', nameEn: 'Opportunities for Participation in Elections' },
      {
        code: '1.3',
        nameVi: 'Chất lượng bầu cử Trưởng thôn, Tổ trưởng',
        nameEn: 'Quality of Village Head Elections',
      },
      { code: '1.4', nameVi: 'Tham gia đóng góp tự nguyện', nameEn: 'Voluntary Contributions' },
    ],
  },
  {
    code: '2',
    nameVi: 'Công khai, minh bạch trong việc ra quyết định ở địa phương',
    nameEn: 'Transparency in Local Decision-making',
    subdimensions: [
      { code: '2.1', nameVi: 'Tiếp cận thông tin', nameEn: 'Access to Information' },
      { code: '2.2', nameVi: 'Công khai danh sách hộ nghèo', nameEn: 'Poverty List Transparency' },
      { code: '2.3', nameVi: 'Công khai thu, chi ngân sách', nameEn: 'Communal Budget Transparency' },
      {
        code: '2.4',
        nameVi: 'Công khai minh bạch kế hoạch sử dụng đất, bảng giá đất',
        nameEn: 'Transparent Land-Use Plan/Price Frames',
      },
    ],
  },
  {
    code: '3',
    nameVi: 'Trách nhiệm giải trình với người dân',
    nameEn: 'Vertical Accountability Towards Citizens',
    subdimensions: [
      {
        code: '3.1',
        nameVi: 'Mức độ và hiệu quả trong tiếp xúc với chính quyền',
        nameEn: 'Interactions With Local Authorities',
      },
      {
        code: '3.2',
        nameVi: 'Giải quyết khiếu nại, tố cáo của người dân',
        nameEn: 'Governments Responsive to Citizen Appeals',
      },
      { code: '3.3', nameVi: 'Tiếp cận dịch vụ tư pháp', nameEn: 'Access to Justice Services' },
    ],
  },
  {
    code: '4',
    nameVi: 'Kiểm soát tham nhũng trong khu vực công',
    nameEn: 'Control of Corruption in the Public Sector',
    subdimensions: [
      {
        code: '4.1',
        nameVi: 'Kiểm soát tham nhũng trong chính quyền',
        nameEn: 'Limits on Corruption in Local Governments',
      },
      {
        code: '4.2',
        nameVi: 'Kiểm soát tham nhũng trong cung ứng dịch vụ công',
        nameEn: 'Limits on Corruption in Service Delivery',
      },
      {
        code: '4.3',
        nameVi: 'Công bằng trong tuyển dụng vào khu vực công',
        nameEn: 'Equity in State Employment',
      },
      { code: '4.4', nameVi: 'Quyết tâm chống tham nhũng', nameEn: 'Willingness to Fight Corruption' },
    ],
  },
  {
    code: '5',
    nameVi: 'Thủ tục hành chính công',
    nameEn: 'Public Administrative Procedures',
    subdimensions: [
      {
        code: '5.1',
        nameVi: 'Chứng thực, xác nhận của chính quyền địa phương',
        nameEn: 'Certification Procedures',
      },
      { code: '5.2', nameVi: 'Cấp phép xây dựng', nameEn: 'Construction Permits' },
      { code: '5.3', nameVi: 'Giấy chứng nhận quyền sử dụng đất', nameEn: 'Land Title Procedures' },
      { code: '5.4', nameVi: 'Thủ tục hành chính cấp xã, phường', nameEn: 'Personal Procedures' },
    ],
  },
  {
    code: '6',
    nameVi: 'Cung ứng dịch vụ công',
    nameEn: 'Public Service Delivery',
    subdimensions: [
      { code: '6.1', nameVi: 'Y tế công lập', nameEn: 'Public Healthcare' },
      { code: '6.2', nameVi: 'Giáo dục tiểu học công lập', nameEn: 'Primary Education' },
      { code: '6.3', nameVi: 'Hạ tầng căn bản', nameEn: 'Basic Infrastructure' },
      { code: '6.4', nameVi: 'An ninh, trật tự khu dân cư', nameEn: 'Law and Order' },
    ],
  },
  {
    code: '7',
    nameVi: 'Quản trị môi trường',
    nameEn: 'Environmental Governance',
    subdimensions: [
      { code: '7.1', nameVi: 'Nghiêm túc trong bảo vệ môi trường', nameEn: 'Environmental Protection' },
      { code: '7.2', nameVi: 'Chất lượng không khí', nameEn: 'Quality of Air' },
      { code: '7.3', nameVi: 'Chất lượng nước', nameEn: 'Quality of Water' },
    ],
  },
  {
    code: '8',
    nameVi: 'Quản trị điện tử',
    nameEn: 'E-Governance',
    subdimensions: [
      {
        code: '8.1',
        nameVi: 'Sử dụng Cổng thông tin điện tử của chính quyền địa phương',
        nameEn: 'Access to E-Government Portals',
      },
      {
        code: '8.2',
        nameVi: 'Tiếp cận và sử dụng Internet tại địa phương',
        nameEn: 'Access to the Internet',
      },
      {
        code: '8.3',
        nameVi: 'Phúc đáp của chính quyền qua cổng thông tin điện tử',
        nameEn: 'E-Responsiveness of Provincial Authorities',
      },
    ],
  },
];

/** Sub-dimension codes in PAPI order, `1.1` ... `8.3`. */
export const SUBDIMENSION_CODES: readonly string[] = PAPI_DIMENSIONS.flatMap((d) =>
  d.subdimensions.map((s) => s.code),
);
