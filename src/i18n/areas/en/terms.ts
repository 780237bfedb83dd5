// English UI text of Words every view uses: the PAPI groups, and report periods as offices write them (formatPeriod).
// The same keys as the Vietnamese source in ../terms.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { termsVi } from '../terms.ts';

export const termsEn: { readonly [K in keyof typeof termsVi]: string } = {
  'group.high': 'High',
  'group.upper_middle': 'Upper-middle',
  'group.lower_middle': 'Lower-middle',
  'group.low': 'Low',
  'period.year': '{year}',
  'period.h1': 'H1 {year}',
  'period.h2': 'H2 {year}',
  'period.q1': 'Q1 {year}',
  'period.q2': 'Q2 {year}',
  'period.q3': 'Q3 {year}',
  'period.q4': 'Q4 {year}',
  'period.m1': 'Jan {year}',
  'period.m2': 'Feb {year}',
  'period.m3': 'Mar {year}',
  'period.m4': 'Apr {year}',
  'period.m5': 'May {year}',
  'period.m6': 'Jun {year}',
  'period.m7': 'Jul {year}',
  'period.m8': 'Aug {year}',
  'period.m9': 'Sep {year}',
  'period.m10': 'Oct {year}',
  'period.m11': 'Nov {year}',
  'period.m12': 'Dec {year}',
};
