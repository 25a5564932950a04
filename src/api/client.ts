import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { ProfileApiError } from './errors.js';
import type { AdapterKit } from './kit.js';
import type { Dialect } from './model.js';
import { modyoApi } from './modyo.js';
import type { ProfileApi } from './profile-api.js';
import * as shape from './shape.js';
import { Transport } from './transport.js';

/** The configuration every element reads from its attributes and properties (contract §2). */
export interface ApiConfig {
  apiBase?: string;
  realm?: string;
  dialect?: Dialect | string;
  credentials?: RequestCredentials;
  /** Returns the bearer token for the next request, if any. */
  token?: () => string | undefined | Promise<string | undefined>;
  /** The language the user reads (sent as `Accept-Language`, so servers can word their errors in it). */
  lang?: () => string | undefined;
  /** Request timeout in milliseconds. */
  timeout?: number;
  /** True once the account is gone: nothing is requested any more. */
  gone?: () => boolean;
  /** Administrator mode (scim dialect): the user to read and change instead of the signed-in one. */
  userId?: string;
}

/** Why no client could be built from a configuration, or `undefined` when one can. */
export function configProblem(c: ApiConfig): string | undefined {
  if (!c.apiBase) return 'api-base';
  const dialect = c.dialect || 'modyo';
  if (dialect === 'modyo' && !c.realm) return 'realm';
  if (!['modyo', 'rest', 'scim'].includes(dialect)) return 'dialect';
  // Administrators manage other users through SCIM's /Users only.
  if (c.userId && dialect !== 'scim') return 'user-id';
  return undefined;
}

/** The UI locale @lit/localize shows now: labels an adapter builds (language names) follow it. */
let uiLocale = 'en';
globalThis.addEventListener?.(LOCALE_STATUS_EVENT, (e) => {
  if (e.detail.status === 'ready') uiLocale = e.detail.readyLocale;
});

const BASIC = 'getProfile updateProfile deleteAccount getFormConfig';

/**
 * An adapter whose code loads on first use (the rest and scim dialects are not in the script-tag
 * entry). Its methods exist from the start, so which sections render is known synchronously.
 */
function onDemand(load: () => Promise<(kit: AdapterKit) => ProfileApi>, kit: AdapterKit, methods: string): ProfileApi {
  let api: Promise<ProfileApi> | undefined;
  const ready = () =>
    (api ??= load().then(
      (make) => make(kit),
      () => {
        api = undefined; // offline or a new deploy: the next call tries again
        throw new ProfileApiError(-1, 'network', 'The server could not be reached');
      },
    ));
  return Object.fromEntries(
    methods.split(' ').map((m) => [m, async (...args: unknown[]) => ((await ready()) as unknown as Record<string, (...a: unknown[]) => unknown>)[m]!(...args)]),
  ) as unknown as ProfileApi;
}

/** Builds the adapter for a configuration's dialect; call {@link configProblem} first. */
export function createApi(c: ApiConfig): ProfileApi {
  const base = c.apiBase!.replace(/\/+$/, '');
  const transport = (path: string, contentType?: string) =>
    new Transport({ base: base + path, credentials: c.credentials, token: c.token, lang: c.lang, timeout: c.timeout, gone: c.gone, contentType });
  const kit = (contentType?: string): AdapterKit => ({ http: transport('', contentType), Err: ProfileApiError, shape, locale: () => uiLocale, userId: c.userId });
  switch (c.dialect || 'modyo') {
    case 'rest':
      return onDemand(async () => (await import('./rest.js')).restApi, kit(), BASIC);
    case 'scim':
      return onDemand(async () => (await import('./scim.js')).scimApi, kit('application/scim+json'), c.userId ? `${BASIC} resetPassword setAccountStatus` : `${BASIC} changePassword`);
    default:
      return modyoApi(transport(`/realms/${encodeURIComponent(c.realm ?? '')}`), c.realm ?? '');
  }
}
