// The SQL editor: CodeMirror 6 with DuckDB-friendly SQL highlighting, completion of the loaded tables and
// columns, Ctrl+Enter (Cmd+Enter) to run, and the fault DuckDB reported marked in the text.

import '@fontsource/be-vietnam-pro/400.css';
import { PostgreSQL, sql, type SQLNamespace } from '@codemirror/lang-sql';
import CodeMirror, {
  Decoration,
  EditorView,
  keymap,
  Prec,
  StateEffect,
  StateField,
  type DecorationSet,
  type ReactCodeMirrorRef,
} from '@uiw/react-codemirror';
import type { ReactNode, Ref } from 'react';
import { useEffect, useImperativeHandle, useMemo, useRef } from 'react';

/** The marked fault: an offset into the text (the word there is underlined, its line tinted). */
export interface EditorFault {
  offset: number;
}

export interface SqlEditorHandle {
  focus: () => void;
}

interface SqlEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Runs the editor's text (Ctrl+Enter). */
  onRun: (sql: string) => void;
  schema: SQLNamespace;
  fault: EditorFault | null;
  label: string;
  handle?: Ref<SqlEditorHandle>;
}

const setFault = StateEffect.define<EditorFault | null>();

const faultField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, transaction) {
    let next = transaction.docChanged ? Decoration.none : decorations;
    for (const effect of transaction.effects) {
      if (!effect.is(setFault)) continue;
      const fault = effect.value;
      if (fault === null) {
        next = Decoration.none;
        continue;
      }
      const doc = transaction.state.doc;
      const from = Math.min(Math.max(fault.offset, 0), doc.length);
      const line = doc.lineAt(from);
      const word = /^[\w$"'.]+/.exec(doc.sliceString(from, line.to))?.[0] ?? '';
      const to = Math.min(from + Math.max(word.length, 1), line.to);
      const marks = [Decoration.line({ class: 'cm-sql-fault-line' }).range(line.from)];
      if (to > from) marks.push(Decoration.mark({ class: 'cm-sql-fault' }).range(from, to));
      next = Decoration.set(marks, true);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** The console's editor; `onRun` runs on Ctrl+Enter as on the Run button. */
export function SqlEditor({
  value,
  onChange,
  onRun,
  schema,
  fault,
  label,
  handle,
}: SqlEditorProps): ReactNode {
  const editor = useRef<ReactCodeMirrorRef>(null);

  useImperativeHandle(handle, () => ({ focus: () => editor.current?.view?.focus() }), []);

  const extensions = useMemo(
    () => [
      sql({ dialect: PostgreSQL, schema, upperCaseKeywords: true }),
      Prec.highest(
        keymap.of([
          {
            key: 'Mod-Enter',
            run: (view) => {
              onRun(view.state.doc.toString());
              return true;
            },
          },
        ]),
      ),
      faultField,
      EditorView.lineWrapping,
      // tabindex: the contenteditable is a Tab stop anyway; said explicitly, axe sees that the scroller it fills
      // has keyboard access (scrollable-region-focusable, once a long query scrolls it at 390 px).
      EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
    ],
    [schema, label, onRun],
  );

  useEffect(() => {
    editor.current?.view?.dispatch({ effects: setFault.of(fault) });
  }, [fault]);

  return (
    <div className="sql-console-editor" data-testid="sql-console-editor">
      <CodeMirror
        ref={editor}
        value={value}
        onChange={onChange}
        extensions={extensions}
        indentWithTab={false}
        minHeight="8rem"
        maxHeight="24rem"
        basicSetup={{ foldGutter: false, highlightActiveLine: false }}
      />
    </div>
  );
}
