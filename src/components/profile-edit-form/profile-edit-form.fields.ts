/**
 * The field logic of `<profile-edit-form>`, apart from its templates: labels, typed values,
 * read-only display and validation messages. Works on any dialect's `FieldDefinition`s.
 */
import { msg } from '@lit/localize';
import type { FieldDefinition, FieldOption, FieldValue, FieldValues } from '../../api/model.js';
import { DATE_TIME, intl, number } from '../../internal/intl.js';

/** Translated labels for the standard keys of the built-in dialects, and Modyo's `sex` codes. */
const known = (): Record<string, string> => ({
  first_name: msg('First name', { id: 'edit.f.first_name' }),
  last_name: msg('Last name', { id: 'edit.f.last_name' }),
  second_last_name: msg('Second last name', { id: 'edit.f.second_last_name' }),
  email: msg('Email', { id: 'edit.f.email' }),
  birth_date: msg('Date of birth', { id: 'edit.f.birth_date' }),
  sex: msg('Gender', { id: 'edit.f.sex' }),
  'sex.0': msg('Male', { id: 'edit.sex.0' }),
  'sex.1': msg('Female', { id: 'edit.sex.1' }),
  'sex.4': msg('Non-binary', { id: 'edit.sex.4' }),
  'sex.5': msg('Other', { id: 'edit.sex.5' }),
  'sex.6': msg('Prefer not to say', { id: 'edit.sex.6' }),
  name: msg('Name', { id: 'edit.f.name' }),
  bio: msg('About you', { id: 'edit.f.bio' }),
  avatarUrl: msg('Profile picture URL', { id: 'edit.f.avatarUrl' }),
  locale: msg('Language and region', { id: 'edit.f.locale' }),
  timezone: msg('Time zone', { id: 'edit.f.timezone' }),
  // SCIM core attributes, for servers whose /Schemas gives no displayName (or is refused).
  userName: msg('Username', { id: 'edit.f.userName' }),
  'name.givenName': msg('First name', { id: 'edit.f.first_name' }),
  'name.familyName': msg('Last name', { id: 'edit.f.last_name' }),
  'name.middleName': msg('Middle name', { id: 'edit.f.middleName' }),
  'name.formatted': msg('Full name', { id: 'edit.f.formatted' }),
  displayName: msg('Display name', { id: 'edit.f.displayName' }),
  nickName: msg('Nickname', { id: 'edit.f.nickName' }),
  preferredLanguage: msg('Preferred language', { id: 'edit.f.preferredLanguage' }),
  title: msg('Job title', { id: 'edit.f.title' }),
  emails: msg('Email addresses', { id: 'edit.f.emails' }),
  phoneNumbers: msg('Phone numbers', { id: 'edit.f.phoneNumbers' }),
});

/** `favouriteColour`, `favourite_colour` → `Favourite colour`. */
const readable = (name: string) => {
  const s = name.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/** The server's label, else ours for a standard key, else one made from the key's last segment. */
export const fieldLabel = (f: FieldDefinition) => f.label || known()[f.key] || readable(f.key.replace(/^custom\./, '').split(/[.:]/).pop() || f.key);

export const optionLabel = (f: FieldDefinition, o: FieldOption) => o.label || known()[`${f.key}.${o.value}`] || o.value;

/** One checkbox holding true/false (rather than a group of options). */
export const isBool = (f: FieldDefinition) => f.type === 'boolean' || (f.type === 'checkbox' && !f.multiple);

/**
 * A value as it is compared and sent: numbers as numbers, lists as `string[]`, single checkboxes
 * as booleans, empty as `null`. Controls hand over raw strings (so typing "0" or a new line is
 * never rewritten under the cursor); this types them.
 */
export function norm(f: FieldDefinition, v: FieldValue | undefined): FieldValue {
  if (f.multiple) return v == null ? [] : typeof v === 'string' ? v.split('\n').map((s) => s.trim()).filter(Boolean) : [v].flat().map(String);
  if (isBool(f)) return v === true || v === 'true';
  if (v == null || v === '') return null;
  if (f.type === 'number' && !isNaN(+v)) return +v;
  if (f.type === 'datetime') {
    const d = when(v);
    if (d) return d.toISOString();
  }
  return String(v);
}

/**
 * A date and time from the server or a control: ISO 8601, or (WSO2's EPOCH attributes) seconds
 * since 1970 given as digits; `undefined` when it is neither.
 */
export function when(v: FieldValue | undefined): Date | undefined {
  const s = String(v ?? '');
  const d = /^\d{9,11}$/.test(s) ? new Date(+s * 1000) : new Date(s);
  return s && !isNaN(+d) ? d : undefined;
}

const key = (v: FieldValue) => JSON.stringify(Array.isArray(v) ? [...v].sort() : v);

/** The editable fields whose value differs from `base`, typed for `updateProfile`. */
export function diff(fields: FieldDefinition[], values: FieldValues, base: FieldValues): FieldValues {
  const changes: FieldValues = {};
  for (const f of fields) {
    const v = norm(f, values[f.key]);
    if (f.editable && key(v) !== key(base[f.key])) changes[f.key] = v;
  }
  return changes;
}

/** A value for reading (read-only fields): dates and numbers in the locale, options by label. */
export function display(f: FieldDefinition, v: FieldValue | undefined, locale: string): string {
  const n = v == null ? null : norm(f, v); // an unset boolean is "Not set", not "No"

  if (n == null || (Array.isArray(n) && !n.length)) return msg('Not set', { id: 'edit.unset' });
  if (typeof n === 'boolean') return n ? msg('Yes', { id: 'edit.yes' }) : msg('No', { id: 'edit.no' });
  if (typeof n === 'number') return number(n, locale);
  const date = f.type === 'date';
  const d = when(date ? String(n).slice(0, 10) : n);
  if ((date || f.type === 'datetime') && d) {
    return intl(Intl.DateTimeFormat, locale, date ? { dateStyle: 'long', timeZone: 'UTC' } : DATE_TIME).format(d);
  }
  const labels = [n].flat().map((x) => {
    const o = f.options?.find((o) => o.value === x);
    return o ? optionLabel(f, o) : x;
  });
  // "a, b and c" / "a, b y c" / "a, b e c"
  return intl(Intl.ListFormat, locale, { type: 'conjunction' }).format(labels);
}

/** What is wrong with a field's value, in words for the user; `''` when nothing is. */
export function problem(f: FieldDefinition, v: FieldValue, el?: HTMLInputElement | null): string {
  const s = el?.validity;
  if (s?.badInput) return f.type === 'number' ? msg('Enter a number.', { id: 'edit.v.number' }) : msg('Enter a real date.', { id: 'edit.v.date' });
  if (f.required && (v == null || v === false || (Array.isArray(v) && !v.length))) return msg('This field is required.', { id: 'edit.v.required' });
  if (s?.typeMismatch) {
    return f.type === 'email'
      ? msg('Enter an email address like name@example.com.', { id: 'edit.v.email' })
      : msg('Enter a full web address, starting with https://.', { id: 'edit.v.url' });
  }
  if (s?.stepMismatch) return msg('Enter a whole number.', { id: 'edit.v.whole' });
  if (s?.rangeOverflow) return msg('Enter a date that is not in the future.', { id: 'edit.v.future' });
  if (f.pattern && v != null) {
    try {
      const re = new RegExp(`^(?:${f.pattern})$`, 'u');
      if ([v].flat().some((x) => !re.test(String(x)))) return msg('Enter a value in the expected format.', { id: 'edit.v.pattern' });
    } catch {
      // a pattern this browser cannot compile is left to the server
    }
  }
  return '';
}
