/**
 * modyo dialect: `{api-base}/realms/{realm}/…` (contract §3 "modyo"). Any realm UID is accepted.
 */
import { isObj, jsonResponse, noContent, type Ctx, type DialectDef, type Json, type Route } from './common.js';
import type { ModyoCustomFieldConfig, ModyoCustomValue, ModyoNotification, ModyoSex, ModyoUser } from './seed.js';

const json = (body: unknown, status = 200, headers?: Record<string, string>) => jsonResponse(body, status, 'application/json', headers);

const SIGN_IN = { error: { user_session: 'You need to sign in' } };

type Errors = Record<string, string[]>;

function addError(errors: Errors, key: string, message: string) {
  (errors[key] ??= []).push(message);
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SEXES: ModyoSex[] = [0, 1, 4, 5, 6];
const STANDARD = ['first_name', 'last_name', 'second_last_name', 'email', 'birth_date', 'sex'] as const;

/** A real calendar date `YYYY-MM-DD`. */
function isDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

const today = () => new Date().toISOString().slice(0, 10);

function pageParams(query: URLSearchParams, defaultPerPage = 10) {
  const int = (v: string | null, d: number) => {
    const n = v === null ? NaN : Number.parseInt(v, 10);
    return Number.isFinite(n) && n >= 1 ? n : d;
  };
  return { page: int(query.get('page'), 1), perPage: int(query.get('per_page'), defaultPerPage) };
}

function paginate<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  return {
    slice: items.slice((page - 1) * perPage, page * perPage),
    meta: { total_entries: total, per_page: perPage, current_page: page, total_pages: Math.ceil(total / perPage) },
  };
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Validates one custom-field value; returns the normalised value or pushes errors. */
function customValue(def: ModyoCustomFieldConfig, raw: unknown, errors: Errors): ModyoCustomValue | undefined {
  const key = def.key;
  const before = Object.keys(errors).length;
  let value: ModyoCustomValue = null;
  const hasOptions = def.options.length > 0;
  const optionValues = new Set(def.options.map((o) => o.value));
  switch (def.type) {
    case 'text':
    case 'paragraph': {
      if (raw === null || raw === undefined) value = null;
      else if (typeof raw === 'string' || typeof raw === 'number') value = String(raw);
      else addError(errors, key, 'must be text');
      const max = def.type === 'text' ? 255 : 2000;
      if (typeof value === 'string' && value.length > max) addError(errors, key, `is too long (maximum is ${max} characters)`);
      break;
    }
    case 'number': {
      if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) value = null;
      else if (typeof raw === 'number' && Number.isFinite(raw)) value = raw;
      else if (typeof raw === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(raw)) value = Number(raw);
      else addError(errors, key, 'is not a number');
      break;
    }
    case 'date': {
      if (raw === null || raw === undefined || raw === '') value = null;
      else if (isDate(raw)) value = raw;
      else addError(errors, key, 'is not a valid date');
      break;
    }
    case 'dropdown':
    case 'choice': {
      if (raw === null || raw === undefined || raw === '') value = null;
      else if (typeof raw === 'string' && optionValues.has(raw)) value = raw;
      else addError(errors, key, 'is not included in the list');
      break;
    }
    case 'checkbox': {
      if (hasOptions) {
        if (raw === null || raw === undefined) value = [];
        else if (Array.isArray(raw) && raw.every((v) => typeof v === 'string' && optionValues.has(v))) value = [...new Set(raw as string[])];
        else addError(errors, key, 'is not included in the list');
      } else if (typeof raw === 'boolean') value = raw;
      else if (raw === 'true' || raw === 'false') value = raw === 'true';
      else if (raw === null || raw === undefined) value = false;
      else addError(errors, key, 'must be true or false');
      break;
    }
    default:
      value = raw as ModyoCustomValue;
  }
  if (Object.keys(errors).length > before) return undefined;
  if (def.required && (isBlank(value) || (def.type === 'checkbox' && !hasOptions && value !== true))) {
    addError(errors, key, def.type === 'checkbox' && !hasOptions ? 'must be accepted' : "can't be blank");
    return undefined;
  }
  return value;
}

