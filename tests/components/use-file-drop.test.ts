// The drop zones' shared handlers: what a person notices is that a drop is accepted (not opened by the
// browser), the zone lights up while files hover, every file arrives in order, and the same file can be
// chosen again after fixing it.
import { describe, expect, it, vi } from 'vitest';
import { createFileDropHandlers } from '../../src/components/use-file-drop.ts';

const file = (name: string) => new File(['x'], name);

const setup = () => {
  const dragging: boolean[] = [];
  const received: string[][] = [];
  const handlers = createFileDropHandlers(
    (value) => dragging.push(value),
    (files) => received.push(files.map((f) => f.name)),
  );
  return { dragging, received, handlers };
};

describe('createFileDropHandlers', () => {
  it('accepts the drag (so the browser does not open the file) and marks the zone while files hover', () => {
    const { dragging, handlers } = setup();
    const preventDefault = vi.fn();
    handlers.onDragOver({ preventDefault, dataTransfer: { files: [] } });
    expect(preventDefault).toHaveBeenCalled();
    handlers.onDragLeave();
    expect(dragging).toEqual([true, false]);
  });

  it('hands over every dropped file in order, and unmarks the zone', () => {
    const { dragging, received, handlers } = setup();
    const preventDefault = vi.fn();
    handlers.onDrop({ preventDefault, dataTransfer: { files: [file('diem.csv'), file('tien-do.xlsx')] } });
    expect(preventDefault).toHaveBeenCalled();
    expect(dragging).toEqual([false]);
    expect(received).toEqual([['diem.csv', 'tien-do.xlsx']]);
  });

  it('hands over the chosen files and clears the input, so choosing the same file again fires again', () => {
    const { received, handlers } = setup();
    const input = { files: [file('ke-hoach.docx')], value: 'C:\\fakepath\\ke-hoach.docx' };
    handlers.onChange({ currentTarget: input });
    expect(received).toEqual([['ke-hoach.docx']]);
    expect(input.value).toBe('');
  });

  it('hands over no file when the input has none', () => {
    const { received, handlers } = setup();
    handlers.onChange({ currentTarget: { files: null, value: '' } });
    expect(received).toEqual([[]]);
  });
});
