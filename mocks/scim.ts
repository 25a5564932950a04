/**
 * scim dialect (SCIM 2.0, RFC 7643/7644, Asgardeo/WSO2-like): `{api-base}/Me`, `/Schemas`,
 * mounted at `…/scim2/…`. PATCH /Me is validated against `realm.scim.schemas`.
 */
import { isObj, jsonResponse, noContent, type Ctx, type DialectDef, type Json, type Route } from './common.js';
import type { MockRealm } from './realm.js';
import { SCIM_CORE_USER, SCIM_ERROR, SCIM_LIST_RESPONSE, SCIM_PATCH_OP, SCIM_WSO2_USER, type ScimAttribute, type ScimSchema, type ScimUser } from './seed.js';

const CONTENT_TYPE = 'application/scim+json';
const json = (body: unknown, status = 200, headers?: Record<string, string>) => jsonResponse(body, status, CONTENT_TYPE, headers);

export type ScimErrorType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers'
  | 'sensitive';

export function scimErrorBody(status: number, detail: string, scimType?: ScimErrorType | string): Json {
  return { schemas: [SCIM_ERROR], status: String(status), ...(scimType ? { scimType } : {}), detail };
}

class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly scimType: ScimErrorType | undefined,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const bad = (scimType: ScimErrorType, detail: string): never => {
  throw new ScimError(400, scimType, detail);
};

const lc = (s: string) => s.toLowerCase();
const findAttr = (list: ScimAttribute[] | undefined, name: string) => list?.find((a) => lc(a.name) === lc(name));

// ---------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------

interface Filter {
  attr: ScimAttribute;
  value: unknown;
}

interface Ref {
  schema: ScimSchema;
  /** undefined → the path is a whole extension schema (its value is an object of attributes). */
  attr?: ScimAttribute;
  filter?: Filter;
  sub?: ScimAttribute;
  /** Human-readable attribute name for error details. */
  label: string;
}

function coreSchema(schemas: ScimSchema[]): ScimSchema {
  return schemas.find((s) => s.id === SCIM_CORE_USER) ?? { schemas: [], id: SCIM_CORE_USER, name: 'User', description: '', attributes: [], meta: { resourceType: 'Schema', location: '' } };
}

