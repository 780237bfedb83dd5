// What a row of the 2018+ workbook is, from its labels: column A (English), B (Vietnamese), C (scale).
// Only the unweighted total, the dimensions and the sub-dimensions are scores; confidence bounds,
// standard errors and the weighted block never are, and survey indicators (0%-100%) are left out.

import { foldDiacritics } from '../../domain/fold-text.ts';

export type RowLabel =
  | { readonly kind: 'total' }
  | { readonly kind: 'dimension'; readonly code: string }
  /** A points-scale row: its sub-dimension code, or null when neither number nor name says which. */
  | { readonly kind: 'subdimension'; readonly code: string | null }
  | { readonly kind: 'statistic' }
  | { readonly kind: 'weighted' }
  | { readonly kind: 'unweighted' }
  | { readonly kind: 'survey' }
  | { readonly kind: 'other' };

const STATISTIC =
  /\bci\b|confidence|standard error|std\.? ?err|sai so|khoang tin cay|diem (?:thap|cao)|can (?:duoi|tren)/;
const UNWEIGHTED = /unweighted|khong (?:co )?trong so/;
const WEIGHTED = /weighted|trong so/;
const PAPI_TOTAL = /papi|tong hop|total/;
// A total written without "unweighted" (the weighted block always says it is weighted).
const PLAIN_TOTAL =
  /^(?:(?:total |unweighted )?papi(?: score| total| index)?|tong diem papi|chi so papi(?: tong hop)?|diem papi)$/;
const DIMENSION = /^(?:dimension|chi so noi dung|noi dung)\s*(\d)(?!\s*[.,]\s*\d)/;
// "1.1: Tri thức công dân", "Sub-dimension 1.1", "Chỉ số thành phần 1.1"; never a survey item "1.1.1".
const SUBDIMENSION =
  /^(?:(?:sub-?dimension|chi so thanh phan|thanh phan)\s*)?(\d)\s*[.,]\s*(\d)(?!\d|\s*[.,]\s*\d)/;
const POINTS_SCALE = /diem|point|\d\s*-\s*\d/;

/** Classifies a row by its labels; `nameCode` finds an unnumbered sub-dimension by its name. */
export function classifyRowLabel(
  english: string,
  vietnamese: string,
  scale: string,
  nameCode: () => string | null,
): RowLabel {
  const labels = [foldDiacritics(english), foldDiacritics(vietnamese)];
  const both = labels.join(' | ');
  if (STATISTIC.test(both)) return { kind: 'statistic' };
  const unweighted = UNWEIGHTED.test(both);
  if (!unweighted && WEIGHTED.test(both)) return { kind: 'weighted' };
  if (scale.includes('%')) return { kind: 'survey' };
  for (const label of labels) {
    const dimension = DIMENSION.exec(label);
    if (dimension?.[1] !== undefined) return { kind: 'dimension', code: dimension[1] };
  }
  for (const label of labels) {
    const sub = SUBDIMENSION.exec(label);
    if (sub?.[1] !== undefined && sub[2] !== undefined)
      return { kind: 'subdimension', code: `${sub[1]}.${sub[2]}` };
  }
  if (unweighted && PAPI_TOTAL.test(both)) return { kind: 'total' };
  if (labels.some((label) => PLAIN_TOTAL.test(label))) return { kind: 'total' };
  if (unweighted) return { kind: 'unweighted' };
  const named = nameCode();
  if (named !== null) return { kind: 'subdimension', code: named };
  if (scale.trim() !== '' && POINTS_SCALE.test(foldDiacritics(scale)))
    return { kind: 'subdimension', code: null };
  return { kind: 'other' };
}
