// Splits an agency cell of a plan into single agencies: the one rule, for a plan document being read, an
// imported plan-tasks file and the stored '; '-joined lists the Plan view filters on (splitting those again
// gives them back unchanged).

// Titles that open an agency; a comma is a separator only when one of these follows it,
// because names themselves contain commas ("Thủ trưởng các sở, ban, ngành").
const TITLES = ['Chủ tịch', 'Giám đốc', 'Thủ trưởng', 'Chánh', 'Trạm trưởng', 'Các đơn vị'];
// Bodies a plan's sentences list after a comma ("phối hợp với Công an tỉnh, UBND các xã, phường"): a new
// agency only when the body's name follows (a capital, or "cấp/các/tỉnh/nhân dân/xã/huyện"), so that
// "các Sở, Ban ngành" and "UBND các xã, phường" stay whole.
const BODIES = ['Sở', 'UBND', 'Ủy ban', 'Uỷ ban', 'Công an', 'Thanh tra', 'Văn phòng', 'Ban', 'Bộ Chỉ huy'];
const BODY_NAME = '(?:\\p{Lu}|(?:cấp|các|tỉnh|nhân dân|xã|huyện)(?=[\\s,;]|$))';
const COMMA_BEFORE_TITLE = new RegExp(
  `,\\s*(?=(?:${TITLES.join('|')})\\s|(?:${BODIES.join('|')})\\s+${BODY_NAME})`,
  'u',
);
// "Giám đốc các Sở: Tài chính, Xây dựng" is one title over several departments.
const TITLE_OVER_DEPARTMENTS = /^(.+?)\s+các\s+Sở\s*:\s*(.+)$/u;

// Spelling variants of one agency group, so each group has one name across tasks.
const CANONICAL_NAMES: Readonly<Record<string, string>> = {
  'Thủ trưởng các sở ban, ngành': 'Thủ trưởng các sở, ban, ngành',
};

const tidy = (name: string): string => name.replace(/\s+/g, ' ').trim();

/** Single agencies of a cell, in the plan's order, e.g. `Giám đốc các Sở: A, B` → `Giám đốc Sở A`, `Giám đốc Sở B`. */
export function splitAgencies(cell: string | null): string[] {
  return (cell ?? '')
    .normalize('NFC')
    .split(/[;\n]/)
    .map(tidy)
    .map((part) => part.replace(/^[-•]\s*/, ''))
    .filter((part) => part !== '')
    .flatMap((part) => {
      const grouped = TITLE_OVER_DEPARTMENTS.exec(part);
      if (grouped) {
        const [, title, departments] = grouped;
        return (departments ?? '').split(',').map((d) => `${tidy(title ?? '')} Sở ${tidy(d)}`);
      }
      return part.split(COMMA_BEFORE_TITLE).map(tidy);
    })
    .map((name) => CANONICAL_NAMES[name] ?? name);
}
