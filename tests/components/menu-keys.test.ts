// The keyboard of the charts' export menu: what each key does in an open menu of four items.
import { describe, expect, it } from 'vitest';
import { menuKeyAction } from '../../src/components/menu-keys.ts';

describe('menuKeyAction', () => {
  it('moves down and up with wrap-around at both ends', () => {
    expect(menuKeyAction('ArrowDown', 1, 4)).toEqual({ kind: 'focus', index: 2 });
    expect(menuKeyAction('ArrowDown', 3, 4)).toEqual({ kind: 'focus', index: 0 });
    expect(menuKeyAction('ArrowUp', 0, 4)).toEqual({ kind: 'focus', index: 3 });
    expect(menuKeyAction('ArrowUp', 2, 4)).toEqual({ kind: 'focus', index: 1 });
  });

  it('goes to the first item on Home and the last on End', () => {
    expect(menuKeyAction('Home', 2, 4)).toEqual({ kind: 'focus', index: 0 });
    expect(menuKeyAction('End', 0, 4)).toEqual({ kind: 'focus', index: 3 });
  });

  it('closes back to the button on Escape, and lets Tab move focus on', () => {
    expect(menuKeyAction('Escape', 1, 4)).toEqual({ kind: 'close', focusButton: true });
    expect(menuKeyAction('Tab', 1, 4)).toEqual({ kind: 'close', focusButton: false });
  });

  it('leaves other keys, and an empty menu, to the browser', () => {
    expect(menuKeyAction('a', 1, 4)).toBeNull();
    expect(menuKeyAction('ArrowDown', -1, 0)).toBeNull();
  });
});
