// One hue for the report periods, light to dark in time order: the latest period is the darkest bar, and the
// order reads without telling colours apart (colour-blind safe; the legend and labels name each period).
import { OKABE_ITO } from '../palette.ts';

/** The oldest drawn period's colour: light enough to sit behind the latest, dark enough to show on white. */
const OLDEST_COLOUR = '#9FD0EE';
const LATEST_COLOUR = OKABE_ITO.blue;

const channels = (hex: string): number[] => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

/** `count` colours from light (oldest) to Okabe-Ito blue (latest). */
export function periodColours(count: number): string[] {
  const from = channels(OLDEST_COLOUR);
  const to = channels(LATEST_COLOUR);
  return Array.from({ length: count }, (_, index) => {
    const share = count === 1 ? 1 : index / (count - 1);
    const mixed = from.map((value, c) => Math.round(value + ((to[c] ?? value) - value) * share));
    return `#${mixed.map((value) => value.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
  });
}
