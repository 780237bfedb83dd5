// Converts DuckDB's Arrow results into plain rows (shared by the browser and the Node connector).
// Typed structurally so this module needs no direct dependency on apache-arrow; it imports nothing, so the
// connector and the console's connection can both use its types without a cycle.

/** A plain result row (the connector's Row): column name → JS value. */
type PlainRow = Record<string, unknown>;

/** The part of an Arrow field's type we read. */
interface ArrowTypeLike {
  readonly typeId: number;
  readonly scale?: number;
}

/** The part of an Arrow table we read. */
export interface ArrowTableLike {
  readonly numRows: number;
  readonly schema: { readonly fields: readonly { readonly name: string; readonly type: ArrowTypeLike }[] };
  getChildAt(index: number): { get(index: number): unknown } | null;
}

// apache-arrow's `Type` enum values (stable across versions).
const ARROW_TYPE_DECIMAL = 7;
const ARROW_TYPE_DATE = 8;
const ARROW_TYPE_TIMESTAMP = 10;

const MS_PER_DAY = 86_400_000;

/** One Arrow cell → a plain JS value: BigInt → number, dates → 'YYYY-MM-DD', timestamps → ISO strings. */
export function toPlainValue(value: unknown, type: ArrowTypeLike): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  switch (type.typeId) {
    case ARROW_TYPE_DATE: {
      const ms = value instanceof Date ? value.getTime() : Number(value);
      return new Date(Math.round(ms / MS_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
    }
    case ARROW_TYPE_TIMESTAMP: {
      const ms = value instanceof Date ? value.getTime() : Number(value);
      return new Date(ms).toISOString();
    }
    case ARROW_TYPE_DECIMAL: {
      // Only reached without castDecimalToDouble: Arrow hands back a scaled big integer.
      if (typeof value === 'number') return value;
      return Number(String(value)) / 10 ** (type.scale ?? 0);
    }
    default:
      if (value instanceof Date) return value.toISOString();
      return value;
  }
}

/** Reads every row of an Arrow table into plain objects keyed by column name. */
export function arrowTableToRows<T = PlainRow>(table: ArrowTableLike): T[] {
  const fields = table.schema.fields;
  const columns = fields.map((_, i) => table.getChildAt(i));
  const rows: T[] = [];
  for (let r = 0; r < table.numRows; r += 1) {
    const row: PlainRow = {};
    fields.forEach((field, c) => {
      row[field.name] = toPlainValue(columns[c]?.get(r), field.type);
    });
    rows.push(row as T);
  }
  return rows;
}
