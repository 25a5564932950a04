/**
 * Dropdown choices for a user's locale and time zone, labelled with `Intl` in the UI language.
 * Used by the on-demand adapters (rest, scim) only. A field's `options` become a getter (see
 * {@link liveOptions}): built when the form renders, in the language of that moment, and keeping the
 * user's current value even when it is not among the usual ones (so a save never replaces it).
 */
import type { FieldDefinition, FieldOption, FieldValue } from './model.js';

/** Locales offered besides the browser's own languages and the user's current one. */
const COMMON = 'en-US en-GB es-ES es-MX es-419 pt-BR pt-PT fr-FR fr-CA de-DE it-IT nl-NL pl-PL sv-SE tr-TR ru-RU ar hi-IN ja-JP ko-KR zh-CN zh-TW';

const uniq = (values: unknown[]) => [...new Set(values.filter((v): v is string => typeof v === 'string' && !!v))];

/** Remembers the last result per key: a render asks for the options more than once. */
function memo<T>(make: (key: string) => T): (key: string) => T {
  let last: string | undefined;
  let value: T;
  return (key) => (key === last ? value : ((last = key), (value = make(key))));
}

const languages = memo((key) => {
  const [lang = 'en', current, ...values] = key.split(' ');
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  const label = (tag: string) => {
    try {
      // Menus start with a capital even where language names do not ("inglés" → "Inglés").
      const name = names.of(tag) ?? tag;
      return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
    } catch {
      return tag; // not a valid tag: shown as it is
    }
  };
  return uniq(values.length ? [...values, current] : [...COMMON.split(' '), ...navigator.languages, current])
    .map((value): FieldOption => ({ value, label: label(value) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
});

const zones = memo((current) =>
  uniq([...(Intl.supportedValuesOf?.('timeZone') ?? []), current]).map((value): FieldOption => ({ value, label: value.replace(/_/g, ' ') })),
);

const text = (v: FieldValue | undefined) => (typeof v === 'string' ? v : '');

/**
 * BCP 47 tags labelled with their language names in `lang` ("English (United States)"), sorted by
 * label. Without `values`: common locales plus the browser's languages.
 */
export const languageOptions = (lang: string, current: FieldValue | undefined, values: string[] = []): FieldOption[] =>
  languages([lang, text(current), ...values].join(' '));

/** Every IANA time zone the browser knows (`Intl.supportedValuesOf`), plus the current value. */
export const zoneOptions = (current: FieldValue | undefined): FieldOption[] => zones(text(current));

/** Makes `field.options` a getter that builds the choices on each read (each render). */
export const liveOptions = (field: FieldDefinition, build: () => FieldOption[]): FieldDefinition =>
  Object.defineProperty(field, 'options', { get: build, enumerable: true });
