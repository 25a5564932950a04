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
