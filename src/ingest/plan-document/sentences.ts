// Prose split into sentences: the one rule for a plan's body tasks and its goals.

// A sentence ends at a full stop before a capital letter ("… cấp xã. Giao Sở …"); "30/9/2025." ends a line.
const SENTENCE_END = /(?<=\.)\s+(?=\p{Lu})/u;

/** The sentences of a paragraph, as written (spaces kept), without empty ones. */
export const splitSentences = (text: string): string[] =>
  text.split(SENTENCE_END).filter((sentence) => sentence.trim() !== '');
