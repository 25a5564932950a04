// Serves the mock realm (the same MSW handlers as the browser worker) from a real HTTP server on
// localhost, for cross-origin E2E runs, benchmarks and manual testing:
//
//   MOCK_API_PORT=9090 MOCK_API_NOTIFICATIONS=10000 tsx scripts/mock-api.ts
//
// Control endpoints (JSON bodies) for tests in another process: see mocks/README.md.
import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { createMiddleware } from '@mswjs/http-middleware';
import { createHandlers, MOCK_REQUEST_ID_HEADER, registerRequestSignal } from '../mocks/handlers.js';
import { createRealm, type Dialect, type Fault, type MockRealm, type RealmOptions } from '../mocks/realm.js';

const port = Number(process.env.MOCK_API_PORT ?? 9090);
const envCount = (name: string): number | undefined => {
  const v = process.env[name];
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number (got ${v})`);
  return Math.floor(n);
};
const baseOptions: RealmOptions = { notifications: envCount('MOCK_API_NOTIFICATIONS'), events: envCount('MOCK_API_EVENTS') };

let realm: MockRealm = createRealm(baseOptions);
/** Mock requests whose handler has not finished yet (hanging ones included). */
let inFlight = 0;
/** The realm was re-created by `POST /__mock/reset {notifications|events}`. */
let customCounts = false;
let mock = createMiddleware(...createHandlers(realm));

function useRealm(next: MockRealm) {
  realm = next;
  mock = createMiddleware(...createHandlers(realm));
}

const app = express();
app.disable('x-powered-by');
app.set('etag', false);

// CORS for credentialed cross-origin requests: echo the Origin (never "*" with credentials).
app.use((req: Request, res: Response, next: NextFunction) => {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    // (The benchmark reads when each answer started: how long the server took, the RTT included.)
    res.setHeader('Timing-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Location, WWW-Authenticate');
  }
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-CSRF-Token, Accept');
    res.setHeader('Access-Control-Max-Age', '600');
    if (req.headers['access-control-request-private-network'] === 'true') res.setHeader('Access-Control-Allow-Private-Network', 'true');
    res.status(204).end();
    return;
  }
  next();
});

// ---- control endpoints ------------------------------------------------------------------------
const control = express.Router();
control.use(express.json({ limit: '1mb' }));

const DIALECTS: Dialect[] = ['modyo', 'rest', 'scim'];
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

control.post('/reset', (req, res) => {
  const b: unknown = req.body;
  const n = isObject(b) ? b.notifications : undefined;
  const e = isObject(b) ? b.events : undefined;
  if (typeof n === 'number' || typeof e === 'number') {
    // A fresh realm with other counts (e.g. {"notifications": 10000}) until the next plain reset.
    useRealm(createRealm({ ...baseOptions, ...(typeof n === 'number' ? { notifications: n } : {}), ...(typeof e === 'number' ? { events: e } : {}) }));
    customCounts = true;
  } else if (customCounts) {
    useRealm(createRealm(baseOptions));
    customCounts = false;
  }
  realm.reset();
  res.status(204).end();
});

control.post('/fault', (req, res) => {
  const b: unknown = req.body;
  if (!isObject(b) || typeof b.route !== 'string' || !isObject(b.fault)) {
    res.status(400).json({ error: 'expected {route: "METHOD /path", fault: {...}, dialect?}' });
    return;
  }
  const dialect = b.dialect;
  if (dialect !== undefined && !DIALECTS.includes(dialect as Dialect)) {
    res.status(400).json({ error: `dialect must be one of ${DIALECTS.join(', ')}` });
    return;
  }
  try {
    realm.fault(b.route, b.fault as Fault, dialect as Dialect | undefined);
  } catch (err) {
    res.status(400).json({ error: String((err as Error).message ?? err) });
    return;
  }
  res.status(204).end();
});

control.post('/clear-faults', (_req, res) => {
  realm.clearFaults();
  res.status(204).end();
});

control.post('/state', (req, res) => {
  const b: unknown = req.body;
  if (!isObject(b)) {
    res.status(400).json({ error: 'expected {signedIn?, latency?, scimAllowDelete?}' });
    return;
  }
  if (typeof b.signedIn === 'boolean') realm.signedIn = b.signedIn;
  if (typeof b.latency === 'number' && b.latency >= 0) realm.latency = b.latency;
  if (typeof b.scimAllowDelete === 'boolean') realm.scim.allowDelete = b.scimAllowDelete;
  res.json({ signedIn: realm.signedIn, latency: realm.latency, scimAllowDelete: realm.scim.allowDelete });
});

control.get('/state', (_req, res) => {
  res.json({ signedIn: realm.signedIn, latency: realm.latency, inFlight, faults: realm.faults, modyo: realm.modyo, rest: realm.rest, scim: { ...realm.scim, password: undefined } });
});

control.get('/requests', (_req, res) => {
  res.json(realm.requests);
});

control.use((_req, res) => {
  res.status(404).json({ error: 'unknown control endpoint' });
});

control.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
  const status = (err as { status?: number }).status ?? 500;
  res.status(status).json({ error: String((err as Error).message ?? err) });
});

app.use('/__mock', control);

// ---- the mock API -----------------------------------------------------------------------------
// Each request gets an id and an AbortSignal that fires when the client goes away, so hanging
// and delayed responses end instead of leaking; a network fault (Response.error(), status 0)
// becomes a destroyed socket.
app.use((req: Request, res: Response, next: NextFunction) => {
  const id = randomUUID();
  const controller = new AbortController();
  const unregister = registerRequestSignal(id, controller.signal);
  req.headers[MOCK_REQUEST_ID_HEADER] = id;
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
    unregister();
  });
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = ((...args: unknown[]) => {
    if (res.statusCode === 0 || res.destroyed) {
      res.destroy();
      return res;
    }
    return end(...args);
  }) as typeof res.end;
  const appendHeader = res.appendHeader.bind(res);
  res.appendHeader = ((name: string, value: string | readonly string[]) => {
    if (res.headersSent || res.destroyed) return res;
    // Never let a mocked response duplicate the CORS headers set above.
    if (/^access-control-|^vary$/i.test(name) && res.hasHeader(name)) return res;
    return appendHeader(name, value);
  }) as typeof res.appendHeader;
  inFlight += 1;
  void Promise.resolve(mock(req, res, next)).finally(() => {
    inFlight -= 1;
  });
});

app.use((req: Request, res: Response) => {
  res.status(404).json({ error: `no mock for ${req.method} ${req.path}` });
});

app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  res.status(500).json({ error: String((err as Error)?.message ?? err) });
});

process.on('unhandledRejection', (err) => {
  console.error('[mock-api] unhandled rejection:', err);
});

const server = app.listen(port, '127.0.0.1', () => {
  console.log(`mock API on http://127.0.0.1:${port}`);
});

const shutdown = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
