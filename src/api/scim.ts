/**
 * The `scim` dialect: SCIM 2.0 (RFC 7643/7644) self-service, as Asgardeo, WSO2, Okta and Entra ID
 * speak it, every call relative to `api-base` in `application/scim+json`: `GET /Me`, `PATCH /Me`
 * (PatchOp), `DELETE /Me`, and `GET /Schemas`, which drives the form. The whole mapping lives here.
 * Loaded on demand by `createApi`: import types only (see kit.ts).
 *
 * Field keys are SCIM attribute paths: `displayName`, `name.givenName` for the core User, and
 * `urn:…:enterprise:2.0:User:department` for extensions, so a change is sent back by its key.
 */
import { languageOptions, liveOptions, zoneOptions } from './choices.js';
import type { AdapterKit } from './kit.js';
import type { FieldDefinition, FieldType, FieldValue, FieldValues, FormConfig, Profile } from './model.js';
import type { ProfileApi } from './profile-api.js';
import { SCIM_CORE_USER, SCIM_PATCH_OP } from './scim.wire.js';
import type { Json } from './shape.js';

const CORE = SCIM_CORE_USER;
const PATCH_OP = SCIM_PATCH_OP;
/** Attributes the user never edits nor needs to see in the form (`active` is the admin's switch). */
const SKIP = /^(id|externalId|meta|schemas|groups|password|active)$/i;
/** Where `GET /Schemas` is refused (403/404/501): the core attributes most servers let users edit. */
const FALLBACK = 'name.givenName name.familyName displayName nickName preferredLanguage locale timezone';

/** What the server says about itself: its schemas, which of them a User has (when it says), and what it supports. */
type Server = [schemas: unknown[], userSchemas: Set<string> | undefined, supports: { patch: boolean; changePassword: boolean }];

/** `givenName` → `Given name`. */
const readable = (name: string) => {
  const s = name.replace(/([a-z\d])([A-Z])/g, '$1 $2').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
};
const lc = (s: string) => s.toLowerCase();

