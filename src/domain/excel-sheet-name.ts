// Excel's rule for a sheet name, decided here only: at most 31 characters, none of : \ / ? * [ ].

export const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/g;

/** `name` as Excel accepts it: each forbidden character a space, the edges trimmed, cut to 31 characters. */
export const excelSheetName = (name: string): string =>
  name.replace(SHEET_NAME_FORBIDDEN, ' ').trim().slice(0, SHEET_NAME_MAX);
