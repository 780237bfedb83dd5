// The characters a cell's edges are trimmed of, and a canonical CSV field is quoted for, written out once so
// that TypeScript and DuckDB use the same set: JavaScript's trim() and \s remove exactly these (ECMAScript's
// WhiteSpace and LineTerminator), while DuckDB's trim() keeps tabs and its regular expressions (RE2) take \s
// as ASCII only. Excel and Word leave no-break spaces and tabs around cells; a rule that saw only some of
// them made the bulk path keep a source the row reader trims.

/** Every edge space, one character each (no ranges), for DuckDB's `trim(text, characters)` and a regex class. */
export const EDGE_SPACES =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
