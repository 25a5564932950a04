/**
 * The `scim` dialect: SCIM 2.0 (RFC 7643/7644) as WSO2 Identity Server, Asgardeo, Okta, Entra ID and
 * SCIMMY speak it, every call relative to `api-base` in `application/scim+json`. Self-service works
 * on `/Me`; with `user-id` (administrator mode, the Asgardeo Console) on `/Users/{id}`. `GET /Schemas`
 * (see `scim.schema.ts`), `/ResourceTypes` and `/ServiceProviderConfig` drive the form. The whole
 * mapping lives here. Loaded on demand by `createApi`: import types only from the entry (see kit.ts).
 *
 * Field keys are SCIM attribute paths: `displayName`, `name.givenName` for the core User, and
 * `urn:…:enterprise:2.0:User:department` for extensions, so a change is sent back by its key.
 */
import type { AdapterKit } from './kit.js';
import type { AccountState, ContactEmail, ContactPhone, FieldDefinition, FieldValue, FieldValues, FormConfig, Profile } from './model.js';
import type { ProfileApi } from './profile-api.js';
import { FALLBACK_SCHEMAS, formFields } from './scim.schema.js';
import { SCIM_PATCH_OP, SCIM_WSO2_USER } from './scim.wire.js';
import type { Json } from './shape.js';

/** What the server says about itself: its schemas, which of them a User has (when it says), and what it supports. */
type Server = [schemas: unknown[], userSchemas: Set<string> | undefined, supports: { patch: boolean; changePassword: boolean }];

const lc = (s: string) => s.toLowerCase();
/** A user-store domain before a username (`DEFAULT/kim@…`, `PRIMARY/kim`): not part of the name people know. */
const STORE = /^[A-Z_][A-Z0-9_]*\//;
const ADDRESS = ['streetAddress', 'locality', 'region', 'postalCode', 'country'];

