// Sections of a plan about indices other than PAPI (one plan often covers PAR INDEX, SIPAS, PCI and PAPI):
// recognised by their heading so their tasks are left out, never forced into a PAPI dimension.

import { foldWords } from '../match-indicator.ts';

/** The other indices, by the name the review shows and the words (folded) their headings use. */
const OTHER_INDICES: readonly (readonly [string, readonly string[]])[] = [
  ['PAR INDEX', ['par index', 'chi so cai cach hanh chinh']],
  ['SIPAS', ['sipas', 'chi so hai long', 'muc do hai long']],
  ['PCI', ['pci', 'nang luc canh tranh']],
  ['ICT INDEX', ['ict index', 'san sang cho phat trien va ung dung cong nghe thong tin']],
  ['DTI', ['dti', 'chi so chuyen doi so']],
];

// A heading, not a sentence that mentions an index in passing ("… góp phần nâng cao chỉ số PCI").
const MAX_HEADING_WORDS = 30;
const HEADING_OPENINGS =
  /^(?:(?:nhom |doi voi |ve |cai thien |nang cao )?chi so|nhiem vu giai phap|(?:par|ict) index|sipas|pci|dti)\b/;

/** The other index a heading is about ("PAR INDEX"), or null (a PAPI heading, or not a heading). */
export function otherIndexOfHeading(text: string): string | null {
  const folded = foldWords(text);
  if (folded.split(' ').length > MAX_HEADING_WORDS || !HEADING_OPENINGS.test(folded)) return null;
  if (/\bpapi\b|hieu qua quan tri va hanh chinh cong/.test(folded)) return null;
  const padded = ` ${folded} `;
  const found = OTHER_INDICES.find(([, words]) => words.some((word) => padded.includes(` ${word} `)));
  return found ? found[0] : null;
}
