import { configureLocalization } from '@lit/localize';

/** The locales every string is translated to. */
export const LOCALES = ['en', 'es', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

let setLocale: (l: string) => Promise<void> = async () => {};
let current = 'en';
try {
  ({ setLocale } = configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['es', 'pt'],
    // Non-English strings are separate chunks, fetched only when a page asks for them.
    loadLocale: (l) => (l === 'es' ? import('./es/index.js') : import('./pt/index.js')),
  }));
} catch {
  // The host application configured @lit/localize itself (it can be configured once per page);
  // its active locale then applies, and strings it lacks fall back to English.
}

/** The supported locale closest to a BCP 47 tag: `pt-BR` → `pt`, `fr` → `en`. */
export const matchLocale = (tag: string | null | undefined): Locale => {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
};

/**
 * An element's language per SPEC §2: its own `lang`, else the nearest `[lang]` ancestor across
 * shadow roots, else `<html lang>`, else `en`.
 */
export function langOf(el: Element): string {
  for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n instanceof Element && n.getAttribute('lang')) return n.getAttribute('lang')!;
  }
  return document.documentElement.lang || 'en';
}

/**
 * Switches the strings to `tag`'s locale. @lit/localize keeps one active locale per page, so the
 * element connected or changed last decides; the loaded chunk is cached by the module system.
 */
export function useLocale(tag: string): void {
  const l = matchLocale(tag);
  if (l === current) return;
  current = l;
  setLocale(l).catch(() => {
    current = 'en'; // chunk failed to load (offline): stay readable in English
  });
}
