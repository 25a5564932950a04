/**
 * `Intl` formatters, made once per locale and options and kept: building one costs far more than
 * using it (a notification list of ten items needs twenty of them on each render).
 */
const made = new Map<string, unknown>();

type IntlClass<T> = new (locale: string, options?: object) => T;

export function intl<T>(Class: IntlClass<T>, locale: string, options?: object): T {
  const key = `${Class.name} ${locale} ${JSON.stringify(options)}`;
  let f = made.get(key) as T | undefined;
  if (!f) made.set(key, (f = new Class(locale, options)));
  return f;
}

/** A number in the locale's digits and grouping ("1,000", "1.000"). */
export const number = (n: number, locale: string) => intl(Intl.NumberFormat, locale).format(n);

/** The options of a full date and time ("Mar 5, 2026, 2:30 PM"). */
export const DATE_TIME = { dateStyle: 'medium', timeStyle: 'short' } as const;
/** The options of a relative date ("yesterday", "2 hours ago"). */
export const RELATIVE = { numeric: 'auto' } as const;

const warmed = new Set<string>();

/**
 * Makes the formatters every page shows, one per idle moment, while its data is on the way. The
 * first `Intl` object of a page sets up ICU, which takes tens of milliseconds: done now, it costs
 * nothing the user waits for, where done by the first render it would delay every section.
 */
export function warmIntl(locale: string): void {
  if (warmed.has(locale)) return;
  warmed.add(locale);
  const idle = globalThis.requestIdleCallback ?? setTimeout;
  for (const make of [
    () => number(0, locale),
    () => intl(Intl.PluralRules, locale).select(0),
    () => intl(Intl.DateTimeFormat, locale, DATE_TIME).format(0),
    () => intl(Intl.RelativeTimeFormat, locale, RELATIVE).format(0, 'day'),
  ])
    idle(make);
}
