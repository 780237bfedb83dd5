// Names of dimensions and sub-dimensions as plans write them, matched to the official codes
// ignoring case, diacritics and punctuation ("Sự tham gia của người dân…" → 1, "Công khai, minh bạch" → 2).

import { foldDiacritics } from '../../domain/fold-text.ts';

/** An official indicator name (the indicators table). */
export interface IndicatorName {
  readonly code: string;
  readonly level: string;
  readonly nameVi: string;
}

/** The code a name matched and whether the match is exact enough to trust without review. */
export interface NameMatch {
  readonly code: string;
  readonly sure: boolean;
}

/** Lower case, no diacritics, punctuation as spaces. */
export const foldWords = (text: string): string =>
  foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const MIN_CONTAINED_CHARS = 6;
const MIN_GUESS_OVERLAP = 0.6;

const words = (text: string): Set<string> => new Set(text.split(' ').filter((word) => word !== ''));

/** Share of words two names have in common (Dice coefficient). */
function overlap(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return left.size + right.size === 0 ? 0 : (2 * shared) / (left.size + right.size);
}

/**
 * The official name `text` names among `candidates`: equal, or one containing the other (sure when only
 * one does), else the closest by shared words (unsure); null when nothing is close.
 */
export function matchIndicatorName(text: string, candidates: readonly IndicatorName[]): NameMatch | null {
  const key = foldWords(text);
  if (key.length < MIN_CONTAINED_CHARS) return null;
  const named = candidates.map((candidate) => ({ code: candidate.code, key: foldWords(candidate.nameVi) }));
  const equal = named.find((candidate) => candidate.key === key);
  if (equal) return { code: equal.code, sure: true };
  const contained = named.filter(
    (candidate) =>
      candidate.key.length >= MIN_CONTAINED_CHARS &&
      (` ${key} `.includes(` ${candidate.key} `) || ` ${candidate.key} `.includes(` ${key} `)),
  );
  if (contained.length > 0) {
    // The longest official name wins ("Công khai minh bạch kế hoạch sử dụng đất" over a shorter one).
    const [best] = [...contained].sort((a, b) => b.key.length - a.key.length);
    return best ? { code: best.code, sure: contained.length === 1 } : null;
  }
  const scored = named
    .map((candidate) => ({ code: candidate.code, score: overlap(key, candidate.key) }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  return best && best.score >= MIN_GUESS_OVERLAP ? { code: best.code, sure: false } : null;
}