function updateMe(ctx: Ctx): Response {
  const { realm } = ctx;
  const m = realm.modyo;
  const body = ctx.body;
  if (!isObj(body)) return json({ error: 'The request body must be a JSON object' }, 400);
  const user: ModyoUser = structuredClone(m.user);
  const errors: Errors = {};
  const config = m.profileConfiguration;

  for (const [key, value] of Object.entries(body)) {
    if (key === 'custom_fields') continue;
    if (!(STANDARD as readonly string[]).includes(key)) {
      addError(errors, key, 'is not a permitted attribute');
      continue;
    }
    const k = key as (typeof STANDARD)[number];
    const cfg = config.fields.find((f) => f.key === k);
    if (cfg && !cfg.editable) {
      if (!sameValue(value, user[k])) addError(errors, k, "can't be changed");
      continue;
    }
    const required = cfg?.required ?? false;
    if (isBlank(value)) {
      if (required) addError(errors, k, "can't be blank");
      else if (k === 'email') addError(errors, k, "can't be blank");
      else (user as unknown as Json)[k] = null;
      continue;
    }
    switch (k) {
      case 'first_name':
      case 'last_name':
      case 'second_last_name':
        if (typeof value !== 'string') addError(errors, k, 'must be text');
        else if (value.length > 100) addError(errors, k, 'is too long (maximum is 100 characters)');
        else user[k] = value.trim();
        break;
      case 'email':
        if (typeof value !== 'string' || !EMAIL.test(value.trim())) addError(errors, k, 'is invalid');
        else user.email = value.trim();
        break;
      case 'birth_date':
        if (!isDate(value)) addError(errors, k, 'is not a valid date');
        else if (value > today()) addError(errors, k, "can't be in the future");
        else user.birth_date = value;
        break;
      case 'sex': {
        const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
        if (typeof n !== 'number' || !SEXES.includes(n as ModyoSex)) addError(errors, k, 'is not included in the list');
        else user.sex = n as ModyoSex;
        break;
      }
    }
  }

  if ('custom_fields' in body) {
    const list = body.custom_fields;
    if (!Array.isArray(list) || !list.every((f) => isObj(f) && typeof f.key === 'string' && 'value' in f)) {
      addError(errors, 'custom_fields', 'must be a list of {key, value}');
    } else {
      for (const item of list as { key: string; value: unknown }[]) {
        const def = config.custom_fields.find((f) => f.key === item.key);
        if (!def) {
          addError(errors, item.key, 'is not a custom field of this realm');
          continue;
        }
        const current = user.custom_fields.find((f) => f.key === def.key);
        if (!def.editable) {
          if (!sameValue(item.value, current?.value ?? null)) addError(errors, def.key, "can't be changed");
          continue;
        }
        const value = customValue(def, item.value, errors);
        if (value === undefined) continue;
        if (current) current.value = value;
        else user.custom_fields.push({ key: def.key, value });
      }
    }
  }

  if (Object.keys(errors).length) return json({ errors }, 422);
  user.name = [user.first_name, user.last_name].filter((s) => s && s.trim()).join(' ');
  m.user = user;
  return json(user);
}

function sortedNotifications(list: ModyoNotification[]): ModyoNotification[] {
  return [...list].sort((a, b) => (a.sent_at < b.sent_at ? 1 : a.sent_at > b.sent_at ? -1 : b.id - a.id));
}

const findById = <T extends { id: number }>(list: T[], id: string) => (/^\d+$/.test(id) ? list.find((x) => x.id === Number(id)) : undefined);

const routes: Route[] = [
  { method: 'GET', path: '/me', handle: ({ realm }) => json(realm.modyo.user) },
  { method: 'PUT', path: '/me', handle: updateMe },
  {
    method: 'DELETE',
    path: '/me',
    handle: ({ realm }) => {
      if (!realm.modyo.profileConfiguration.delete_account) return json({ error: 'Account deletion is disabled for this realm' }, 403);
      realm.modyo.deleted = true;
      return noContent(204);
    },
  },
  { method: 'GET', path: '/profile_configuration', handle: ({ realm }) => json(realm.modyo.profileConfiguration) },
  {
    method: 'GET',
    path: '/notifications',
    handle: ({ realm, query }) => {
      const { page, perPage } = pageParams(query);
      const all = sortedNotifications(realm.modyo.notifications);
      const { slice, meta } = paginate(all, page, perPage);
      const unread = all.reduce((n, x) => n + (x.opened ? 0 : 1), 0);
      const { total_entries, ...rest } = meta;
      return json({ notifications: slice, meta: { total_entries, unread_entries: unread, ...rest } });
    },
  },
  {
    method: 'POST',
    path: '/notifications/mark_all_as_read',
    handle: ({ realm }) => {
      for (const n of realm.modyo.notifications) n.opened = true;
      return noContent(204);
    },
  },
  {
    method: 'PUT',
    path: '/notifications/:id',
    handle: ({ realm, params, body }) => {
      const n = findById(realm.modyo.notifications, params.id!);
      if (!n) return json({ error: 'not found' }, 404);
      const opened = isObj(body) ? body.opened : undefined;
      if (typeof opened !== 'boolean') return json({ errors: { opened: ['must be true or false'] } }, 422);
      n.opened = opened;
      return json(n);
    },
  },
  { method: 'GET', path: '/sites', handle: ({ realm }) => json({ sites: realm.modyo.sites }) },
  { method: 'GET', path: '/subscriptions', handle: ({ realm }) => json({ subscriptions: realm.modyo.subscriptions }) },
  {
    method: 'PUT',
    path: '/subscriptions/:id',
    handle: ({ realm, params, body }) => {
      const s = findById(realm.modyo.subscriptions, params.id!);
      if (!s) return json({ error: 'not found' }, 404);
      const subscribed = isObj(body) ? body.subscribed : undefined;
      if (typeof subscribed !== 'boolean') return json({ errors: { subscribed: ['must be true or false'] } }, 422);
      s.subscribed = subscribed;
      return json(s);
    },
  },
  {
    method: 'GET',
    path: '/events',
    handle: ({ realm, query }) => {
      const { page, perPage } = pageParams(query);
      const all = [...realm.modyo.events].sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
      const { slice, meta } = paginate(all, page, perPage);
      return json({ events: slice, meta });
    },
  },
  { method: 'GET', path: '/integrations/zendesk_sso_url', handle: ({ realm }) => json({ url: realm.modyo.zendeskSsoUrl }) },
];

export const modyoDialect: DialectDef = {
  name: 'modyo',
  base: '*/realms/:realm',
  relative(pathname) {
    const m = /^.*?\/realms\/[^/]+(\/.*)$/.exec(pathname);
    return m ? m[1] : undefined;
  },
  json,
  errorBody(status, message) {
    if (status === 401) return SIGN_IN;
    if (status === 422) return { errors: { base: [message] } };
    return { error: message };
  },
  unauthorized: () => json(SIGN_IN, 401),
  gone: (realm) => realm.modyo.deleted,
  routes,
};
