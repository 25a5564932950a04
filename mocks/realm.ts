/**
 * The mock realm: mutable state for the three dialects (modyo, rest, scim), a request log and
 * fault switches. Handlers (`handlers.ts`) read and write it; tests poke it directly (in the
 * browser) or through the control endpoints of `scripts/mock-api.ts` (from another process).
 * Browser-safe: no Node imports.
 */
import { createSeed, type ModyoState, type RestState, type ScimState, type SeedData } from './seed.js';

export type { ModyoState, RestState, ScimState, SeedData } from './seed.js';

export type Dialect = 'modyo' | 'rest' | 'scim';

export interface Fault {
  /** HTTP status to answer with (default 500 if `body`/`raw` is given). */
  status?: number;
  /** JSON body to send. */
  body?: unknown;
  /** Raw text body (e.g. malformed JSON), sent with `Content-Type: application/json`. */
  raw?: string;
  /** Extra response headers, e.g. `{'Retry-After': '1'}`. Added to the normal response when the
   * fault does not answer by itself (no status/body/raw/network/hang). */
  headers?: Record<string, string>;
  /** `HttpResponse.error()`: the fetch rejects (network failure). */
  network?: boolean;
  /** Never respond (until the request is aborted, or the realm's faults are cleared / reset). */
  hang?: boolean;
  /** ms before answering (the fault's answer, or the normal response when the fault only delays). */
  delay?: number;
  /** Apply this many times, then remove itself (default: until cleared). */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  /** Relative to the dialect base: '/me', '/notifications/3', '/Me'. */
  path: string;
  dialect: Dialect;
  query: Record<string, string>;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** Parsed JSON; the raw text if it was not valid JSON; `undefined` when there was no body. */
  body: unknown;
  /** The full request URL. */
  url: string;
}

/** A registered fault (see {@link MockRealm.fault}). */
export interface RegisteredFault {
  route: string;
  dialect?: Dialect;
  fault: Fault;
  /** Applications left (`Infinity` when `times` was not given). */
  remaining: number;
}

export interface MockRealm {
  modyo: ModyoState;
  rest: RestState;
  scim: ScimState;
  /** ms added to every response (default 0). */
  latency: number;
  /** false → every call answers 401 (after faults). */
  signedIn: boolean;
  /** Every request received, in order (logged before faults apply). */
  requests: LoggedRequest[];
  /**
   * Registers a fault. `route` = 'METHOD /path' relative to the dialect base; `:param` segments
   * match one segment, a trailing `*` segment matches the rest, `*` as method or path matches
   * anything ('* /sites', 'PUT /notifications/:id', '* *'). Matching is case-insensitive.
   * `dialect` restricts it to one dialect (e.g. 'GET /me' exists in modyo and rest); without it the
   * fault applies to all three. Registering the same route+dialect again replaces the old fault;
   * when several match, the most recently registered wins.
   */
  fault(route: string, fault: Fault, dialect?: Dialect): void;
  clearFaults(): void;
  /** Back to the seed (as mutated by `options.seed`), faults cleared, log cleared, latency 0,
   * signedIn true. State objects are replaced: re-read `realm.modyo` etc. after a reset. */
  reset(): void;
  /** The registered faults (read-only view). */
  readonly faults: readonly RegisteredFault[];
  /** @internal Finds the fault for a request and consumes one application of it. */
  takeFault(dialect: Dialect, method: string, path: string): Fault | undefined;
  /** @internal Aborted (and replaced) by `clearFaults()` / `reset()`: releases hanging requests. */
  readonly releaseSignal: AbortSignal;
}

export interface RealmOptions {
  /** How many modyo notifications to generate (default 30). */
  notifications?: number;
  /** How many modyo events to generate (default 45). */
  events?: number;
  /** Mutate the seed before use (inject XSS strings, empty lists, …); `reset()` returns to it. */
  seed?: (s: SeedData) => void;
  /** Reference time for relative dates (default `Date.now()` at creation). */
  now?: Date | number | string;
}

