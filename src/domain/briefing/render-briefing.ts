// The briefing sentences in one language: text segments, each figure with its source written out (for the
// hover/focus tip on screen), and the plain paragraphs a briefing deck or the clipboard takes.
import type { BriefingArg, BriefingSentence, BriefingValue } from './briefing-types.ts';
import { composeBriefing } from './compose-briefing.ts';
import type { BriefingFacts } from './briefing-facts.ts';

/**
 * What rendering needs of a language; src/i18n's createI18n(lang) provides it. (Declared here because
 * domain imports nothing from i18n; `t` is a method so the i18n's narrower key type is accepted.)
 */
export interface BriefingLanguage {
  readonly lang: 'vi' | 'en';
  t(key: string, args?: Readonly<Record<string, string | number>>): string;
  formatNumber(value: number | null | undefined, digits?: number): string;
  formatSignedNumber(value: number | null | undefined, digits?: number): string;
  formatRank(rank: number | null | undefined, count: number | null | undefined): string;
  formatPeriod(period: string): string;
}

/** A piece of a rendered sentence; `source` set: a traceable figure. */
export interface BriefingSegment {
  text: string;
  source?: string;
}

/** One rendered sentence. */
export interface BriefingParagraph {
  id: string;
  segments: BriefingSegment[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

function formatValue(value: BriefingValue, language: BriefingLanguage): string {
  switch (value.kind) {
    case 'number':
      return language.formatNumber(value.value);
    case 'signed':
      return language.formatSignedNumber(value.value);
    case 'rank':
      return language.formatRank(value.rank, value.count);
    case 'integer':
      return String(value.value);
    case 'text':
      return value.text;
    case 'name':
      return value.name[language.lang];
    case 'period':
      return language.formatPeriod(value.period);
    case 'message':
      return language.t(value.key, formatArgs(value.args ?? {}, language));
    case 'list':
      return value.items
        .map((item) => `${item.name[language.lang]} (${formatValue(item.figure.value, language)})`)
        .join(', ');
  }
}

function formatArgs(
  args: Readonly<Record<string, BriefingValue>>,
  language: BriefingLanguage,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => [name, formatValue(value, language)]),
  );
}

function argSegments(arg: BriefingArg, language: BriefingLanguage): BriefingSegment[] {
  const value = arg.value;
  if (value.kind === 'list') {
    return value.items.flatMap((item, index) => [
      { text: `${index === 0 ? '' : ', '}${item.name[language.lang]} (` },
      ...argSegments(item.figure, language),
      { text: ')' },
    ]);
  }
  const text = formatValue(value, language);
  if (arg.source === undefined) return [{ text }];
  return [{ text, source: language.t(arg.source.key, formatArgs(arg.source.args, language)) }];
}

/** Adjacent plain segments merged, so the text reads as one run between figures. */
function mergePlain(segments: readonly BriefingSegment[]): BriefingSegment[] {
  const merged: BriefingSegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (segment.text === '') continue;
    if (last !== undefined && last.source === undefined && segment.source === undefined)
      merged[merged.length - 1] = { text: last.text + segment.text };
    else merged.push(segment);
  }
  return merged;
}

/** One sentence in `language`: its template split at the placeholders, each filled in. */
export function renderSentence(sentence: BriefingSentence, language: BriefingLanguage): BriefingParagraph {
  const template = language.t(sentence.key);
  const segments: BriefingSegment[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [placeholder, name = ''] = match;
    segments.push({ text: template.slice(last, match.index) });
    const arg = sentence.args[name];
    segments.push(...(arg === undefined ? [{ text: placeholder }] : argSegments(arg, language)));
    last = match.index + placeholder.length;
  }
  segments.push({ text: template.slice(last) });
  return { id: sentence.id, segments: mergePlain(segments) };
}

/** The summary as rendered sentences (segments with sources). */
export function renderBriefing(facts: BriefingFacts, language: BriefingLanguage): BriefingParagraph[] {
  return composeBriefing(facts).map((sentence) => renderSentence(sentence, language));
}

/** A rendered sentence as plain text. */
export function paragraphText(paragraph: BriefingParagraph): string {
  return paragraph.segments.map((segment) => segment.text).join('');
}

/** The summary as plain paragraphs, one sentence each: for the briefing deck and the clipboard. */
export function briefingParagraphs(facts: BriefingFacts, language: BriefingLanguage): string[] {
  return renderBriefing(facts, language).map(paragraphText);
}