/** Creates the SCIM adapter over a transport whose base is `api-base` and type `application/scim+json`. */
export function scimApi({ http, Err, shape, locale }: AdapterKit): ProfileApi {
  const { obj, isObj, list, str, num, bool } = shape;
  /** The last values seen (dropdowns keep the current value) and field keys known (error mapping). */
  let seen: FieldValues = {};
  let fields: FieldDefinition[] = [];
  let server: Promise<Server> | undefined;
  /** `DELETE /Me`, `PATCH /Me` answered 501: from then on the form configuration says so. */
  let noSelfDelete = false;
  let noPatch = false;

  /** A multi-valued attribute (strings or `{value, primary}` objects) as a list of strings. */
  const strings = (v: unknown[]) =>
    v.map((x) => (isObj(x) ? str(x.value ?? x.display ?? x.formatted) : str(x))).filter((x): x is string => x !== undefined);
  /** Case-insensitive attribute read (SCIM attribute names are case-insensitive). */
  const get = (o: Json, k: string) => o[k] ?? o[Object.keys(o).find((x) => lc(x) === lc(k)) ?? k];

  /** Every attribute of the user as `path → value`, complex ones flattened (`name.givenName`). */
  function flatten(o: Json, prefix: string, out: FieldValues) {
    for (const [k, v] of Object.entries(o)) {
      if (!prefix && /^urn:/i.test(k)) {
        if (isObj(v)) flatten(v, `${k}:`, out);
      } else if (Array.isArray(v)) out[prefix + k] = strings(v);
      else if (isObj(v)) for (const [s, sv] of Object.entries(v)) out[`${prefix}${k}.${s}`] = Array.isArray(sv) ? strings(sv) : scalar(sv);
      else out[prefix + k] = scalar(v);
    }
    return out;
  }
  const scalar = (v: unknown): FieldValue => (typeof v === 'boolean' || typeof v === 'number' ? v : (str(v) ?? null));

  function toProfile(data: unknown): Profile {
    const u = obj(data, 'user');
    const id = str(u.id);
    if (!id) throw new Err(200, 'shape', 'Unexpected response: user without id');
    const values = flatten(u, '', {});
    delete values.password;
    seen = values;
    const entries = (k: string) => {
      const v = get(u, k);
      return (Array.isArray(v) ? v : []).map((x) => (isObj(x) ? x : ({ value: x } as Json))).filter((x) => str(x.value));
    };
    const emails = entries('emails').map((e) => ({ address: str(e.value)!, primary: bool(e.primary) }));
    const email = (emails.find((e) => e.primary) ?? emails[0])?.address;
    const photos = entries('photos');
    const name = isObj(get(u, 'name')) ? (get(u, 'name') as Json) : {};
    const meta = isObj(u.meta) ? u.meta : {};
    return {
      id,
      externalId: str(u.externalId),
      name:
        str(get(u, 'displayName')) ||
        str(name.formatted) ||
        str(get(u, 'name')) ||
        [name.givenName, name.familyName].map(str).filter(Boolean).join(' ') ||
        str(get(u, 'userName')) ||
        email ||
        '',
      username: str(get(u, 'userName')),
      email,
      avatarUrl: http.resolve(str((photos.find((p) => bool(p.primary)) ?? photos[0])?.value)),
      locale: str(get(u, 'locale')),
      timezone: str(get(u, 'timezone')),
      createdAt: str(meta.created),
      emails,
      phones: entries('phoneNumbers').map((p) => ({ number: str(p.value)!, primary: bool(p.primary) })),
      values,
      delegatedToken: null,
    };
  }

  /** One schema attribute (and its sub-attributes) as field definitions. */
  function toFields(a: unknown, prefix: string, out: FieldDefinition[], parent?: Json) {
    if (!isObj(a) || !str(a.name)) return;
    const name = str(a.name)!;
    const mutability = lc(str(a.mutability) ?? '').replace(/[^a-z]/g, '');
    if ((!parent && SKIP.test(name)) || mutability === 'writeonly' || lc(str(a.returned) ?? '') === 'never' || name === '$ref') return;
    const key = prefix + name;
    const multiple = bool(a.multiValued);
    const editable = mutability !== 'readonly' && mutability !== 'immutable' && (!parent || parent.editable !== false);
    // Without a displayName the element labels the field itself (translated for the core attributes).
    const label = str(a.displayName);
    const order = num(a.displayOrder) || num(parent?.order);
    const subs = Array.isArray(a.subAttributes) ? a.subAttributes.filter(isObj) : [];
    const type = lc(str(a.type) ?? 'string');
    if (type === 'complex' && !multiple) {
      // A reference to another resource (`manager`: value + $ref + displayName) shows its name only.
      const ref = subs.some((s) => s.name === '$ref') && subs.find((s) => /^display/i.test(str(s.name) ?? ''));
      if (ref) toFields({ ...ref, displayName: label ?? readable(name), mutability: 'readOnly' }, `${key}.`, out, { editable, order, label });
      else {
        // Unnumbered parts follow the numbered ones (name: first, last, then full, middle, …).
        const last = Math.max(order, ...subs.map((s) => num(s.displayOrder)));
        subs.forEach((s, i) => toFields(s, `${key}.`, out, { editable, order: last && last + (i + 1) / 100, label }));
      }
      return;
    }
    const canonical = Array.isArray(a.canonicalValues) ? a.canonicalValues.map(str).filter((v): v is string => !!v) : [];
    const languages = /^(locale|preferredLanguage)$/i.test(name);
    let kind: FieldType =
      type === 'boolean' ? 'boolean'
      : type === 'integer' || type === 'decimal' ? 'number'
      : type === 'datetime' ? 'datetime'
      : type === 'reference' || /photo|url$/i.test(name) ? 'url'
      : /birth|^date|Date$/.test(name) ? 'date'
      : /email/i.test(name) ? 'email'
      : /phone|mobile/i.test(name) ? 'tel'
      : 'text';
    if (canonical.length || (!multiple && (languages || /^timezone$/i.test(name)))) kind = 'dropdown';
    const field: FieldDefinition = {
      key,
      label,
      type: kind,
      required: bool(a.required),
      // A list of complex values (emails, phone numbers) is shown, not edited, here.
      editable: editable && !(multiple && type === 'complex'),
      multiple,
      pattern: str(a.regEx),
      step: type === 'integer' ? 1 : undefined,
      past: /birth/i.test(name) || undefined,
      position: order || 1000 + out.length,
    };
    if (kind === 'dropdown') {
      liveOptions(field, () =>
        languages ? languageOptions(locale(), seen[key], canonical)
        : canonical.length ? [...new Set([...canonical, ...[seen[key]].filter((v): v is string => typeof v === 'string' && !!v)])].map((value) => ({ value, label: value }))
        : zoneOptions(seen[key]),
      );
    }
    out.push(field);
  }

  /**
   * The fields of the user's schemas: those `/ResourceTypes` names for the `User` type (its schema and
   * extensions), else — a server without `/ResourceTypes` — the core User and every schema that is not
   * core, a group or an API message.
   */
  function formFields(resources: unknown[], userSchemas: Set<string> | undefined): FieldDefinition[] {
    const out: FieldDefinition[] = [];
    for (const s of resources) {
      const id = isObj(s) ? str(s.id) : undefined;
      if (!id || (userSchemas ? !userSchemas.has(lc(id)) : id !== CORE && /:core:|group|:api:/i.test(id))) continue;
      for (const a of Array.isArray((s as Json).attributes) ? ((s as Json).attributes as unknown[]) : []) {
        toFields(a, id === CORE ? '' : `${id}:`, out);
      }
    }
    return out.sort((a, b) => a.position - b.position);
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
        (e) => absent(e, [{ id: CORE, attributes: FALLBACK.split(' ').map((p) => p.split('.')).map(([n, s]) => (s ? { name: n, type: 'complex', subAttributes: [{ name: s }] } : { name: n })) }]),
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
   * 'name.givenName' is required"`) becomes a field error on that field's key.
   */
  function fieldErrors(e: unknown): never {
    if (!(e instanceof Err) || e.status !== 400 || Object.keys(e.fieldErrors).length) throw e;
    const keys = [...fields.map((f) => f.key), ...Object.keys(seen), 'password'];
    for (const token of e.message.match(/[A-Za-z$][\w$]*(?:[.:][A-Za-z$][\w$]*)*/g) ?? []) {
      const key = keys.find((k) => lc(k) === lc(token) || lc(k).endsWith(`:${lc(token)}`));
      if (!key) continue;
      const rest = e.message.slice(e.message.indexOf(token) + token.length);
      const message = /^'?:\s/.test(rest) ? rest.replace(/^'?:\s+/, '') : e.message;
      throw new Err(e.status, e.kind, e.message, { [key]: [message] }, e.retryAfter);
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
      .request('PATCH', '/Me', { body: { schemas: [PATCH_OP], Operations }, signal })
      .catch(unsupported(() => (noPatch = true)))
      .catch(fieldErrors);

  const api: ProfileApi = {
    async getProfile(signal) {
      return toProfile(await http.request('GET', '/Me', { signal }));
    },

    async updateProfile(changes, signal) {
      const types = new Map(fields.map((f) => [f.key, f.type]));
      const ops = Object.entries(changes).map(([path, value]): Json => {
        if (value === null || value === '' || (Array.isArray(value) && !value.length)) return { op: 'remove', path };
        // A `datetime-local` value has no zone: SCIM wants a full xsd:dateTime.
        if (types.get(path) === 'datetime' && typeof value === 'string' && !/(Z|[+-]\d\d:?\d\d)$/.test(value)) {
          const d = new Date(value);
          if (!Number.isNaN(d.getTime())) value = d.toISOString();
        }
        return { op: 'replace', path, value };
      });
      if (!ops.length) return api.getProfile(signal);
      const r = await patch(ops, signal);
      // RFC 7644 lets a server answer 204 without the resource: read it back then.
      return r === undefined ? api.getProfile(signal) : toProfile(r);
    },

    async changePassword(password, _current, signal) {
      await patch([{ op: 'add', value: { password } }], signal);
    },

    async deleteAccount(signal) {
      await http.request('DELETE', '/Me', { signal }).catch(unsupported(() => (noSelfDelete = true)));
      return 'deleted';
    },

    async getFormConfig(signal): Promise<FormConfig> {
      const [schemas, userSchemas, spc] = await loadServer(signal);
      fields = formFields(schemas, userSchemas);
      return {
        fields,
        readOnly: noPatch || !spc.patch,
        canDelete: true,
        deleteUnsupported: noSelfDelete,
        subscriptions: false,
        password: spc.changePassword && spc.patch && !noPatch ? { kind: 'inline' } : { kind: 'none' },
        email: { kind: 'none' },
      };
    },
  };
  return api;
}
