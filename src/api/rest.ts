/**
 * The `rest` dialect: a Bird-style "Current user" API (seeds 002/004), every call relative to
 * `api-base`: `GET /me`, `PATCH /me`, `DELETE /me`. The whole mapping between its JSON and the
 * normalised model lives here. Loaded on demand by `createApi`: import types only (see kit.ts).
 */
import { languageOptions, liveOptions, zoneOptions } from './choices.js';
import type { AdapterKit } from './kit.js';
import type { AccountStatus, FieldDefinition, FieldType, FieldValues, FormConfig, Profile } from './model.js';
import type { ProfileApi } from './profile-api.js';
import type { RestUser } from './rest.wire.js';

/** The attributes `PATCH /me` accepts, in form order, with their control types. */
const EDITABLE: [keyof RestUser & string, FieldType][] = [
  ['name', 'text'],
  ['bio', 'paragraph'],
  ['avatarUrl', 'url'],
  ['locale', 'dropdown'],
  ['timezone', 'dropdown'],
];
const STATUSES = ['pending', 'active', 'deleted', 'invited', 'banned'];

/** Creates the rest adapter over a transport whose base is `api-base`. */
export function restApi({ http, Err, shape, locale }: AdapterKit): ProfileApi {
  const { obj, isObj, str, num, bool } = shape;
  const items = (v: unknown) => (Array.isArray(v) ? v.filter(isObj) : []);
  /** The last values seen: the dropdowns keep the user's current locale and time zone. */
  let seen: FieldValues = {};

  /** A {@link RestUser} as the normalised profile. */
  function toProfile(data: unknown): Profile {
    const u = obj(data, 'user');
    const id = str(u.id);
    if (!id) throw new Err(200, 'shape', 'Unexpected response: user without id');
    const emails = items(u.emails).map((e) => ({ address: str(e.email) ?? '', verified: bool(e.verified) }));
    const email = str(u.defaultEmail) ?? emails[0]?.address;
    const phones = items(u.phoneNumbers).map((p) => ({ number: str(p.phoneNumber) ?? '', verified: bool(p.verified), primary: bool(p.primary) }));
    const phone = str(u.phoneNumber);
    if (phone && !phones.some((p) => p.number === phone)) phones.unshift({ number: phone, verified: false, primary: !phones.length });
    const status = str(u.status);
    seen = Object.fromEntries(EDITABLE.map(([k]) => [k, str(u[k]) ?? null]));
    return {
      id,
      name: str(u.name) || email || '',
      email,
      avatarUrl: http.resolve(str(u.avatarUrl)),
      status: STATUSES.includes(status!) ? (status as AccountStatus) : undefined,
      bio: str(u.bio),
      locale: str(u.locale),
      timezone: str(u.timezone),
      createdAt: str(u.createdAt),
      emails: emails.map((e) => ({ ...e, primary: e.address === email })),
      phones,
      identities: items(u.identities).map((i) => ({ provider: str(i.provider) ?? '', name: str(i.name), email: str(i.email) })),
      activeSessions: num(u.activeSessions),
      badges: Array.isArray(u.badges) ? u.badges.map(str).filter((b): b is string => !!b) : [],
      values: { ...seen },
      delegatedToken: null,
    };
  }

  const api: ProfileApi = {
    async getProfile(signal) {
      return toProfile(await http.request('GET', '/me', { signal }));
    },

    async updateProfile(changes, signal) {
      // Bird validation bodies `{message, errors: {field: [..]}}` already carry our field keys.
      const r = await http.request('PATCH', '/me', { body: changes, signal });
      // A server answering 204 (or 200 without a body) saved it: read the user back.
      return r === undefined ? api.getProfile(signal) : toProfile(r);
    },

    async deleteAccount(signal) {
      const response: { status?: number } = {};
      await http.request('DELETE', '/me', { signal, response });
      return response.status === 202 ? 'pending' : 'deleted';
    },

    async getFormConfig(): Promise<FormConfig> {
      const fields = EDITABLE.map(([key, type], position): FieldDefinition => {
        const field: FieldDefinition = { key, type, required: key === 'name', editable: true, position };
        if (key === 'locale') liveOptions(field, () => languageOptions(locale(), seen.locale));
        if (key === 'timezone') liveOptions(field, () => zoneOptions(seen.timezone));
        return field;
      });
      return { fields, canDelete: true, subscriptions: false, password: { kind: 'none' }, email: { kind: 'none' } };
    },
  };
  return api;
}
