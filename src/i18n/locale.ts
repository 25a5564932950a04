import { configureLocalization, LOCALE_STATUS_EVENT, str } from '@lit/localize';

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
    loadLocale: async (l) => ({ templates: compile((await (l === 'es' ? import('./es/index.js') : import('./pt/index.js'))).templates) }),
  }));
} catch {
  // The host application configured @lit/localize itself (it can be configured once per page);
  // its active locale then applies, and strings it lacks fall back to English.
}

/**
 * Translations are plain strings with `{0}`-style placeholders, so the locale chunks import
 * nothing (an import would pull a shared chunk out of the entry); here they become `str` templates.
 */
function compile(translations: Record<string, string>) {
  const templates: Record<string, string | ReturnType<typeof str>> = {};
  for (const [id, t] of Object.entries(translations)) {
    const parts = t.split(/\{(\d+)\}/);
    if (parts.length === 1) templates[id] = t;
    else {
      const strings = parts.filter((_, i) => i % 2 === 0);
      templates[id] = str(Object.assign(strings, { raw: strings }), ...parts.filter((_, i) => i % 2).map(Number));
    }
  }
  return templates;
}

/** The supported locale closest to a BCP 47 tag: `pt-BR` → `pt`, `fr` → `en`. */
export const matchLocale = (tag: string | null | undefined): Locale => {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
};

/**
 * The tag `Intl` formats dates and numbers with: the page's own tag, canonical (`es_MX` → `es-MX`),
 * when its language is one the strings are translated to; else that language's plain tag, so
 * strings and dates never mix languages and an invalid tag never throws.
 */
export function intlLocale(tag: string): string {
  const l = matchLocale(tag);
  try {
    const c = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
    if (c && c.split('-')[0]!.toLowerCase() === l) return c;
  } catch {
    // not a BCP 47 tag
  }
  return l;
}

/**
 * The language `msg()` answers in: the locale @lit/localize last finished loading (also when the host
 * application configured it). Caches of rendered text are valid for one value of it, and labels an
 * adapter builds (language names) follow it.
 */
export let strings = 'en';
globalThis.addEventListener?.(LOCALE_STATUS_EVENT, (e) => {
  if (e.detail.status === 'ready') strings = e.detail.readyLocale;
});

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `cb` whenever a `lang` attribute changes anywhere in the document (the element's own, an
 * ancestor's, `<html>`'s). One observer serves every element; returns the function that stops it.
 */
export function watchLang(cb: () => void): () => void {
  observer ??= new MutationObserver(() => watchers.forEach((w) => w()));
  if (!watchers.size) observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  watchers.add(cb);
  return () => {
    watchers.delete(cb);
    if (!watchers.size) observer!.disconnect();
  };
}

/**
 * An element's language per contract §2: its own `lang`, else the nearest `[lang]` ancestor across
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