function parsePath(path: string, schemas: ScimSchema[]): Ref {
  let rest = path.trim();
  let schema = coreSchema(schemas);
  if (/^urn:/i.test(rest)) {
    const byLength = [...schemas].sort((a, b) => b.id.length - a.id.length);
    const exact = byLength.find((s) => lc(s.id) === lc(rest));
    if (exact) {
      if (exact.id === SCIM_CORE_USER) bad('invalidPath', `Path '${path}' must name an attribute`);
      return { schema: exact, label: exact.id };
    }
    const s = byLength.find((x) => lc(rest).startsWith(`${lc(x.id)}:`));
    if (!s) return bad('invalidPath', `Unknown schema in path '${path}'`);
    schema = s;
    rest = rest.slice(s.id.length + 1);
  }
  const m = /^([A-Za-z$][\w$-]*)(?:\[(.*)\])?(?:\.([A-Za-z$][\w$-]*))?$/.exec(rest);
  if (!m) return bad('invalidPath', `Invalid path '${path}'`);
  const attr = findAttr(schema.attributes, m[1]!);
  if (!attr) return bad('invalidPath', `Attribute '${m[1]}' is not defined in schema ${schema.id}`);
  const ref: Ref = { schema, attr, label: attr.name };
  if (m[2] !== undefined) {
    if (!attr.multiValued || attr.type !== 'complex') bad('invalidFilter', `Attribute '${attr.name}' cannot be filtered`);
    const f = /^\s*([A-Za-z$][\w$]*)\s+eq\s+(.+?)\s*$/i.exec(m[2]);
    if (!f) return bad('invalidFilter', `Unsupported filter '${m[2]}' (only "sub eq value")`);
    const fa = findAttr(attr.subAttributes, f[1]!);
    if (!fa) return bad('invalidFilter', `Attribute '${attr.name}.${f[1]}' is not defined`);
    let value: unknown;
    try {
      value = JSON.parse(f[2]!);
    } catch {
      return bad('invalidFilter', `Invalid filter value ${f[2]}`);
    }
    ref.filter = { attr: fa, value };
    ref.label = `${attr.name}[${fa.name} eq ${JSON.stringify(value)}]`;
  }
  if (m[3] !== undefined) {
    const sub = findAttr(attr.subAttributes, m[3]);
    if (!sub) return bad('invalidPath', `Attribute '${attr.name}.${m[3]}' is not defined`);
    ref.sub = sub;
    ref.label = `${ref.label}.${sub.name}`;
  }
  return ref;
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

function validateSingle(a: ScimAttribute, v: unknown, label: string): unknown {
  const wrong = (what: string) => bad('invalidValue', `${label}: ${what}`);
  switch (a.type) {
    case 'string':
    case 'reference':
    case 'binary': {
      if (typeof v !== 'string') return wrong(`Value must be a ${a.type === 'string' ? 'string' : a.type}`);
      if (v === '') return v;
      let out = v;
      if (a.canonicalValues?.length) {
        const hit = a.canonicalValues.find((c) => (a.caseExact ? c === v : lc(c) === lc(v)));
        if (!hit) return wrong(`'${v}' is not one of ${a.canonicalValues.join(', ')}`);
        out = hit;
      }
      if (a.regEx) {
        let re: RegExp | undefined;
        try {
          re = new RegExp(a.regEx);
        } catch {
          re = undefined;
        }
        if (re && !re.test(v)) return wrong(`'${v}' does not match the required format`);
      }
      return out;
    }
    case 'boolean':
      return typeof v === 'boolean' ? v : wrong('Value must be true or false');
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v) ? v : wrong('Value must be an integer');
    case 'decimal':
      return typeof v === 'number' && Number.isFinite(v) ? v : wrong('Value must be a number');
    case 'dateTime':
      return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)) ? v : wrong('Value must be an xsd:dateTime');
    case 'complex': {
      if (!isObj(v)) return wrong('Value must be an object');
      const out: Json = {};
      for (const [k, sv] of Object.entries(v)) {
        const sub = findAttr(a.subAttributes, k);
        if (!sub) return wrong(`Unknown sub-attribute '${k}'`);
        if (sub.mutability === 'readOnly') throw new ScimError(400, 'mutability', `Attribute '${a.name}.${sub.name}' is read-only`);
        if (sv === null) continue;
        out[sub.name] = validateSingle(sub, sv, `${a.name}.${sub.name}`);
      }
      return out;
    }
  }
}

