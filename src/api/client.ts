import type { Dialect } from './model.js';
import { modyoApi } from './modyo.js';
import type { ProfileApi } from './profile-api.js';
import { Transport } from './transport.js';

/** The configuration every element reads from its attributes and properties (SPEC §2). */
export interface ApiConfig {
  apiBase?: string;
  realm?: string;
  dialect?: Dialect | string;
  credentials?: RequestCredentials;
  /** Returns the bearer token for the next request, if any. */
  token?: () => string | undefined | Promise<string | undefined>;
  /** Request timeout in milliseconds. */
  timeout?: number;
}

/** Why no client could be built from a configuration, or `undefined` when one can. */
export function configProblem(c: ApiConfig): string | undefined {
  if (!c.apiBase) return 'api-base';
  const dialect = c.dialect || 'modyo';
  if (dialect === 'modyo' && !c.realm) return 'realm';
  if (!['modyo', 'rest', 'scim'].includes(dialect)) return 'dialect';
  return undefined;
}

/** Builds the adapter for a configuration's dialect; call {@link configProblem} first. */
export function createApi(c: ApiConfig): ProfileApi {
  const base = c.apiBase!.replace(/\/+$/, '');
  const transport = (path: string, contentType?: string) =>
    new Transport({ base: base + path, credentials: c.credentials, token: c.token, timeout: c.timeout, contentType });
  switch (c.dialect || 'modyo') {
    default:
      return modyoApi(transport(`/realms/${encodeURIComponent(c.realm ?? '')}`), c.realm ?? '');
  }
}
