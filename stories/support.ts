// Stories run against the same mock realm as the tests and the demo: each story gets its own
// realm (seed changes, faults, latency) served by msw-storybook-addon from `parameters.msw`.
import { createHandlers } from '../mocks/handlers.js';
import { createRealm, type Fault, type RealmOptions } from '../mocks/realm.js';

export interface StoryRealm extends RealmOptions {
  /** Faults to register: `[route, fault]`, e.g. `['GET /me', { status: 500 }]`. */
  faults?: [string, Fault][];
  signedIn?: boolean;
  /** ms added to every response (e.g. to look at loading states). */
  latency?: number;
}

/** `parameters` for a story backed by a fresh mock realm. */
export function realmParameters(options: StoryRealm = {}) {
  const { faults = [], signedIn = true, latency = 0, ...realmOptions } = options;
  const realm = createRealm(realmOptions);
  realm.signedIn = signedIn;
  realm.latency = latency;
  for (const [route, fault] of faults) realm.fault(route, fault);
  return { msw: { handlers: createHandlers(realm) } };
}

/** The demo realm's configuration for each dialect. */
export const CONFIG = {
  modyo: { 'api-base': '/api/customers', realm: 'demo' },
  rest: { 'api-base': '/api/bird', dialect: 'rest' },
  scim: { 'api-base': '/api/scim2', dialect: 'scim' },
} as const;
