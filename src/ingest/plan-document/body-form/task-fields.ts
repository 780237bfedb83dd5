// Who does a task and by when, as a plan's body writes it: labelled ("Cơ quan chủ trì: …", "Đơn vị thực
// hiện: …", "Thời gian thực hiện: …"), or inside a sentence ("Giao Sở … chủ trì, phối hợp với …",
// "… trước ngày 30/9/2025"). Read from a sentence is a guess, and says so.

/** The fields of one task read from its text. */
export interface TaskFields {
  readonly executing: string;
  readonly supervising: string;
  readonly timeframe: string;
  /** Which fields were read from a sentence rather than from a label. */
  readonly guessed: { readonly executing: boolean; readonly timeframe: boolean };
}

type Field = 'executing' | 'supervising' | 'timeframe';

const LABELS: readonly (readonly [Field, readonly string[]])[] = [
  [
    'executing',
    [
      'cơ quan, đơn vị chủ trì',
      'cơ quan, đơn vị thực hiện',
      'cơ quan chủ trì',
      'đơn vị chủ trì',
      'cơ quan thực hiện',
      'đơn vị thực hiện',
      'chủ trì thực hiện',
      'trách nhiệm thực hiện',
    ],
  ],
  ['supervising', ['cơ quan, đơn vị phối hợp', 'cơ quan phối hợp', 'đơn vị phối hợp', 'phối hợp thực hiện']],
  [
    'timeframe',
    ['thời gian thực hiện', 'thời gian hoàn thành', 'thời hạn hoàn thành', 'thời hạn thực hiện', 'thời hạn'],
  ],
];

const LABEL = new RegExp(
  `(?:^|(?<=[\\s(;.,]))(${LABELS.flatMap(([, words]) => words).join('|')})\\s*:\\s*`,
  'giu',
);
const fieldOfLabel = (label: string): Field | undefined =>
  LABELS.find(([, words]) => words.includes(label.toLowerCase().replace(/\s+/g, ' ')))?.[0];

const tidyValue = (value: string): string =>
  value
    .replace(/[)]+.*$/u, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;.:-]+|[\s,;.:(-]+$/gu, '')
    .trim();

/** The labelled fields of `text` (a value runs to ")", the line's end or the next label) and the text before the first label. */
export function readLabelledFields(text: string): { before: string; fields: Partial<Record<Field, string>> } {
  const matches = [...text.matchAll(LABEL)];
  const fields: Partial<Record<Field, string>> = {};
  matches.forEach((match, index) => {
    const field = fieldOfLabel(match[1] ?? '');
    const start = match.index + match[0].length;
    const end = matches[index + 1]?.index ?? text.length;
    const value = tidyValue(text.slice(start, end).split('\n')[0] ?? '');
    if (field && value !== '' && fields[field] === undefined) fields[field] = value;
  });
  const first = matches[0];
  return { before: first ? text.slice(0, first.index).trim() : text, fields };
}

// Verbs that end the list of agencies in "Giao Sở X chủ trì, phối hợp với Y <verb> …".
const VERBS = [
  'thực hiện',
  'triển khai',
  'tổ chức',
  'tham mưu',
  'xây dựng',
  'hướng dẫn',
  'công khai',
  'rà soát',
  'theo dõi',
  'kiểm tra',
  'nghiên cứu',
  'đẩy mạnh',
  'tăng cường',
  'tuyên truyền',
  'nâng cao',
  'cập nhật',
  'đôn đốc',
  'chỉ đạo',
  'giải quyết',
  'tiếp nhận',
  'duy trì',
  'bảo đảm',
  'đảm bảo',
  'niêm yết',
  'ban hành',
  'đánh giá',
  'khảo sát',
  'quán triệt',
  'phổ biến',
  'vận hành',
  'nâng cấp',
].join('|');
// "Giao" opens the text, a line, a clause or an item ("bàn giao", "giao dịch" are other words); verbs are matched in
// lower case only, so a department's name ("Sở Xây dựng") never ends the list.
const GIVEN_TO = '(?:^|[.;:,\\n]\\s*|-\\s+)[Gg]iao\\s+';
const SUPERVISING = `(?:\\s*,?\\s*phối hợp(?:\\s+với)?\\s+(.+?)(?=\\s+(?:${VERBS})\\b|[.;:]|$))?`;
const ASSIGNMENTS = [
  new RegExp(`${GIVEN_TO}(.+?)\\s*(?:là cơ quan\\s+)?chủ trì${SUPERVISING}`, 'u'),
  new RegExp(`${GIVEN_TO}(.+?)(?=\\s+(?:${VERBS})\\b)`, 'u'),
];

/** An assignment: the agencies it names and the sentence's words around it (the work itself). */
export interface Assignment {
  readonly executing: string;
  readonly supervising: string;
  readonly work: string;
}

/** "Giao Sở X chủ trì, phối hợp với Y …": the executing and supervising agencies it names, or null. */
export function readAssignment(text: string): Assignment | null {
  for (const pattern of ASSIGNMENTS) {
    const match = pattern.exec(text);
    if (match)
      return {
        executing: tidyValue(match[1] ?? ''),
        supervising: tidyValue(match[2] ?? ''),
        work: `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.trim(),
      };
  }
  return null;
}

const DEADLINE_IN_SENTENCE =
  /(?:trước|chậm nhất(?: là)?|hoàn thành trong|trong)\s+(?:ngày\s+)?(?:\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|quý\s+(?:IV|III|II|I|[1-4])\s*\/\s*\d{4}|tháng\s+\d{1,2}\s*\/\s*\d{4})/iu;

/** The deadline phrase a sentence writes ("trước ngày 30/9/2025", "trong Quý III/2025"), or empty. */
export const deadlineInSentence = (text: string): string => DEADLINE_IN_SENTENCE.exec(text)?.[0] ?? '';

/** The fields of a task's text: labels win; otherwise the assignment sentence and a deadline phrase. */
export function readTaskFields(text: string): TaskFields {
  const { fields } = readLabelledFields(text);
  const assignment = readAssignment(text);
  const deadline = deadlineInSentence(text);
  return {
    executing: fields.executing ?? assignment?.executing ?? '',
    supervising: fields.supervising ?? assignment?.supervising ?? '',
    timeframe: fields.timeframe ?? deadline,
    guessed: {
      executing: fields.executing === undefined && assignment !== null && assignment.executing !== '',
      timeframe: fields.timeframe === undefined && deadline !== '',
    },
  };
}

// Fewer words than this left once the labels and "Giao … chủ trì" are taken out: the sentence only assigns.
const MIN_TASK_WORDS = 3;

/** True when a line only says who or when (a label, or "Giao … chủ trì" with no work of its own). */
export function onlyAssigns(text: string): boolean {
  const { before, fields } = readLabelledFields(text);
  const hasLabel = Object.keys(fields).length > 0;
  const rest = hasLabel ? before : text;
  const assignment = readAssignment(rest);
  // "Giao Sở X chủ trì thực hiện": nothing to do but "thực hiện".
  const work = (assignment?.work ?? rest).replace(/^(?:thực hiện|triển khai)\b/u, '');
  const words = work.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
  return (hasLabel || assignment !== null) && words < MIN_TASK_WORDS;
}