/** Creates the SCIM adapter over a transport whose base is `api-base` and type `application/scim+json`. */
export function scimApi({ http, Err, shape, locale, userId }: AdapterKit): ProfileApi {
  const { obj, isObj, list, str, bool } = shape;
  /** The resource: the signed-in user's, or (administrator mode) the one `user-id` names. */
  const self = userId ? `/Users/${encodeURIComponent(userId)}` : '/Me';
  /** The last values seen (dropdowns keep the current value) and field keys known (error mapping). */
  let seen: FieldValues = {};
  let fields: FieldDefinition[] = [];
  let server: Promise<Server> | undefined;
  /** `DELETE`, `PATCH` answered 501: from then on the form configuration says so. */
  let noDelete = false;
  let noPatch = false;

  /** One item of a multi-valued attribute as text: its value, display name, or (addresses) its parts. */
  const itemText = (x: unknown) =>
    isObj(x) ? (str(x.value ?? x.display ?? x.formatted) ?? (ADDRESS.map((k) => str(x[k])).filter(Boolean).join(', ') || undefined)) : str(x);
  const strings = (v: unknown[]) => v.map(itemText).filter((x): x is string => x !== undefined);
  /** Case-insensitive attribute read (SCIM attribute names are case-insensitive). */
  const get = (o: Json, k: string) => o[k] ?? o[Object.keys(o).find((x) => lc(x) === lc(k)) ?? k];
  const scalar = (v: unknown): FieldValue => (typeof v === 'boolean' || typeof v === 'number' ? v : (str(v) ?? null));

  /**
   * Every attribute of the user as `path → value`, complex ones flattened (`name.givenName`); items of
   * a list with a `type` also by that type, as WSO2's schemas name them (`phoneNumbers.mobile`,
   * `addresses#home.locality`).
   */
  function flatten(o: Json, prefix: string, out: FieldValues) {
    for (const [k, v] of Object.entries(o)) {
      if (!prefix && /^urn:/i.test(k)) {
        if (isObj(v)) flatten(v, `${k}:`, out);
      } else if (Array.isArray(v)) {
        out[prefix + k] = strings(v);
        for (const x of v.filter(isObj)) {
          const type = str(x.type);
          if (!type) continue;
          out[`${prefix}${k}.${type}`] ??= itemText(x) ?? null;
          for (const [s, sv] of Object.entries(x)) out[`${prefix}${k}#${type}.${s}`] ??= scalar(sv);
        }
      } else if (isObj(v)) for (const [s, sv] of Object.entries(v)) out[`${prefix}${k}.${s}`] = Array.isArray(sv) ? strings(sv) : scalar(sv);
      else out[prefix + k] = scalar(v);
    }
    return out;
  }

  function toProfile(data: unknown): Profile {
    const u = obj(data, 'user');
    const id = str(u.id);
    if (!id) throw new Err(200, 'shape', 'Unexpected response: user without id');
    const values = flatten(u, '', {});
    delete values.password;
    const username = str(get(u, 'userName'))?.replace(STORE, '');
    if (username !== undefined) values.userName = username;
    seen = values;
    const wso2 = isObj(u[SCIM_WSO2_USER]) ? (u[SCIM_WSO2_USER] as Json) : {};
    /** A list's items as objects: WSO2 sends the primary email as a plain string among them. */
    const items = (k: string) => {
      const v = get(u, k);
      return (Array.isArray(v) ? v : []).map((x) => (isObj(x) ? x : ({ value: x, plain: true } as Json))).filter((x) => str(x.value));
    };
    const primary = (xs: Json[]) => xs.find((x) => bool(x.primary)) ?? xs.find((x) => x.plain) ?? xs[0];
    const emailItems = items('emails');
    const first = primary(emailItems);
    const pendingEmails = (Array.isArray(wso2.pendingEmails) ? wso2.pendingEmails : [wso2.pendingEmails]).map(itemText).filter((x): x is string => !!x);
    const emails: ContactEmail[] = [
      ...emailItems.map((e) => ({ address: str(e.value)!, primary: e === first })),
      ...pendingEmails.map((address) => ({ address, pending: true })),
    ];
    const phoneItems = items('phoneNumbers');
    const mobile = phoneItems.find((p) => lc(str(p.type) ?? '') === 'mobile');
    const pendingMobile = str(wso2.pendingMobileNumber);
    const phones: ContactPhone[] = [
      ...phoneItems.map((p) => ({ number: str(p.value)!, primary: bool(p.primary) || (!phoneItems.some((q) => bool(q.primary)) && p === mobile) })),
      ...(pendingMobile ? [{ number: pendingMobile, pending: true }] : []),
    ];
    const photos = items('photos');
    const name = isObj(get(u, 'name')) ? (get(u, 'name') as Json) : {};
    const meta = isObj(u.meta) ? u.meta : {};
    const names = (k: string) => (Array.isArray(get(u, k)) ? (get(u, k) as unknown[]).map((x) => (isObj(x) ? str(x.display) : undefined) ?? itemText(x)).filter((x): x is string => !!x) : undefined);
    const account: AccountState | undefined = userId
      ? { locked: bool(wso2.accountLocked), disabled: bool(wso2.accountDisabled), lockedReason: str(wso2.lockedReason), groups: names('groups'), roles: names('roles') }
      : undefined;
    return {
      id,
      externalId: str(u.externalId),
      name:
        str(get(u, 'displayName')) ||
        str(name.formatted) ||
        str(get(u, 'name')) ||
        [name.givenName, name.familyName].map(str).filter(Boolean).join(' ') ||
        username ||
        str(first?.value) ||
        '',
      username,
      email: str(first?.value),
      // The picture: `profileUrl` (WSO2's avatar), else the primary photo.
      avatarUrl: http.resolve(str(get(u, 'profileUrl')) ?? str(primary(photos)?.value)),
      locale: str(get(u, 'locale')),
      timezone: str(get(u, 'timezone')),
      createdAt: str(meta.created),
      emails,
      phones,
      values,
      delegatedToken: null,
      account,
    };
  }

  /** A list endpoint's resources: a `ListResponse` or, as WSO2 answers `/Schemas`, a bare array. */
  const resources = (r: unknown, what: string) => (Array.isArray(r) ? r : list(obj(r, what).Resources, 'Resources'));

  /** Where the server has no such endpoint (or refuses it to this user): the answer to use instead. */
  const absent = <T>(e: unknown, instead: T): T => {
    if (e instanceof Err && [403, 404, 405, 501].includes(e.status)) return instead;
    throw e;
  };

  /**
   * What the server says about itself, once per client (a failure is retried by the next call), in
   * parallel: `/Schemas` (else the core attributes most servers let users edit), `/ResourceTypes`
   * (which schemas a User has; else unknown) and `/ServiceProviderConfig` (whether it takes PATCH
   * and password changes; unknown counts as yes).
   */
  function loadServer(signal?: AbortSignal): Promise<Server> {
    // Parse inside the chain: a body of the wrong shape is a failure like any other, and every
    // failure clears the cache so "Try again" asks again.
    return (server ??= Promise.all([
      http.request('GET', '/Schemas', { signal }).then(
        (r) => resources(r, 'schemas'),
        (e) => absent(e, FALLBACK_SCHEMAS),
      ),
      http.request('GET', '/ResourceTypes', { signal }).then(
        (r) => {
          const user = resources(r, 'resource types').find((t) => isObj(t) && (str(t.id) === 'User' || str(t.name) === 'User' || /\/Users$/i.test(str(t.endpoint) ?? ''))) as Json | undefined;
          const extensions = Array.isArray(user?.schemaExtensions) ? user.schemaExtensions.filter(isObj).map((x) => str(x.schema)) : [];
          return user && str(user.schema) ? new Set([str(user.schema)!, ...extensions].filter((x): x is string => !!x).map(lc)) : undefined;
        },
        (e) => absent(e, undefined),
      ),
      http.request('GET', '/ServiceProviderConfig', { signal }).then(
        (r) => {
          const c = obj(r, 'service provider config');
          const supported = (k: string) => !isObj(c[k]) || (c[k] as Json).supported === undefined || bool((c[k] as Json).supported);
          return { patch: supported('patch'), changePassword: supported('changePassword') };
        },
        (e) => absent(e, { patch: true, changePassword: true }),
      ),
    ]).catch((e) => {
      server = undefined;
      throw e;
    }));
  }

  /**
   * A SCIM error whose `detail` names an attribute (`"password: too short"`, `"Attribute
   * 'name.givenName' is required"`, `userName … already in use`) becomes a field error on that
   * field's key (400, and 409 for a value that must be unique).
   */
  function fieldErrors(e: unknown): never {
    if (!(e instanceof Err) || (e.status !== 400 && e.status !== 409) || Object.keys(e.fieldErrors).length) throw e;
    const keys = [...fields.map((f) => f.key), ...Object.keys(seen), 'password'];
    for (const token of e.message.match(/[A-Za-z$][\w$]*(?:[.:][A-Za-z$][\w$]*)*/g) ?? []) {
      const key = keys.find((k) => lc(k) === lc(token) || lc(k).endsWith(`:${lc(token)}`));
      if (!key) continue;
      const rest = e.message.slice(e.message.indexOf(token) + token.length);
      const message = /^'?:\s/.test(rest) ? rest.replace(/^'?:\s+/, '') : e.message;
      throw new Err(e.status, e.kind, e.message, { [key]: [message] }, e.retryAfter, e.scimType);
    }
    throw e;
  }

  /** A 501 (the server does not implement it) as an `unsupported` error; `then` remembers it. */
  const unsupported = (then: () => void) => (e: unknown): never => {
    if (e instanceof Err && e.status === 501) {
      then();
      throw new Err(501, 'unsupported', e.message);
    }
    throw e;
  };

  const patch = (Operations: Json[], signal?: AbortSignal) =>
    http
      .request('PATCH', self, { body: { schemas: [SCIM_PATCH_OP], Operations }, signal })
      .catch(unsupported(() => (noPatch = true)))
      .catch(fieldErrors);

  /** After a PATCH: the resource it answered, or (204, as RFC 7644 allows) the one read back. */
  const after = async (r: unknown, signal?: AbortSignal) => (r === undefined ? api.getProfile(signal) : toProfile(r));

  const api: ProfileApi = {
    async getProfile(signal) {
      return toProfile(await http.request('GET', self, { signal }));
    },

    async updateProfile(changes, signal) {
      const types = new Map(fields.map((f) => [f.key, f.type]));
      const ops = Object.entries(changes).map(([path, value]): Json => {
        if (value === null || value === '' || (Array.isArray(value) && !value.length)) return { op: 'remove', path };
        if (types.get(path) === 'datetime' && typeof value === 'string') {
          const d = new Date(value);
          if (!Number.isNaN(d.getTime())) {
            // An EPOCH attribute (WSO2) keeps its seconds; elsewhere SCIM wants a full xsd:dateTime
            // (a `datetime-local` value has no zone).
            const was = seen[path];
            value = typeof was === 'string' && /^\d{9,11}$/.test(was) ? String(Math.round(+d / 1000)) : /(Z|[+-]\d\d:?\d\d)$/.test(value) ? value : d.toISOString();
          }
        }
        return { op: 'replace', path, value };
      });
      if (!ops.length) return api.getProfile(signal);
      return after(await patch(ops, signal), signal);
    },

    async changePassword(password, _current, signal) {
      await patch([{ op: 'add', value: { password } }], signal);
    },

    async deleteAccount(signal) {
      await http.request('DELETE', self, { signal }).catch(unsupported(() => (noDelete = true)));
      return 'deleted';
    },

    async getFormConfig(signal): Promise<FormConfig> {
      const [schemas, userSchemas, spc] = await loadServer(signal);
      const wso2 = schemas.filter(isObj).find((s) => str(s.id) === SCIM_WSO2_USER);
      fields = formFields(schemas, userSchemas, { shape, profile: userId ? 'console' : 'endUser', seen: () => seen, locale, wso2: !!wso2 });
      // New values awaiting verification, beside the field they will replace (read when the form
      // renders: the profile may arrive after the configuration).
      const pending = (...keys: string[]) => () => [keys.map((k) => seen[`${SCIM_WSO2_USER}:${k}`])].flat(2).find((v): v is string => typeof v === 'string' && !!v);
      for (const f of fields) {
        const name = f.key.split(':').pop()!;
        const get = /^(emails|emailAddresses)$/i.test(name) ? pending('pendingEmails.value', 'pendingEmails') : /^(phoneNumbers(\.mobile)?|mobileNumbers)$/i.test(name) ? pending('pendingMobileNumber') : undefined;
        if (get) Object.defineProperty(f, 'pending', { get, enumerable: true });
      }
      const has = (name: string) => !!wso2 && Array.isArray(wso2.attributes) && wso2.attributes.some((a) => isObj(a) && str(a.name) === name);
      const readOnly = noPatch || !spc.patch;
      return {
        fields,
        readOnly,
        canDelete: true,
        deleteUnsupported: noDelete,
        subscriptions: false,
        // WSO2 reports `changePassword.supported: false` although it takes password changes (a
        // mismatch of its configuration key: wso2/product-is#20738): believed only elsewhere.
        password: !userId && !readOnly && (spc.changePassword || !!wso2) ? { kind: 'inline' } : { kind: 'none' },
        email: { kind: 'none' },
        admin: userId && !readOnly ? { invite: has('forcePasswordReset'), temporary: true, lock: has('accountLocked'), disable: has('accountDisabled') } : undefined,
      };
    },
  };

  if (userId) {
    /** Administrator mode: the password reset and the account switches of the Console. */
    api.resetPassword = async (method, password, signal) => {
      // WSO2 emails the user a link when `forcePasswordReset` is set (the Console's "Invite user to reset").
      await patch([method === 'invite' ? { op: 'add', value: { [SCIM_WSO2_USER]: { forcePasswordReset: true } } } : { op: 'replace', value: { password } }], signal);
    };
    api.setAccountStatus = async (status, signal) => {
      const value: Json = {};
      if (status.locked !== undefined) value.accountLocked = status.locked;
      if (status.disabled !== undefined) value.accountDisabled = status.disabled;
      return after(await patch([{ op: 'replace', value: { [SCIM_WSO2_USER]: value } }], signal), signal);
    };
  }
  return api;
}
