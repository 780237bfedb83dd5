// Where in the SQL text DuckDB's error points: its messages end with "LINE n: <the line>" and a caret
// under the fault (long lines are cut to a window around it and marked with "...").

/** A fault's place: 1-based line and column, and the 0-based offset into the whole text. */
export interface SqlTextLocation {
  line: number;
  column: number;
  offset: number;
}

const LINE_MARK = /^LINE (\d+): (.*)$/;
const ELLIPSIS = '...';

/** Reads the line and column of the fault from an engine message about `text`; null when it names none. */
export function locateEngineError(message: string, text: string): SqlTextLocation | null {
  const messageLines = message.split('\n');
  const markIndex = messageLines.findIndex((line) => LINE_MARK.test(line));
  const match = LINE_MARK.exec(messageLines[markIndex] ?? '');
  const caretLine = messageLines[markIndex + 1] ?? '';
  const caretAt = caretLine.indexOf('^');
  if (match === null || caretAt === -1) return null;
  const lineNumber = Number(match[1]);
  const excerpt = match[2] ?? '';
  const textLines = text.split('\n');
  const sourceLine = textLines[lineNumber - 1];
  if (sourceLine === undefined) return null;
  const prefixLength = (messageLines[markIndex] ?? '').length - excerpt.length;
  let column = caretAt - prefixLength;
  if (excerpt.startsWith(ELLIPSIS)) {
    // The window's text (without its dots) is found in the real line; the caret counts from the dots.
    const shown = excerpt.slice(ELLIPSIS.length).replace(/\.\.\.$/, '');
    const shownAt = sourceLine.indexOf(shown);
    if (shownAt === -1) return null;
    column = shownAt + column - ELLIPSIS.length;
  }
  column = Math.min(Math.max(column, 0), sourceLine.length);
  const lineStart = textLines.slice(0, lineNumber - 1).reduce((sum, line) => sum + line.length + 1, 0);
  return { line: lineNumber, column: column + 1, offset: lineStart + column };
}
