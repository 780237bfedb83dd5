import { describe, expect, it } from 'vitest';
import { sql, sqlIdentifier, sqlJoin, sqlRaw, sqlStringLiteral } from '../../src/db/sql.ts';

describe('sql tag', () => {
  it('replaces every value with a placeholder and collects the values in order', () => {
    const q = sql`SELECT * FROM t WHERE a = ${'P43'} AND b > ${2020} AND c = ${null}`;
    expect(q.text).toBe('SELECT * FROM t WHERE a = ? AND b > ? AND c = ?');
    expect(q.params).toEqual(['P43', 2020, null]);
  });

  it('never splices a hostile value into the text', () => {
    const q = sql`SELECT * FROM t WHERE a = ${"x'; DROP TABLE t; --"}`;
    expect(q.text).not.toContain('DROP');
    expect(q.params).toEqual(["x'; DROP TABLE t; --"]);
  });

  it('embeds fragments as SQL, keeping their params in order', () => {
    const where = sql`year = ${2023}`;
    const q = sql`SELECT ${1} AS one FROM t WHERE ${where} AND code = ${'P01'}`;
    expect(q.text).toBe('SELECT ? AS one FROM t WHERE year = ? AND code = ?');
    expect(q.params).toEqual([1, 2023, 'P01']);
  });

  it('joins fragments', () => {
    const q = sqlJoin([sql`a = ${1}`, sql`b = ${2}`], ' AND ');
    expect(q.text).toBe('a = ? AND b = ?');
    expect(q.params).toEqual([1, 2]);
  });

  it('quotes identifiers from constants and rejects anything else', () => {
    expect(sql`SELECT * FROM ${sqlIdentifier('score_rows')}`.text).toBe('SELECT * FROM "score_rows"');
    expect(() => sqlIdentifier('x"; DROP TABLE t')).toThrow(/Invalid SQL identifier/);
  });

  it('embeds raw text and escapes string literals', () => {
    expect(sqlRaw('SELECT 1').text).toBe('SELECT 1');
    expect(sqlStringLiteral("it's").text).toBe("'it''s'");
  });

  it('refuses non-finite numbers', () => {
    expect(() => sql`SELECT ${Number.NaN}`).toThrow(TypeError);
  });
});
