// The keys of a roving focus (the Overview summary's figures): one Tab stop, arrows and Home/End move within.
import { describe, expect, it } from 'vitest';
import { rovingFocusTarget } from '../../src/components/use-roving-focus.ts';

describe('rovingFocusTarget', () => {
  it('moves to the next figure on ArrowRight and ArrowDown, to the one before on ArrowLeft and ArrowUp', () => {
    expect(rovingFocusTarget('ArrowRight', 1, 5)).toBe(2);
    expect(rovingFocusTarget('ArrowDown', 1, 5)).toBe(2);
    expect(rovingFocusTarget('ArrowLeft', 3, 5)).toBe(2);
    expect(rovingFocusTarget('ArrowUp', 3, 5)).toBe(2);
  });

  it('stays on the last or the first figure at the ends (no wrap: the text has a start and an end)', () => {
    expect(rovingFocusTarget('ArrowRight', 4, 5)).toBe(4);
    expect(rovingFocusTarget('ArrowLeft', 0, 5)).toBe(0);
  });

  it('jumps to the first figure on Home and the last on End', () => {
    expect(rovingFocusTarget('Home', 3, 5)).toBe(0);
    expect(rovingFocusTarget('End', 1, 5)).toBe(4);
  });

  it('leaves Tab, Enter, letters and an empty list to the browser', () => {
    for (const key of ['Tab', 'Enter', 'a', ' ']) expect(rovingFocusTarget(key, 1, 5)).toBeNull();
    expect(rovingFocusTarget('ArrowRight', 0, 0)).toBeNull();
  });
});
