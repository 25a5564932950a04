/**
 * MSW 2 request handlers for the mock realm — the same list serves the browser (service worker:
 * tests, demo, Storybook) and Node (`scripts/mock-api.ts` through @mswjs/http-middleware).
 *
 * Per request: log it → apply the matching fault (delay, status/body/raw, network error, hang)
 * → wait `realm.latency` → 400 on a body that is not JSON → 401 when signed out / account gone →
 * route (404 unknown path, 405 known path with another method).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  findRoute,
  MOCK_REQUEST_ID_HEADER,
  reason,
  requestSignals,
  sleep,
  type Ctx,
  type DialectDef,
  type Route,
} from './common.js';
import { modyoDialect } from './modyo.js';
import { createRealm, type Fault, type MockRealm } from './realm.js';
import { restDialect } from './rest.js';
import { scimDialect } from './scim.js';

export { MOCK_REQUEST_ID_HEADER, registerRequestSignal } from './common.js';
export { modyoDialect, restDialect, scimDialect };

export const dialects: readonly DialectDef[] = [modyoDialect, restDialect, scimDialect];

/** Paths that look like static files are never ours (dev servers serve `/src/…/x.ts` etc.). */
const ASSET = /\.[a-z0-9]{1,8}$/i;

const answers = (f: Fault) => f.status !== undefined || f.body !== undefined || f.raw !== undefined || !!f.network || !!f.hang;

function faultResponse(d: DialectDef, f: Fault): Response {
  if (f.network) return HttpResponse.error();
  const status = f.status ?? 500;
  const headers = { ...(f.headers ?? {}) };
  const hasHeader = (name: string) => Object.keys(headers).some((h) => h.toLowerCase() === name);
  if (f.raw !== undefined) {
    if (!hasHeader('content-type')) headers['Content-Type'] = 'application/json';
    return new HttpResponse(f.raw, { status, headers });
  }
  if (f.body !== undefined) {
    return d.json(f.body, status, headers);
  }
  if (status === 204 || status === 205 || status === 304 || (status >= 100 && status < 200) || status === 202) {
    return new HttpResponse(null, { status, headers });
  }
  return d.json(d.errorBody(status, reason(status)), status, headers);
}

function withHeaders(res: Response, headers: Record<string, string> | undefined): Response {
  if (!headers) return res;
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

/**
 * The resolver of one route of a dialect (or, without `route`, of everything else under its base:
 * unknown paths answer 404, known paths with another method 405). Every request goes the same way:
 * log it → apply its fault → wait the realm's latency → 400 on a body that is not JSON → 401 when
 * signed out / account gone → the route.
 */
function resolver(realm: MockRealm, d: DialectDef, route?: Route) {
  return async ({ request, params: mswParams }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const url = new URL(request.url);
    let path = d.relative(url.pathname);
    if (path === undefined || ASSET.test(path)) return undefined; // not ours: pass through
    if (path.length > 1) path = path.replace(/\/+$/, '');
    const method = request.method.toUpperCase();

    const text = method === 'GET' || method === 'HEAD' ? '' : await request.text().catch(() => '');
    let body: unknown;
    let malformed = false;
    if (text.trim()) {
      try {
        body = JSON.parse(text);
      } catch {
        malformed = true;
        body = text;
      }
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => {
      if (k !== MOCK_REQUEST_ID_HEADER) headers[k] = v;
    });
    const query: Record<string, string> = {};
    url.searchParams.forEach((v, k) => {
      query[k] = v;
    });
    realm.requests.push({ method, path, dialect: d.name, query, headers, body, url: url.href });

    const signals = requestSignals(request);
    const fault = realm.takeFault(d.name, method, path);
    const wait = Math.max(0, realm.latency || 0) + Math.max(0, fault?.delay ?? 0);
    if (wait > 0 && !(await sleep(wait, signals))) return HttpResponse.error();

    if (fault && answers(fault)) {
      if (fault.hang) {
        await sleep(Infinity, [...signals, realm.releaseSignal]);
        return HttpResponse.error();
      }
      return faultResponse(d, fault);
    }

    let res: Response;
    if (malformed) {
      const b = d.errorBody(400, 'Malformed JSON in request body');
      res = d.json(d.name === 'scim' ? { ...(b as object), scimType: 'invalidSyntax' } : b, 400);
    } else if (!realm.signedIn || d.gone(realm)) {
      res = d.unauthorized();
    } else if (route) {
      const params = Object.fromEntries(Object.entries(mswParams).map(([k, v]) => [k, String(v)]));
      const ctx: Ctx = { realm, dialect: d.name, request, url, method, path, params, query: url.searchParams, body, hasBody: text.trim() !== '' };
      res = await route.handle(ctx);
    } else {
      const { allowed } = findRoute(d.routes, method, path);
      res = allowed.length
        ? d.json(d.errorBody(405, `Method ${method} not allowed on ${path}`), 405, { Allow: allowed.join(', ') })
        : d.json(d.errorBody(404, `No route for ${method} ${path}`), 404);
    }
    return withHeaders(res, fault?.headers);
  };
}

const METHODS = { GET: http.get, PUT: http.put, POST: http.post, PATCH: http.patch, DELETE: http.delete } as const;

/**
 * The handlers of one realm: one MSW handler per route of each dialect (modyo under
 * `*\/realms/:realm`, rest `*\/bird`, scim `*\/scim2`), then, per dialect, one for the rest of its
 * paths (faults on any path, 404, 405).
 */
export function createHandlers(realm: MockRealm): HttpHandler[] {
  return dialects.flatMap((d) => [
    ...d.routes.map((r) => METHODS[r.method as keyof typeof METHODS](`${d.base}${r.path}`, resolver(realm, d, r))),
    http.all(`${d.base}/*`, resolver(realm, d)),
  ]);
}

/** The default shared realm and its handlers. */
export const realm: MockRealm = createRealm();
export const handlers: HttpHandler[] = createHandlers(realm);
