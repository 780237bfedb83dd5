// Files chosen with a file input or dropped on the zone around it: one set of handlers for every drop zone.
import type { ChangeEvent, DragEvent } from 'react';
import { useId, useState } from 'react';

/** What the handlers need of a drag event (React's DragEvent has it). */
interface FileDragEvent {
  preventDefault: () => void;
  dataTransfer: { files: ArrayLike<File> };
}

/** What the change handler needs of the file input. */
interface FileChangeEvent {
  currentTarget: { files: ArrayLike<File> | null; value: string };
}

/** The zone's and the input's handlers; `setDragging` marks the zone while files hover over it. */
export function createFileDropHandlers(
  setDragging: (dragging: boolean) => void,
  onFiles: (files: File[]) => void,
) {
  return {
    // Without preventDefault the browser refuses the drop (and opens the file itself).
    onDragOver: (event: FileDragEvent) => {
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (event: FileDragEvent) => {
      event.preventDefault();
      setDragging(false);
      onFiles(Array.from(event.dataTransfer.files));
    },
    onChange: (event: FileChangeEvent) => {
      const files = Array.from(event.currentTarget.files ?? []);
      // Cleared so choosing the same file again (after fixing it) fires a change.
      event.currentTarget.value = '';
      onFiles(files);
    },
  };
}

/** Props to spread on the drop zone element and on its file input (its `id` is for the label, the keyboard-operable choose button). */
export interface FileDrop {
  zone: {
    className: string;
    onDragOver: (event: DragEvent<HTMLElement>) => void;
    onDragLeave: () => void;
    onDrop: (event: DragEvent<HTMLElement>) => void;
  };
  input: {
    id: string;
    className: string;
    type: 'file';
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  };
}

/** A drop zone and its file input: every file chosen or dropped goes to `onFiles`, in order. */
export function useFileDrop(onFiles: (files: File[]) => void): FileDrop {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const { onChange, ...zoneHandlers } = createFileDropHandlers(setDragging, onFiles);
  return {
    zone: { className: dragging ? 'drop-zone is-dragging' : 'drop-zone', ...zoneHandlers },
    input: { id, className: 'file-input', type: 'file', onChange },
  };
}
