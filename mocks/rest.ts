/**
 * rest dialect (Bird Accounts "Current user", seeds 002/004): `{api-base}/me`, mounted at `…/bird/…`.
 */
import { isObj, jsonResponse, noContent, type Ctx, type DialectDef, type Route } from './common.js';
import type { RestUser } from './seed.js';

const json = (body: unknown, status = 200, headers?: Record<string, string>) => jsonResponse(body, status, 'application/json', headers);

const EDITABLE = ['name', 'bio', 'avatarUrl', 'locale', 'timezone'] as const;

function validLocale(v: string): boolean {
  try {
    return Intl.getCanonicalLocales(v).length === 1;
  } catch {
    return false;
  }
}

function validTimezone(v: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: v });
    return true;
  } catch {
    return false;
  }
}

function validUrl(v: string): boolean {
  if (v.startsWith('data:image/')) return true;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

function patchMe(ctx: Ctx): Response {
  const { realm, body } = ctx;
  if (!isObj(body)) return json({ message: 'The request body must be a JSON object' }, 400);
  const unknown = Object.keys(body).filter((k) => !(EDITABLE as readonly string[]).includes(k));
  if (unknown.length) {
    return json(
      {
        message: `Unknown or read-only field${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`,
        errors: Object.fromEntries(unknown.map((k) => [k, ['is not allowed']])),
      },
      400,
    );
  }
  if (realm.rest.user.status === 'deleted') return json({ message: 'This account has been deleted' }, 403);
  const errors: Record<string, string[]> = {};
  const add = (k: string, m: string) => (errors[k] ??= []).push(m);
  const next: RestUser = structuredClone(realm.rest.user);
  for (const key of EDITABLE) {
    if (!(key in body)) continue;
    const v = body[key];
    switch (key) {
      case 'name':
        if (typeof v !== 'string') add(key, v === null || v === undefined ? "can't be blank" : 'must be a string');
        else if (!v.trim()) add(key, "can't be blank");
        else if (v.length > 100) add(key, 'is too long (maximum is 100 characters)');
        else next.name = v.trim();
        break;
      case 'bio':
        if (v !== null && typeof v !== 'string') add(key, 'must be a string');
        else if (typeof v === 'string' && v.length > 500) add(key, 'is too long (maximum is 500 characters)');
        else next.bio = v;
        break;
      case 'avatarUrl':
        if (v === null || v === '') next.avatarUrl = null;
        else if (typeof v !== 'string' || !validUrl(v)) add(key, 'is not a valid URL');
        else next.avatarUrl = v;
        break;
      case 'locale':
        if (typeof v !== 'string' || !validLocale(v)) add(key, 'is not a valid BCP 47 locale');
        else next.locale = v;
        break;
      case 'timezone':
        if (typeof v !== 'string' || !validTimezone(v)) add(key, 'is not a valid IANA time zone');
        else next.timezone = v;
        break;
    }
  }
  if (Object.keys(errors).length) return json({ message: 'Validation failed', errors }, 422);
  next.updatedAt = new Date().toISOString();
  realm.rest.user = next;
  return json(next);
}

const routes: Route[] = [
  { method: 'GET', path: '/me', handle: ({ realm }) => json(realm.rest.user) },
  { method: 'PATCH', path: '/me', handle: patchMe },
  {
    method: 'DELETE',
    path: '/me',
    handle: ({ realm }) => {
      const u = realm.rest.user;
      if (u.status !== 'deleted') {
        u.status = 'deleted';
        u.activeSessions = 0;
        u.updatedAt = new Date().toISOString();
      }
      return noContent(202);
    },
  },
];

export const restDialect: DialectDef = {
  name: 'rest',
  base: '*/bird',
  relative(pathname) {
    const m = /^.*?\/bird(\/.*)$/.exec(pathname);
    return m ? m[1] : undefined;
  },
  json,
  errorBody: (_status, message) => ({ message }),
  unauthorized: () => json({ message: 'Unauthorized' }, 401),
  gone: () => false,
  routes,
};
