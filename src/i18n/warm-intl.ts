// ICU sets up each Intl service the first time a page uses it: on this project's machines the first
// NumberFormat takes 25-45 ms and the first Collator 10-20 ms, whatever the locale (later ones, any options,
// take under 1 ms). Left to the first screen, that time landed inside React's render of the Overview, a task
// a phone's CPU makes four times longer. The entry asks for each service once, in a task of its own, while the
// shell's code is still downloading, so the render finds them ready.

/** The services the first screen uses, each asked once for `locale` (what it returns does not matter). */
export const INTL_FIRST_USES: readonly ((locale: string) => unknown)[] = [
  (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(38.97),
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