const clone = <T>(v: T): T => structuredClone(v);

interface ParsedRoute {
  method: string;
  segments: string[] | '*';
}

function parseRoute(route: string): ParsedRoute {
  const m = /^\s*(\S+)\s+(\S+)\s*$/.exec(route);
  if (!m) throw new TypeError(`fault route must be "METHOD /path" (got ${JSON.stringify(route)})`);
  const method = m[1]!.toUpperCase();
  const path = m[2]!;
  if (path === '*') return { method, segments: '*' };
  return { method, segments: splitPath(path) };
}

function splitPath(path: string): string[] {
  return path
    .replace(/[?#].*$/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => s.toLowerCase());
}

/** Does a route pattern match a method + relative path? */
export function routeMatches(route: string, method: string, path: string): boolean {
  const r = parseRoute(route);
  if (r.method !== '*' && r.method !== method.toUpperCase()) return false;
  if (r.segments === '*') return true;
  const actual = splitPath(path);
  for (let i = 0; i < r.segments.length; i++) {
    const p = r.segments[i]!;
    if (p === '*' && i === r.segments.length - 1) return true;
    const a = actual[i];
    if (a === undefined) return false;
    if (p.startsWith(':') || p === '*') continue;
    let decoded = a;
    try {
      decoded = decodeURIComponent(a);
    } catch {
      /* keep raw */
    }
    if (p !== a && p !== decoded) return false;
  }
  return actual.length === r.segments.length;
}

class Realm implements MockRealm {
  modyo!: ModyoState;
  rest!: RestState;
  scim!: ScimState;
  latency = 0;
  signedIn = true;
  requests: LoggedRequest[] = [];
  private registered: RegisteredFault[] = [];
  private release = new AbortController();
  private readonly seedData: SeedData;

  constructor(options: RealmOptions) {
    const seed = createSeed({ notifications: options.notifications, events: options.events, now: options.now });
    options.seed?.(seed);
    this.seedData = seed;
    this.restore();
  }

  private restore(): void {
    const s = clone(this.seedData);
    this.modyo = s.modyo;
    this.rest = s.rest;
    this.scim = s.scim;
  }

  get faults(): readonly RegisteredFault[] {
    return this.registered;
  }

  get releaseSignal(): AbortSignal {
    return this.release.signal;
  }

  fault(route: string, fault: Fault, dialect?: Dialect): void {
    parseRoute(route); // validate early
    const key = route.trim().replace(/\s+/g, ' ').toLowerCase();
    this.registered = this.registered.filter((f) => !(f.route.trim().replace(/\s+/g, ' ').toLowerCase() === key && f.dialect === dialect));
    const times = fault.times;
    if (times !== undefined && !(times > 0)) return; // times: 0 → nothing to apply
    this.registered.push({ route, dialect, fault: { ...fault }, remaining: times === undefined ? Infinity : Math.floor(times) });
  }

  clearFaults(): void {
    this.registered = [];
    this.releaseHangs();
  }

  reset(): void {
    this.restore();
    this.registered = [];
    this.requests.length = 0;
    this.latency = 0;
    this.signedIn = true;
    this.releaseHangs();
  }

  takeFault(dialect: Dialect, method: string, path: string): Fault | undefined {
    for (let i = this.registered.length - 1; i >= 0; i--) {
      const f = this.registered[i]!;
      if (f.dialect && f.dialect !== dialect) continue;
      if (!routeMatches(f.route, method, path)) continue;
      f.remaining -= 1;
      if (f.remaining <= 0) this.registered.splice(i, 1);
      return f.fault;
    }
    return undefined;
  }

  private releaseHangs(): void {
    this.release.abort();
    this.release = new AbortController();
  }
}

/** Creates an independent realm (its own state, log and faults). */
export function createRealm(options: RealmOptions = {}): MockRealm {
  return new Realm(options);
}