function validate(a: ScimAttribute, v: unknown, label: string, wrapSingle: boolean): unknown {
  if (a.multiValued) {
    const list = Array.isArray(v) ? v : wrapSingle ? [v] : bad('invalidValue', `${label}: Value must be an array`);
    return list.map((x) => validateSingle(a, x, label));
  }
  if (Array.isArray(v)) return bad('invalidValue', `${label}: Value must not be an array`);
  return validateSingle(a, v, label);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// ---------------------------------------------------------------------------------------------
// PATCH
// ---------------------------------------------------------------------------------------------

interface PatchRun {
  user: ScimUser;
  schemas: ScimSchema[];
  /** Whose rules apply: the user's own (`PATCH /Me`) or an administrator's (`PATCH /Users/{id}`). */
  profile: 'endUser' | 'console';
  password?: string;
  /** formatted name was set explicitly by an operation. */
  formattedTouched: boolean;
  nameTouched: boolean;
}

function container(run: PatchRun, schema: ScimSchema): Json {
  const user = run.user as unknown as Json;
  if (schema.id === SCIM_CORE_USER) return user;
  let ext = user[schema.id];
  if (!isObj(ext)) {
    ext = {};
    user[schema.id] = ext;
  }
  if (!run.user.schemas.includes(schema.id)) run.user.schemas.push(schema.id);
  return ext as Json;
}

function setPassword(run: PatchRun, value: unknown) {
  if (typeof value !== 'string') bad('invalidValue', 'password: Value must be a string');
  const v = value as string;
  if (v.length < 8) bad('invalidValue', 'password: Password must be at least 8 characters');
  if (v.length > 64) bad('invalidValue', 'password: Password must be at most 64 characters');
  // WSO2's default pattern policy, in its words.
  if (!/\d/.test(v) || !/[a-z]/i.test(v)) bad('invalidValue', 'password: Password pattern policy violated. Password should contain a digit and a letter.');
  run.password = v;
}

/** Read-only for this run: the attribute profile's mutability (WSO2), else the global one. */
const readOnly = (run: PatchRun, a: ScimAttribute | undefined) => !!a && lc(a.profiles?.[run.profile]?.mutability ?? a.mutability).replace('_', '') === 'readonly';

function unsetPrimaryIfNeeded(list: Json[], incoming: unknown[]) {
  if (incoming.some((x) => isObj(x) && x.primary === true)) for (const item of list) if (item.primary === true) item.primary = false;
}

function matches(item: unknown, f: Filter): boolean {
  if (!isObj(item)) return false;
  const v = item[f.attr.name];
  if (typeof v === 'string' && typeof f.value === 'string' && !f.attr.caseExact) return lc(v) === lc(f.value);
  return v === f.value;
}

function applyRef(run: PatchRun, op: 'add' | 'replace' | 'remove', ref: Ref, value: unknown) {
  if (!ref.attr) {
    // A whole extension: { attr: value, … }
    if (op === 'remove') {
      // Removes what the user may remove; read-only attributes stay.
      const ext = (run.user as unknown as Json)[ref.schema.id];
      if (isObj(ext)) for (const a of ref.schema.attributes) if (a.mutability !== 'readOnly') delete ext[a.name];
      return;
    }
    if (!isObj(value)) bad('invalidValue', `${ref.schema.id}: Value must be an object`);
    for (const [k, v] of Object.entries(value as Json)) applyRef(run, op, parsePath(`${ref.schema.id}:${k}`, run.schemas), v);
    return;
  }
  const a = ref.attr;
  const c = container(run, ref.schema);
  if (ref.schema.id === SCIM_CORE_USER && a.name === 'password') {
    if (op === 'remove') throw new ScimError(400, 'mutability', "Attribute 'password' cannot be removed");
    setPassword(run, value);
    return;
  }
  const current = c[a.name];
  if (readOnly(run, a) || readOnly(run, ref.sub)) {
    throw new ScimError(400, 'mutability', `Attribute '${ref.label}' is read-only and cannot be modified`);
  }
  if (a.mutability === 'immutable' && current !== undefined && !(op !== 'remove' && same(current, value))) {
    throw new ScimError(400, 'mutability', `Attribute '${ref.label}' is immutable and already has a value`);
  }
  if (ref.schema.id === SCIM_CORE_USER && a.name === 'name') {
    run.nameTouched = true;
    if (ref.sub?.name === 'formatted' || (!ref.sub && isObj(value) && Object.keys(value).some((k) => lc(k) === 'formatted'))) run.formattedTouched = true;
  }

  // emails[type eq "work"].value / emails[type eq "work"]
  if (ref.filter) {
    const list = Array.isArray(current) ? (current as Json[]) : [];
    const hits = list.filter((x) => matches(x, ref.filter!));
    if (!hits.length) bad('noTarget', `No value of '${a.name}' matches the filter in '${ref.label}'`);
    if (op === 'remove') {
      if (ref.sub) for (const h of hits) delete h[ref.sub.name];
      else c[a.name] = list.filter((x) => !hits.includes(x));
      return;
    }
    if (ref.sub) {
      const v = value === null ? undefined : validateSingle(ref.sub, value, ref.label);
      if (ref.sub.name === 'primary' && v === true) for (const item of list) item.primary = false;
      for (const h of hits) {
        if (v === undefined) delete h[ref.sub.name];
        else h[ref.sub.name] = v;
      }
      return;
    }
    const v = validateSingle(a, value, ref.label) as Json;
    unsetPrimaryIfNeeded(list, [v]);
    for (const h of hits) Object.assign(h, v);
    return;
  }

  // name.givenName
  if (ref.sub) {
    if (a.multiValued) bad('invalidPath', `'${ref.label}': use a filter to select values of multi-valued '${a.name}'`);
    const obj = isObj(current) ? current : {};
    if (op === 'remove' || value === null) delete obj[ref.sub.name];
    else obj[ref.sub.name] = validateSingle(ref.sub, value, ref.label);
    c[a.name] = obj;
    return;
  }

  if (op === 'remove' || value === null) {
    delete c[a.name];
    return;
  }
  if (a.multiValued) {
    const incoming = validate(a, value, ref.label, op === 'add') as unknown[];
    if (op === 'replace' || !Array.isArray(current)) {
      c[a.name] = incoming;
      return;
    }
    const list = current as unknown[];
    if (a.type === 'complex') unsetPrimaryIfNeeded(list as Json[], incoming);
    for (const item of incoming) {
      const key = isObj(item) ? item.value : item;
      const existing = list.findIndex((x) => (isObj(x) ? x.value : x) === key);
      if (existing >= 0 && isObj(item) && isObj(list[existing])) Object.assign(list[existing] as Json, item);
      else if (existing < 0) list.push(item);
    }
    return;
  }
  const v = validate(a, value, ref.label, false);
  c[a.name] = a.type === 'complex' && isObj(current) ? { ...current, ...(v as Json) } : v;
  // WSO2 emails the user a link and locks the account until they have set a new password.
  if (ref.schema.id === SCIM_WSO2_USER && a.name === 'forcePasswordReset' && v === true) Object.assign(c, { accountLocked: true, lockedReason: 'PENDING_ADMIN_FORCED_USER_PASSWORD_RESET' });
}

function applyOperation(run: PatchRun, raw: unknown, i: number) {
  if (!isObj(raw)) bad('invalidSyntax', `Operations[${i}] must be an object`);
  const o = raw as Json;
  const get = (k: string) => o[Object.keys(o).find((x) => lc(x) === k) ?? k];
  const opRaw = get('op');
  const op = typeof opRaw === 'string' ? lc(opRaw) : '';
  if (op !== 'add' && op !== 'replace' && op !== 'remove') return bad('invalidSyntax', `Operations[${i}].op must be "add", "replace" or "remove"`);
  const path = get('path');
  if (path !== undefined && (typeof path !== 'string' || !path.trim())) bad('invalidPath', `Operations[${i}].path must be a non-empty string`);
  const hasValue = Object.keys(o).some((k) => lc(k) === 'value');
  if (op !== 'remove' && !hasValue) bad('invalidSyntax', `Operations[${i}]: "value" is required for "${op}"`);
  const value = get('value');
  if (typeof path === 'string') {
    applyRef(run, op, parsePath(path, run.schemas), value);
    return;
  }
  if (op === 'remove') bad('noTarget', `Operations[${i}]: "path" is required for "remove"`);
  if (!isObj(value)) bad('invalidSyntax', `Operations[${i}]: without "path", "value" must be an object of attributes`);
  for (const [k, v] of Object.entries(value as Json)) {
    if (lc(k) === 'schemas') continue;
    applyRef(run, op, parsePath(k, run.schemas), v);
  }
}

function checkRequired(run: PatchRun) {
  const user = run.user as unknown as Json;
  const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  for (const schema of run.schemas) {
    const c = schema.id === SCIM_CORE_USER ? user : isObj(user[schema.id]) ? (user[schema.id] as Json) : undefined;
    if (!c) continue;
    for (const a of schema.attributes) {
      if (a.mutability === 'writeOnly' || readOnly(run, a)) continue;
      const v = c[a.name];
      if (a.required && blank(v)) bad('invalidValue', `${a.name}: Attribute is required`);
      if (a.type === 'complex' && v !== undefined) {
        const items = Array.isArray(v) ? v : [v];
        for (const item of items) {
          if (!isObj(item)) continue;
          for (const s of a.subAttributes ?? []) if (s.required && blank(item[s.name])) bad('invalidValue', `${a.name}.${s.name}: Attribute is required`);
        }
      }
    }
  }
}

/** `PATCH /Me` (the user, their attribute profile) and `PATCH /Users/{id}` (an administrator's). */
function patchUser(ctx: Ctx, target: ScimUser, profile: PatchRun['profile'], save: (u: ScimUser) => void): Response {
  const { realm, body } = ctx;
  const s = realm.scim;
  if (!isObj(body)) return json(scimErrorBody(400, 'Request body must be a PatchOp JSON object', 'invalidSyntax'), 400);
  const key = (k: string) => Object.keys(body).find((x) => lc(x) === k);
  const schemas = body[key('schemas') ?? 'schemas'];
  if (!Array.isArray(schemas) || !schemas.includes(SCIM_PATCH_OP)) {
    return json(scimErrorBody(400, `"schemas" must contain "${SCIM_PATCH_OP}"`, 'invalidSyntax'), 400);
  }
  const ops = body[key('operations') ?? 'Operations'];
  if (!Array.isArray(ops) || ops.length === 0) return json(scimErrorBody(400, '"Operations" must be a non-empty array', 'invalidSyntax'), 400);
  const run: PatchRun = { user: structuredClone(target), schemas: s.schemas, profile, formattedTouched: false, nameTouched: false };
  try {
    ops.forEach((op, i) => applyOperation(run, op, i));
    checkRequired(run);
  } catch (e) {
    if (e instanceof ScimError) return json(scimErrorBody(e.status, e.detail, e.scimType), e.status);
    throw e;
  }
  const u = run.user;
  if (run.nameTouched && !run.formattedTouched && u.name) {
    const formatted = [u.name.givenName, u.name.familyName].filter((x) => x && x.trim()).join(' ');
    if (formatted) u.name.formatted = formatted;
    else delete u.name.formatted;
  }
  u.meta = { ...u.meta, lastModified: new Date().toISOString() };
  save(u);
  if (run.password !== undefined && target.id === s.user.id) s.password = run.password;
  return json(u);
}

const patchMe = (ctx: Ctx) => patchUser(ctx, ctx.realm.scim.user, 'endUser', (u) => (ctx.realm.scim.user = u));

/** A user of the organisation by id (the signed-in one included), for administrator mode. */
const directory = (realm: MockRealm) => [realm.scim.user, ...realm.scim.others];
const notFound = (id: string) => json(scimErrorBody(404, `User not found with the id: ${id}`), 404);
/** The organisation's owner: Asgardeo lets only them change their profile, in My Account. */
const OWNER_ONLY = 'Profiles of the organization owner and collaborators can be updated only via My Account.';

function patchUserById(ctx: Ctx): Response {
  const { realm, params } = ctx;
  const target = directory(realm).find((u) => u.id === params.id);
  if (!target) return notFound(params.id!);
  if (/owner/.test(target.userName)) return json(scimErrorBody(403, OWNER_ONLY), 403);
  return patchUser(ctx, target, 'console', (u) => {
    if (u.id === realm.scim.user.id) realm.scim.user = u;
    else realm.scim.others = realm.scim.others.map((x) => (x.id === u.id ? u : x));
  });
}

/** `GET /ResourceTypes` as WSO2 answers it: the User with its extensions, and the Group. */
function resourceTypes(realm: MockRealm): Json {
  const ext = realm.scim.schemas.filter((x) => x.id !== SCIM_CORE_USER).map((x) => ({ schema: x.id, required: false }));
  const type = (id: string, endpoint: string, schema: string, schemaExtensions: Json[]) => ({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
    id,
    name: id,
    endpoint,
    description: `${id} Account`,
    schema,
    schemaExtensions,
    meta: { location: `https://api.asgardeo.io/t/acme/scim2/ResourceTypes/${id}`, resourceType: 'ResourceType' },
  });
  return listResponse([type('User', '/Users', SCIM_CORE_USER, ext), type('Group', '/Groups', 'urn:ietf:params:scim:schemas:core:2.0:Group', [])]);
}

/** `GET /ServiceProviderConfig` as WSO2 answers it (`changePassword.supported` false, though it takes them: wso2/product-is#20738). */
const SERVICE_PROVIDER = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
  documentationUri: 'https://is.docs.wso2.com/en/latest/apis/scim2/',
  patch: { supported: true },
  bulk: { supported: true, maxOperations: 1000, maxPayloadSize: 1048576 },
  filter: { supported: true, maxResults: 200 },
  changePassword: { supported: false },
  sort: { supported: false },
  etag: { supported: false },
  authenticationSchemes: [{ name: 'OAuth Bearer Token', description: 'Authentication scheme using the OAuth Bearer Token Standard', specUri: 'http://www.rfc-editor.org/info/rfc6750', type: 'oauthbearertoken', primary: true }],
};

