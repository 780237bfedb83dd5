// Words every view uses: the PAPI groups, and report periods as offices write them (formatPeriod).
// Vietnamese is the source; en/terms.ts must provide exactly the same keys.

export const termsVi = {
  'group.high': 'Cao',
  'group.upper_middle': 'Trung bình cao',
  'group.lower_middle': 'Trung bình thấp',
  'group.low': 'Thấp',
  'period.year': 'Năm {year}',
  'period.h1': '6 tháng đầu năm {year}',
  'period.h2': '6 tháng cuối năm {year}',
  'period.q1': 'Quý I/{year}',
  'period.q2': 'Quý II/{year}',
  'period.q3': 'Quý III/{year}',
  'period.q4': 'Quý IV/{year}',
  'period.m1': 'Tháng 1/{year}',
  'period.m2': 'Tháng 2/{year}',
  'period.m3': 'Tháng 3/{year}',
  'period.m4': 'Tháng 4/{year}',
  'period.m5': 'Tháng 5/{year}',
  'period.m6': 'Tháng 6/{year}',
  'period.m7': 'Tháng 7/{year}',
  'period.m8': 'Tháng 8/{year}',
  'period.m9': 'Tháng 9/{year}',
  'period.m10': 'Tháng 10/{year}',
  'period.m11': 'Tháng 11/{year}',
  'period.m12': 'Tháng 12/{year}',
} as const;
