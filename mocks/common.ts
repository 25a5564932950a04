/**
 * Shared plumbing for the dialect handlers: route tables, JSON responses, abortable waits and the
 * hook the Node server uses to tell a handler that its client went away. Browser-safe.
 */
import { HttpResponse } from 'msw';
import type { Dialect, MockRealm } from './realm.js';

export type Json = Record<string, unknown>;

export const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** What a route handler gets. */
export interface Ctx {
  realm: MockRealm;
  dialect: Dialect;
  request: Request;
  url: URL;
  method: string;
  /** Relative to the dialect base, e.g. '/me'. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (`undefined` when there was none). */
  body: unknown;
  /** Whether the request had a non-empty body. */
  hasBody: boolean;
}

export type RouteHandler = (ctx: Ctx) => Response | Promise<Response>;

export interface Route {
  method: string;
  /** '/notifications/:id' — `:name` matches one segment. */
  path: string;
  handle: RouteHandler;
}

export interface DialectDef {
  name: Dialect;
  /** MSW path pattern of the dialect's base (leading `*` so it matches any origin), e.g. `*\/bird`. */
  base: string;
  /** The path relative to the dialect base, or `undefined` when the URL is not this dialect's. */
  relative(pathname: string): string | undefined;
  /** A JSON response in this dialect's content type. */
  json(body: unknown, status?: number, headers?: Record<string, string>): Response;
  /** The dialect's error body for a status (used for status-only faults, 404, 405, …). */
  errorBody(status: number, message: string): unknown;
  /** 401 (signed out / session gone). */
  unauthorized(): Response;
  /** Answers 401 for every route while true (e.g. after the account was deleted). */
  gone(realm: MockRealm): boolean;
  routes: Route[];
}

/** Finds the route for a method + path; `allowed` lists the methods of a path-only match. */
export function findRoute(routes: Route[], method: string, path: string): { route?: Route; params: Record<string, string>; allowed: string[] } {
  const actual = path.split('/').filter(Boolean);
  const allowed: string[] = [];
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== actual.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < pattern.length; i++) {
      const p = pattern[i]!;
      const a = actual[i]!;
      if (p.startsWith(':')) {
        try {
          params[p.slice(1)] = decodeURIComponent(a);
        } catch {
          params[p.slice(1)] = a;
        }
      } else if (p !== a) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (route.method === method) return { route, params, allowed };
    allowed.push(route.method);
  }
  return { params: {}, allowed };
}

export function jsonResponse(body: unknown, status = 200, contentType = 'application/json', headers: Record<string, string> = {}): Response {
  return HttpResponse.json(body as never, { status, headers: { 'Content-Type': contentType, ...headers } });
}

export function noContent(status = 204, headers: Record<string, string> = {}): Response {
  return new HttpResponse(null, { status, headers });
}

/** Standard reason phrases for the statuses a test is likely to fake. */
export function reason(status: number): string {
  const map: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    408: 'Request Timeout',
    409: 'Conflict',
    410: 'Gone',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    422: 'Unprocessable Entity',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    501: 'Not Implemented',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  };
  return map[status] ?? (status >= 500 ? 'Server Error' : status >= 400 ? 'Client Error' : 'OK');
}

// ---------------------------------------------------------------------------------------------
// Abort plumbing
// ---------------------------------------------------------------------------------------------

/**
 * The Node server (`scripts/mock-api.ts`) cannot give the Fetch `Request` an AbortSignal (the
 * http-middleware builds the Request itself), so it tags each request with this header and
 * registers a signal that aborts when the client connection closes.
 */
export const MOCK_REQUEST_ID_HEADER = 'x-mock-request-id';

const externalSignals = new Map<string, AbortSignal>();

/** Registers the abort signal for a tagged request; call the returned function when done. */
export function registerRequestSignal(id: string, signal: AbortSignal): () => void {
  externalSignals.set(id, signal);
  return () => {
    if (externalSignals.get(id) === signal) externalSignals.delete(id);
  };
}

/** The signals that end a request: its own, plus the server's connection-close signal. */
export function requestSignals(request: Request): AbortSignal[] {
  const out: AbortSignal[] = [];
  if (request.signal) out.push(request.signal);
  const id = request.headers.get(MOCK_REQUEST_ID_HEADER);
  const ext = id ? externalSignals.get(id) : undefined;
  if (ext) out.push(ext);
  return out;
}

/**
 * Waits `ms` (or forever when `ms` is Infinity); resolves `true` when the time elapsed and `false`
 * as soon as any signal aborts. Unlike MSW's `delay()`, the timer is cleared on abort, so aborted
 * requests leave nothing behind.
 */
export function sleep(ms: number, signals: AbortSignal[]): Promise<boolean> {
  return new Promise((resolve) => {
    if (signals.some((s) => s.aborted)) {
      resolve(false);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (elapsed: boolean) => {
      if (timer !== undefined) clearTimeout(timer);
      for (const s of signals) s.removeEventListener('abort', onAbort);
      resolve(elapsed);
    };
    const onAbort = () => done(false);
    for (const s of signals) s.addEventListener('abort', onAbort, { once: true });
    if (Number.isFinite(ms)) timer = setTimeout(() => done(true), Math.max(0, Math.min(ms, 2_147_483_647)));
  });
}