function listResponse(resources: unknown[]) {
  return { schemas: [SCIM_LIST_RESPONSE], totalResults: resources.length, itemsPerPage: resources.length, startIndex: 1, Resources: resources };
}

const routes: Route[] = [
  { method: 'GET', path: '/Me', handle: ({ realm }) => json(realm.scim.user, 200, { Location: realm.scim.user.meta.location }) },
  { method: 'PATCH', path: '/Me', handle: patchMe },
  {
    method: 'DELETE',
    path: '/Me',
    handle: ({ realm }) => {
      if (!realm.scim.allowDelete) return json(scimErrorBody(501, 'Self-deletion is not supported'), 501);
      realm.scim.deleted = true;
      return noContent(204);
    },
  },
  { method: 'GET', path: '/Schemas', handle: ({ realm }) => json(listResponse(realm.scim.schemas)) },
  { method: 'GET', path: '/ResourceTypes', handle: ({ realm }) => json(resourceTypes(realm)) },
  { method: 'GET', path: '/ServiceProviderConfig', handle: () => json(SERVICE_PROVIDER) },
  {
    method: 'GET',
    path: '/Users/:id',
    handle: ({ realm, params }) => {
      const u = directory(realm).find((x) => x.id === params.id);
      return u ? json(u, 200, { Location: u.meta.location }) : notFound(params.id!);
    },
  },
  { method: 'PATCH', path: '/Users/:id', handle: patchUserById },
  {
    method: 'DELETE',
    path: '/Users/:id',
    handle: ({ realm, params }) => {
      if (!directory(realm).some((x) => x.id === params.id)) return notFound(params.id!);
      if (params.id === realm.scim.user.id) realm.scim.deleted = true;
      else realm.scim.others = realm.scim.others.filter((x) => x.id !== params.id);
      return noContent(204);
    },
  },
  {
    method: 'GET',
    path: '/Schemas/:id',
    handle: ({ realm, params }) => {
      const schema = realm.scim.schemas.find((x) => x.id === params.id);
      return schema ? json(schema) : json(scimErrorBody(404, `Schema ${params.id} not found`), 404);
    },
  },
];

export const scimDialect: DialectDef = {
  name: 'scim',
  base: '*/scim2',
  relative(pathname) {
    const m = /^.*?\/scim2(\/.*)$/.exec(pathname);
    return m ? m[1] : undefined;
  },
  json,
  errorBody: (status, message) => scimErrorBody(status, message),
  unauthorized: () =>
    json(scimErrorBody(401, 'Authorization failure. Authorization information was invalid or missing from your request.'), 401, {
      'WWW-Authenticate': 'Bearer realm="scim2"',
    }),
  gone: (realm: MockRealm) => realm.scim.deleted,
  routes,
};
