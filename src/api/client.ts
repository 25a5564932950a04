import { strings } from '../i18n/locale.js';
import { ProfileApiError } from './errors.js';
import type { AdapterKit } from './kit.js';
import type { Dialect } from './model.js';
import type { ProfileApi } from './profile-api.js';
import * as shape from './shape.js';
import { Transport, type RequestOptions } from './transport.js';

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

type Query = RequestOptions['query'];
/** The `GET`s a call of a method starts (path, query), given the call's arguments. */
type Reads = (...args: never[]) => [string, Query?][];

/**
 * An adapter whose code loads on first use: no dialect's mapping is in the script-tag entry. Its
 * methods exist from the start (so which sections render is known at once), and each read starts its
 * `GET`s at once, in parallel with the adapter's code, which then finds them in flight: one round
 * trip for the data and the code together, not one after the other.
 */
function onDemand(load: () => Promise<(kit: AdapterKit) => ProfileApi>, kit: AdapterKit, methods: Record<string, Reads | 0>): ProfileApi {
  let api: Promise<ProfileApi> | undefined;
  let loaded = false;
  const ready = () =>
    (api ??= load().then(
      (make) => ((loaded = true), make(kit)),
      () => {
        api = undefined; // offline or a new deploy: the next call tries again
        throw new ProfileApiError(-1, 'network', 'The server could not be reached');
      },
    ));
  return Object.fromEntries(
    Object.entries(methods).map(([m, reads]) => [
      m,
      async (...args: unknown[]) => {
        const signal = args.find((a): a is AbortSignal => a instanceof AbortSignal);
        // Only while the code is on its way: once here, the adapter asks at once itself.
        const started = reads && !loaded ? reads(...(args as never[])).map(([path, query]) => kit.http.prefetch(path, query, signal)) : [];
        try {
          return await ((await ready()) as unknown as Record<string, (...a: unknown[]) => unknown>)[m]!(...args);
        } finally {
          started.forEach((release) => release());
        }
      },
    ]),
  ) as unknown as ProfileApi;
}

/** Builds the adapter for a configuration's dialect; call {@link configProblem} first. */
export function createApi(c: ApiConfig): ProfileApi {
  const base = c.apiBase!.replace(/\/+$/, '');
  const kit = (path: string, contentType?: string): AdapterKit => ({
    http: new Transport({ base: base + path, credentials: c.credentials, token: c.token, lang: c.lang, timeout: c.timeout, gone: c.gone, contentType }),
    Err: ProfileApiError,
    shape,
    locale: () => strings,
    userId: c.userId,
    realm: c.realm,
  });
  const basic = (me: string, schemas: [string][] = []) => ({
    getProfile: () => [[me]] as [string][],
    updateProfile: 0 as const,
    deleteAccount: 0 as const,
    getFormConfig: () => schemas,
  });
  const page = (path: string) => (page: number, perPage: number) => [[path, { page, per_page: perPage }]] as [string, Query][];
  switch (c.dialect || 'modyo') {
    case 'rest':
      return onDemand(async () => (await import('./rest.js')).restApi, kit(''), basic('/me'));
    case 'scim': {
      const self = c.userId ? `/Users/${encodeURIComponent(c.userId)}` : '/Me';
      const methods = basic(self, [['/Schemas'], ['/ResourceTypes'], ['/ServiceProviderConfig']]);
      return onDemand(async () => (await import('./scim.js')).scimApi, kit('', 'application/scim+json'), c.userId ? { ...methods, resetPassword: 0, setAccountStatus: 0 } : { ...methods, changePassword: 0 });
    }
    default:
      return onDemand(async () => (await import('./modyo.js')).modyoApi, kit(`/realms/${encodeURIComponent(c.realm ?? '')}`), {
        ...basic('/me', [['/profile_configuration']]),
        listNotifications: page('/notifications'),
        markNotificationRead: 0,
        markAllNotificationsRead: 0,
        listSites: () => [['/sites']],
        listSubscriptions: () => [['/subscriptions']],
        setSubscription: 0,
        listActivity: page('/events'),
        getHelpCenterUrl: 0,
      });
  }
}
