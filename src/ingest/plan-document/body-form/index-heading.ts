// Headings of a plan's body that name a PAPI dimension or sub-dimension ("1.1. Chỉ số nội dung “Tham gia
// của người dân ở cấp cơ sở”.", "2. Công khai, minh bạch: …", "Chỉ số nội dung 2 …"), matched to the
// official codes by the one name rule (match-indicator).

import { foldWords, matchIndicatorName, type IndicatorName, type NameMatch } from '../match-indicator.ts';

// Longer than this before its colon, a line is a sentence that mentions a dimension, not a heading naming it.
const MAX_HEADING_WORDS = 14;

const LEAD = {
  dimension: /^chỉ\s+số\s+nội\s+dung\s*(?:số\s*)?(\d+)?/iu,
  subdimension: /^chỉ\s+số\s+thành\s+phần\s*(?:số\s*)?(\d+(?:\.\d+)?)?/iu,
} as const;

type Level = keyof typeof LEAD;

/** The heading's name: without the "Chỉ số nội dung N" lead, up to its colon, without quotes and end stop. */
export function headingName(text: string): string {
  const withoutLead = text.replace(LEAD.dimension, '').replace(LEAD.subdimension, '');
  const name = withoutLead.replace(/^\s*[.:–-]?\s*/u, '').split(':')[0] ?? '';
  return name
    .replace(/[“”"‘’'«»]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s.;,]+$/u, '')
    .trim();
}

/** What follows the heading's colon ("2. Công khai, minh bạch: Niêm yết …" → "Niêm yết …"), or empty. */
export function headingBody(text: string): string {
  const withoutLead = text.replace(LEAD.dimension, '').replace(LEAD.subdimension, '');
  const colon = withoutLead.replace(/^\s*[.:–-]?\s*/u, '').indexOf(':');
  return colon < 0
    ? ''
    : withoutLead
        .replace(/^\s*[.:–-]?\s*/u, '')
        .slice(colon + 1)
        .trim();
}

const wordCount = (text: string): number => text.split(' ').filter((word) => word !== '').length;

/** The official code the heading names at `level`, by its number after the lead or by its name; else null. */
function headingMatch(text: string, level: Level, candidates: readonly IndicatorName[]): NameMatch | null {
  const lead = LEAD[level].exec(text);
  const written = lead?.[1];
  if (written && candidates.some((candidate) => candidate.code === written))
    return { code: written, sure: true };
  const name = headingName(text);
  if (name === '' || wordCount(name) > MAX_HEADING_WORDS) return null;
  return matchIndicatorName(name, candidates);
}

/** The dimension a heading names; a sub-dimension's heading ("Chỉ số thành phần …") names none. */
export function dimensionOfHeading(text: string, indicators: readonly IndicatorName[]): NameMatch | null {
  if (LEAD.subdimension.test(text)) return null;
  return headingMatch(
    text,
    'dimension',
    indicators.filter((indicator) => indicator.level === 'dimension'),
  );
}

/** The sub-dimension of `dimension` a heading names ("Chỉ số thành phần 1.2 …", or its official name). */
export function subdimensionOfHeading(
  text: string,
  dimension: string,
  indicators: readonly IndicatorName[],
): NameMatch | null {
  const inDimension = indicators.filter(
    (indicator) => indicator.level === 'subdimension' && indicator.code.startsWith(`${dimension}.`),
  );
  const match = headingMatch(text, 'subdimension', inDimension);
  // Without the "Chỉ số thành phần" lead, only a sure name makes a heading (else it is a task's words).
  return match && (match.sure || LEAD.subdimension.test(text)) ? match : null;
}

// "… Chỉ số nội dung 2 …", "… Chỉ số nội dung “Công khai, minh bạch” …" inside a sentence.
const NAMED_IN_SENTENCE = /chỉ\s+số\s+nội\s+dung\s*(?:số\s*)?(?:(\d)\b|[“"‘']([^”"’']+)[”"’'])/iu;

/** The dimension a sentence names ("Chỉ số nội dung 2", a quoted or the full official name), or null. */
export function dimensionNamedIn(sentence: string, indicators: readonly IndicatorName[]): string | null {
  const dimensions = indicators.filter((indicator) => indicator.level === 'dimension');
  const named = NAMED_IN_SENTENCE.exec(sentence);
  if (named?.[1] && dimensions.some((dimension) => dimension.code === named[1])) return named[1];
  if (named?.[2]) return matchIndicatorName(named[2], dimensions)?.code ?? null;
  const folded = ` ${foldWords(sentence)} `;
  return dimensions.find((dimension) => folded.includes(` ${foldWords(dimension.nameVi)} `))?.code ?? null;
}

/** True when the folded text starts a dimension or sub-dimension heading by its words. */
export const opensWithIndexWords = (text: string): boolean =>
  /^chi so (?:noi dung|thanh phan)\b/.test(foldWords(text));
