// ICU sets up each Intl service the first time a page uses it: on this project's machines the first Collator
// takes 10-20 ms whatever the locale (later ones, any options, under 1 ms). Left to the first screen, that time
// landed inside the evaluation of the shell's code (the province list's collator) and React's render of the
// Overview, tasks a phone's CPU makes four times longer. The entry asks for each service once, in a task of its
// own, while the shell's code is still downloading, so they find it ready. (Numbers are written without Intl:
// decimal-format.ts.)

/** The services the first screen uses, each asked once for `locale` (what it returns does not matter). */
export const INTL_FIRST_USES: readonly ((locale: string) => unknown)[] = [
  (locale) => new Intl.Collator(locale).compare('Đắk Nông', 'Lâm Đồng'),
  (locale) => new Intl.PluralRules(locale).select(1),
];

/** Runs each first use for `locale` in a task of its own (`schedule`, a timer by default). */
export function warmIntl(
  locale: string,
  schedule: (task: () => void) => void = (task) => setTimeout(task, 0),
): void {
  for (const firstUse of INTL_FIRST_USES) schedule(() => firstUse(locale));
}
