// English UI text of the Nationwide view's map section: the tile map, the 8 small maps and the distribution strips.
// The same keys as the Vietnamese source in ../nation-map.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { nationMapVi } from '../nation-map.ts';

export const nationMapEn: { readonly [K in keyof typeof nationMapVi]: string } = {
  'nationMap.heading': 'Tile map and distribution',
  'nationMap.colour.label': 'Map colour',
  'nationMap.colour.group': 'By group',
  'nationMap.colour.score': 'By score',
  'nationMap.keyboard':
    'Each square is one province, placed roughly where it lies (not a boundary map). With the keyboard: each figure’s “Show as table” button lists every province with its score, rank and group; select a province in the league table or the province picker at the top.',
  'nationMap.loading': 'Loading the map…',
  'nationMap.title': '{indicator} {year}: the provinces on a tile map',
  'nationMap.subtitle.group':
    'Each square is one unit ({map}), placed roughly where it lies. Colour: quartile group among the {count} units scored.',
  'nationMap.subtitle.score':
    'Each square is one unit ({map}), placed roughly where it lies. Colour: score, pale is low, dark is high.',
  'nationMap.map.old': 'the 63 provinces up to 2024',
  'nationMap.map.new': 'the 34 provinces from 1 July 2025',
  'nationMap.summary': '{count} units scored; highest: {top} ({score})',
  'nationMap.summaryNone': 'no unit scored',
  'nationMap.noScore': 'No score',
  'nationMap.scoreLow': 'Low: {value}',
  'nationMap.scoreHigh': 'High: {value}',
  'nationMap.island.hoang-sa': 'Hoàng Sa Archipelago',
  'nationMap.island.truong-sa': 'Trường Sa Archipelago',
  'nationMap.islandShort.hoang-sa': 'Hoàng Sa',
  'nationMap.islandShort.truong-sa': 'Trường Sa',
  'nationMap.island.belongsTo': 'part of {province}',
  'nationMap.table.province': 'Province',
  'nationMap.table.score': 'Score',
  'nationMap.table.rank': 'Rank',
  'nationMap.table.group': 'Group',
  'nationMap.tooltip.group': 'Group',
  'nationMap.multiples.title': 'The {count} dimensions of {year} on tile maps',
  'nationMap.multiples.subtitle':
    'The same tile map ({map}) for each dimension. Colour: the quartile group on that dimension.',
  'nationMap.multiples.subtitleScore':
    'The same tile map ({map}) for each dimension. Colour: score on one shared scale, pale is low, dark is high.',
  'nationMap.multiples.summary': '{count} small maps, one per dimension',
  'nationMap.strips.title': '{province} in the spread of each dimension, {year}',
  'nationMap.strips.titleNone': 'The spread of each dimension, {year}',
  'nationMap.strips.subtitle':
    'Each dot is one scored unit. Thick tick: the median; thin ticks: the quartile cuts (the group boundaries). Each strip has its own scale.',
  'nationMap.strips.selected': 'Selected province',
  'nationMap.strips.peers': 'Same region',
  'nationMap.strips.others': 'Other provinces',
  'nationMap.strips.median': 'Median',
  'nationMap.strips.quartiles': 'Quartile cuts',
  'nationMap.strips.summary': '{province}: {below}/{count} dimensions below the median',
  'nationMap.strips.summaryNone': '{count} dimensions',
  'nationMap.strips.table.p25': '25% cut',
  'nationMap.strips.table.median': 'Median',
  'nationMap.strips.table.p75': '75% cut',
  'nationMap.strips.table.selected': '{province}',
};
