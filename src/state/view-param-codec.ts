// A view's own URL parameters as a typed codec: each parameter is declared once (its name, how its text is
// read, how it is written), so the names the URL keeps, the parser and the writer cannot drift apart.

/** A view's own URL parameters as raw text (absent ones left out). */
export type ViewParams = Readonly<Record<string, string>>;

/** One URL parameter: its text read into a value (never throws) and the value written back. */
export interface ParamField<T> {
  /** The value of the parameter's text; `undefined` when absent. Unusable text gives the default. */
  read: (raw: string | undefined) => T;
  /** The text to write, or null for the default (left out, so links stay short). */
  write: (value: T) => string | null;
}

/** A view's parameters: raw URL text ⇄ a typed value. Checks against the loaded data come later, in the view. */
export interface ViewParamCodec<T> {
  /** The parameter names, in the order links write them. */
  readonly names: readonly string[];
  /** The value of a link without any of the parameters. */
  readonly defaults: T;
  parse: (params: ViewParams) => T;
  /** Only non-default values are written. */
  serialise: (value: T) => ViewParams;
}

/** A codec from one field per parameter; the object's keys are the URL names, in link order. */
export function defineViewParams<T extends object>(fields: {
  readonly [K in keyof T & string]: ParamField<T[K]>;
}): ViewParamCodec<T> {
  const names = Object.keys(fields) as (keyof T & string)[];
  const parse = (params: ViewParams): T =>
    Object.fromEntries(names.map((name) => [name, fields[name].read(params[name])])) as T;
  const serialise = (value: T): ViewParams => {
    const params: Record<string, string> = {};
    for (const name of names) {
      const text = fields[name].write(value[name]);
      if (text !== null) params[name] = text;
    }
    return params;
  };
  return { names, defaults: parse({}), parse, serialise };
}

/** Free text, trimmed; blank or absent is null. */
export const optionalTextField: ParamField<string | null> = {
  read: (raw) => {
    const trimmed = raw?.trim() ?? '';
    return trimmed === '' ? null : trimmed;
  },
  write: (value) => value,
};

/** One of a few words (case and spaces forgiven); anything else is `fallback`, which links leave out. */
export function choiceField<T extends string>(allowed: readonly T[], fallback: T): ParamField<T> {
  return {
    read: (raw) => {
      const word = raw?.trim().toLowerCase();
      return allowed.find((option) => option === word) ?? fallback;
    },
    write: (value) => (value === fallback ? null : value),
  };
}
