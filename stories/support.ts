// Stories run against the same mock realm as the tests and the demo: each story gets its own
// realm (seed changes, faults, latency) served by msw-storybook-addon from `parameters.msw`.
import type { HttpHandler } from 'msw';
import { createHandlers } from '../mocks/handlers.js';
import { createRealm, type Fault, type MockRealm, type RealmOptions } from '../mocks/realm.js';

export interface StoryRealm extends RealmOptions {
  /** Faults to register: `[route, fault]`, e.g. `['GET /me', { status: 500 }]`. */
  faults?: [string, Fault][];
  signedIn?: boolean;
  /** ms added to every response (e.g. to look at loading states). */
  latency?: number;
}

/** Each story's realm and how to put it back to its initial state, keyed by its first handler. */
const realms = new WeakMap<HttpHandler, { realm: MockRealm; restart: () => void }>();

/**
 * `parameters` for a story (or a whole stories file, on its meta) backed by a fresh mock realm.
 * A story whose requests no mock answers fails (see `.storybook/preview.ts`). The realm is reset to this state each
 * time the story renders (`.storybook/preview.ts`), so what a designer changed (a notification
 * read, a saved field) never leaks into the next look at the story.
 *
 * Write it spread into an object, `parameters: { ...realmParameters() }`: Storybook's docs transform
 * merges a meta's doc comment into an object literal, but next to a call it adds a second
 * `parameters` key, which silently drops the call's value (the story then reaches no mock).
 */
export function realmParameters(options: StoryRealm = {}) {
  const { faults = [], signedIn = true, latency = 0, ...realmOptions } = options;
  const realm = createRealm(realmOptions);
  const restart = () => {
    realm.reset();
    realm.signedIn = signedIn;
    realm.latency = latency;
    for (const [route, fault] of faults) realm.fault(route, fault);
  };
  restart();
  const handlers = createHandlers(realm);
  realms.set(handlers[0]!, { realm, restart });
  return { msw: { handlers } };
}

/**
 * The mock realm behind a story (from `parameters` built by `realmParameters`), e.g. for a play
 * function to check `realm.requests`; undefined for a story without one.
 */
export function storyRealm(parameters: { msw?: unknown }): MockRealm | undefined {
  return entry(parameters)?.realm;
}

/** Puts a story's realm back to its initial state (the preview does it before each render). */
export function restartRealm(parameters: { msw?: unknown }): void {
  entry(parameters)?.restart();
}

function entry(parameters: { msw?: unknown }) {
  const handlers = (parameters.msw as { handlers?: HttpHandler[] } | undefined)?.handlers;
  return Array.isArray(handlers) && handlers[0] ? realms.get(handlers[0]) : undefined;
}

/** The demo realm's configuration for each dialect. */
export const CONFIG = {
  modyo: { 'api-base': '/api/customers', realm: 'demo' },
  rest: { 'api-base': '/api/bird', dialect: 'rest' },
  scim: { 'api-base': '/api/scim2', dialect: 'scim' },
} as const;

/** The config attributes as Storybook controls (use with `renderElement`). */
export const CONFIG_ARG_TYPES = {
  'api-base': { control: 'text', description: 'Base URL of the realm API', table: { category: 'config' } },
  realm: { control: 'text', description: 'Realm UID (modyo dialect)', table: { category: 'config' } },
  dialect: { control: 'inline-radio', options: ['modyo', 'rest', 'scim'], description: 'API dialect', table: { category: 'config' } },
  credentials: { control: 'inline-radio', options: ['include', 'same-origin', 'omit'], table: { category: 'config' } },
  timeout: { control: 'number', description: 'ms before a request is abandoned', table: { category: 'config' } },
  lang: { control: 'inline-radio', options: ['en', 'es', 'pt'], description: 'Overrides the toolbar locale', table: { category: 'config' } },
  theme: { control: 'inline-radio', options: ['light', 'dark'], description: 'Overrides the toolbar theme', table: { category: 'config' } },
} as const;

/**
 * A story `render` that creates `<tag>` with every string/number/boolean arg as an attribute
 * (`true` → present, `false`/empty → absent). Other args (e.g. `.token`) are set as properties.
 */
export function renderElement(tag: string) {
  return (args: Record<string, unknown>) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(args)) {
      if (value === undefined || value === null || value === '' || value === false) continue;
      if (typeof value === 'object' || typeof value === 'function') (el as unknown as Record<string, unknown>)[name] = value;
      else el.setAttribute(name, value === true ? '' : String(value));
    }
    return el;
  };
}

/** Every element under `root`, through open shadow roots. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/**
 * Resolves once nothing under `root` is loading (no `[part~=loading]`, no `[aria-busy=true]`) and
 * every Lit element has rendered, or after `timeout` ms (a story of the loading state stays
 * loading: that is not an error). The preview calls it after each story's play function, so the
 * accessibility check sees the state the story is about.
 */
export async function settled(root: ParentNode, timeout = 1500): Promise<void> {
  const end = performance.now() + timeout;
  for (;;) {
    const all = [...deepElements(root)];
    await Promise.all(all.map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
    const busy = all.some((el) => el.matches('[part~="loading"], [aria-busy="true"]'));
    if (!busy || performance.now() > end) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}
