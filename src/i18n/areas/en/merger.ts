// English UI text of the 2025 merger (both maps of the country, lineage, predecessors' lines), in its own file so
// The same keys as the Vietnamese source in ../merger.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { mergerVi } from '../merger.ts';

export const mergerEn: { readonly [K in keyof typeof mergerVi]: string } = {
  'merger.select.search': 'Find a province or city',
  'merger.select.searchPlaceholder': 'accents optional',
  'merger.select.noMatch': 'No province or city matches “{query}”.',
  'merger.select.matches': '{count} matches',
  'merger.select.groupNew': '34 provinces and cities from 1 July 2025',
  'merger.select.groupOld': '63 provinces and cities up to 2024',
  'merger.old.becameProvince': '{name} — now part of {successor} province',
  'merger.old.becameCity': '{name} — now part of {successor} city',
  'merger.old.becameNamed': '{name} — now part of {successor}',
  'merger.old.same': '{name} — unchanged from 1 July 2025',
  'merger.new.absorbed': '{name} — merges {predecessors}',
  'merger.new.renamed': '{name} — formerly {predecessors}',
  'merger.new.unchanged': '{name} — not merged',
  'merger.predecessor.label': '{name} (former)',
  'merger.note.title': '{province}: a new administrative unit from 1 July 2025',
  'merger.note.noScores':
    '{province} has no PAPI score of its own yet: PAPI up to 2024 scores the 63 former provinces. Below is the latest year of each former province that now forms {province}, side by side; their scores are never added or averaged into a score of {province}.',
  'merger.note.unchanged':
    '{province} has no PAPI score of its own since 1 July 2025 yet. Below is the latest year of the unit before it.',
  'merger.note.lines':
    'In the trend charts each former province is its own line labelled “(former)”, up to the year before {province} has scores of its own; the lines are never joined or averaged.',
  'merger.table.caption': 'Latest scored year of the former provinces that now form {province}',
  'merger.table.predecessor': 'Former province or city',
  'merger.table.year': 'Year',
  'merger.table.total': 'Total score',
  'merger.table.rank': 'Rank',
  'merger.table.group': 'Group',
  'merger.table.noScore': 'no score',
  'merger.trend.predecessorNote':
    'Before {province} has scores of its own: each former province that formed it is its own line, never added or averaged.',
};
