// SCIMMY (scimmy@1.3.5 + scimmy-routers@1.3.2 + express@4.22.3) as a REAL SCIM 2.0
// server for the profile-elements end-to-end suite.
//
//   const srv = await startScimmy({ port: 0, allowOrigin: 'http://localhost:5173' });
//   srv.url   -> "http://127.0.0.1:PORT/scim2"
//   srv.reset() restores the seed, srv.state exposes the in-memory store, srv.close() stops it.
//
// Options:
//   glue      (default true)  add the PATCH/DELETE /Me routes (the README recipe). false = stock
//                             scimmy-routers, where PATCH/DELETE /Me answer 501.
//   passwords (default false) advertise + accept password changes (ServiceProviderConfig
//                             changePassword.supported). When false, the ingress handler rejects
//                             a `password` with 400 mutability (SCIMMY itself never enforces it).
//   token     (default 'test-token') bearer token that signs in as kim.
//   tokens    optional extra {token: userId} map.
//
// Caveat: SCIMMY is a process-wide singleton (declared resources, handlers, SCIMMY.Config and
// resource basepaths are global). Handlers here dispatch through the per-server `context`, so
// several servers can coexist in one process, but the changePassword flag is global (the last
// startScimmy() wins) and absolute meta.location URLs are set per request (racy across servers).
import express from 'express';
import SCIMMYRouters, { SCIMMY } from 'scimmy-routers';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const IDS = Object.freeze({
  kim: '2819c223-7f76-453a-919d-413861904646',
  lee: '902c246b-6245-4190-8e05-00816be7344a',
  locked: 'c0ffee00-0000-4000-8000-000000000403',
  engineering: 'e9e30dba-f08f-4109-8486-d5c6a331660a',
});
export const LOCKED_DETAIL = 'User is managed by the HR system and cannot be modified via SCIM';

const T0 = '2024-01-15T09:00:00.000Z';
const meta = () => ({ created: T0, lastModified: T0 });

export function seed() {
  const users = [
    {
      id: IDS.kim,
      userName: 'kim@example.com',
      name: { givenName: 'Kim', familyName: 'Jensen', formatted: 'Kim Jensen' },
      displayName: 'Kim Jensen',
      nickName: 'Kimmy',
      emails: [
        { value: 'kim.jensen@corp.example.com', type: 'work', primary: false },
        { value: 'kim@example.com', type: 'home', primary: true },
      ],
      phoneNumbers: [
        { value: '+44 7700 900123', type: 'mobile' },
        { value: '+44 20 7946 0018', type: 'work' },
      ],
      addresses: [
        { type: 'work', streetAddress: '1 Example Street', locality: 'London', postalCode: 'EC1A 1BB', country: 'GB' },
      ],
      preferredLanguage: 'en-GB',
      locale: 'en-GB',
      timezone: 'Europe/London',
      title: 'Engineer',
      active: true,
      [ENTERPRISE]: {
        employeeNumber: 'E-1001',
        department: 'Engineering',
        organization: 'Example Corp',
        manager: { value: IDS.lee, displayName: 'Lee Park' },
      },
      meta: meta(),
    },
    {
      id: IDS.lee,
      userName: 'lee@example.com',
      name: { givenName: 'Lee', familyName: 'Park', formatted: 'Lee Park' },
      displayName: 'Lee Park',
      emails: [{ value: 'lee@example.com', type: 'work', primary: true }],
      title: 'Engineering Manager',
      active: true,
      [ENTERPRISE]: { employeeNumber: 'E-0042', department: 'Engineering', organization: 'Example Corp' },
      meta: meta(),
    },
    {
      id: IDS.locked,
      userName: 'hr-managed@example.com',
      name: { givenName: 'Robin', familyName: 'Locke', formatted: 'Robin Locke' },
      displayName: 'Robin Locke',
      emails: [{ value: 'hr-managed@example.com', type: 'work', primary: true }],
      active: true,
      meta: meta(),
    },
  ];
  const groups = [
    { id: IDS.engineering, displayName: 'Engineering', members: [{ value: IDS.kim, display: 'Kim Jensen' }, { value: IDS.lee, display: 'Lee Park' }], meta: meta() },
  ];
  return { users, groups };
}

// ---------------------------------------------------------------------------------------------
// SCIMMY resource declarations (once per process). Handlers get (resource, [instance,] ctx);
// ctx is whatever our `context(req)` returned, so each server instance brings its own store.
// ---------------------------------------------------------------------------------------------
const clone = (v) => structuredClone(v);
const notFound = (id) => new SCIMMY.Types.Error(404, null, `Resource ${id} not found`);
let declared = false;
// What egress returns for a user: stored data + the readOnly `groups` derived from Group membership.
const userView = (u, { groups }) => ({
  ...clone(u),
  groups: [...groups.values()].filter((g) => g.members?.some((m) => m.value === u.id))
    .map((g) => ({ value: g.id, display: g.displayName, type: 'direct' })),
});

function declareResources() {
  if (declared) return;
  declared = true;

  SCIMMY.Resources.declare(SCIMMY.Resources.User, {
    extensions: [{ schema: SCIMMY.Schemas.EnterpriseUser, required: false }],

    // egress(resource, ctx): return one object (resource.id set) or an array (list/filter)
    egress: (resource, ctx) => {
      const { users } = ctx.store;
      const withGroups = (u) => userView(u, ctx.store);
      if (resource.id) {
        const u = users.get(resource.id);
        if (!u) throw notFound(resource.id);
        return withGroups(u);
      }
      const all = [...users.values()].map(withGroups);
      return resource.filter ? resource.filter.match(all) : all;
    },

    // ingress(resource, instance, ctx): instance is a SCIMMY.Schemas.User (direction "in").
    // For PATCH, SCIMMY has already applied the PatchOp to the egress output and hands us
    // the WHOLE patched resource (PUT-like). Our job is only the data-layer rules.
    ingress: (resource, instance, ctx) => {
      const { users, passwords, config } = ctx.store;
      if (resource.id && !users.has(resource.id)) throw notFound(resource.id);
      if (resource.id === IDS.locked) throw new SCIMMY.Types.Error(403, null, LOCKED_DETAIL);

      const data = JSON.parse(JSON.stringify(instance)); // toJSON drops returned:never (password)
      const password = instance.password; // ...so read it explicitly
      delete data.schemas; delete data.meta; delete data.id; delete data.groups;

      // userName uniqueness ("server") is the service provider's job, not SCIMMY's
      const clash = [...users.values()].find((u) => u.id !== resource.id
        && u.userName.toLowerCase() === String(data.userName).toLowerCase());
      if (clash) throw new SCIMMY.Types.Error(409, 'uniqueness', `userName '${data.userName}' is already in use`);

      if (password !== undefined) {
        if (!config.passwords)
          throw new SCIMMY.Types.Error(400, 'mutability', 'Password changes are not supported by this service provider');
        if (String(password).length < 8 || !/\d/.test(String(password)))
          throw new SCIMMY.Types.Error(400, 'invalidValue', 'Password does not satisfy the password policy (minimum 8 characters, at least one digit)');
      }

      const id = resource.id ?? crypto.randomUUID();
      const now = new Date().toISOString();
      const stored = { ...data, id, meta: { created: users.get(id)?.meta?.created ?? now, lastModified: now } };
      users.set(id, stored);
      if (password !== undefined) passwords.set(id, String(password));
      return userView(stored, ctx.store);
    },

    degress: (resource, ctx) => {
      const { users, groups, passwords } = ctx.store;
      if (!users.has(resource.id)) throw notFound(resource.id);
      if (resource.id === IDS.locked) throw new SCIMMY.Types.Error(403, null, LOCKED_DETAIL);
      users.delete(resource.id);
      passwords.delete(resource.id);
      for (const g of groups.values()) g.members = g.members?.filter((m) => m.value !== resource.id);
    },
  });

  SCIMMY.Resources.declare(SCIMMY.Resources.Group, {
    egress: (resource, ctx) => {
      const { groups } = ctx.store;
      if (resource.id) {
        if (!groups.has(resource.id)) throw notFound(resource.id);
        return clone(groups.get(resource.id));
      }
      const all = [...groups.values()].map(clone);
      return resource.filter ? resource.filter.match(all) : all;
    },
    ingress: (resource, instance, ctx) => {
      const { groups } = ctx.store;
      if (resource.id && !groups.has(resource.id)) throw notFound(resource.id);
      const data = JSON.parse(JSON.stringify(instance));
      delete data.schemas; delete data.meta; delete data.id;
      const id = resource.id ?? crypto.randomUUID();
      const now = new Date().toISOString();
      const stored = { ...data, id, meta: { created: groups.get(id)?.meta?.created ?? now, lastModified: now } };
      groups.set(id, stored);
      return clone(stored);
    },
    degress: (resource, ctx) => {
      if (!ctx.store.groups.delete(resource.id)) throw notFound(resource.id);
    },
  });
}

// ---------------------------------------------------------------------------------------------
// CORS for a credentialed cross-origin page. Preflights never carry Authorization, so this runs
// before anything that authenticates.
// ---------------------------------------------------------------------------------------------
const LOCALHOST = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;
function cors(allowOrigin) {
  return (req, res, next) => {
    const origin = req.get('Origin');
    res.vary('Origin');
    if (origin && (allowOrigin ? origin === allowOrigin : LOCALHOST.test(origin))) {
      res.set({
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Methods': 'GET, PATCH, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, Accept-Language, X-CSRF-Token',
        'Access-Control-Expose-Headers': 'Location, Content-Type',
        'Access-Control-Max-Age': '600',
      });
    }
    if (req.method === 'OPTIONS') return res.status(204).end();
    next();
  };
}

export async function startScimmy({ port = 0, allowOrigin, token = 'test-token', tokens = {}, glue = true, passwords = false } = {}) {
  declareResources();

  const store = {
    users: new Map(), groups: new Map(), passwords: new Map(),
    config: { passwords, glue },
  };
  const reset = () => {
    const s = seed();
    store.users.clear(); store.groups.clear(); store.passwords.clear();
    for (const u of s.users) store.users.set(u.id, u);
    for (const g of s.groups) store.groups.set(g.id, g);
    state.requests.length = 0;
  };
  const state = { ...store, requests: [], ids: IDS };

  const tokenToUser = { [token]: IDS.kim, ...tokens };

  // scimmy-routers "handler": throw => 401 SCIM error (detail = ex.message); the returned
  // string is the id GET /Me reads.
  const authenticate = (req) => {
    const header = req.get('Authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m) throw new Error('Missing bearer token');
    const userId = tokenToUser[m[1].trim()];
    if (!userId) throw new Error('Invalid bearer token');
    return userId;
  };
  // scimmy-routers "context": passed as `ctx` to every egress/ingress/degress call.
  const context = (req) => ({ store, userId: authenticate(req) });

  const app = express();
  app.disable('x-powered-by');
  app.use(cors(allowOrigin));
  app.use((req, res, next) => { // observability only (not a fault switch)
    res.on('finish', () => state.requests.push({
      method: req.method, path: req.originalUrl, status: res.statusCode,
      authorization: req.get('Authorization'), contentType: req.get('Content-Type'), body: req.body,
    }));
    next();
  });

  // SCIMMY's config is global. SCIMMYRouters' constructor APPENDS its authenticationSchemes
  // entry every time it runs, so clear them first; then set changePassword our way.
  SCIMMY.Config.set('authenticationSchemes', []);
  const baseUri = (req) => `${req.protocol}://${req.get('host')}`; // absolute meta.location
  const scimRouter = new SCIMMYRouters({
    type: 'bearer',
    docUri: 'https://example.com/docs/scim-auth',
    handler: authenticate,
    context,
    baseUri,
  });
  SCIMMY.Config.set({ changePassword: passwords, patch: true, etag: false });

  if (glue) app.use('/scim2', meGlue({ authenticate, context, baseUri }));
  app.use('/scim2', scimRouter);
  // scimmy-routers answers status >= 500 (incl. the stock 501 for PATCH/DELETE /Me) and THEN
  // calls next(ex); Express's final handler would log the stack and destroy the socket because
  // headers were already sent. The response itself is unchanged by this handler.
  app.use((ex, req, res, next) => (res.headersSent ? undefined : next(ex)));

  const server = await new Promise((resolve, reject) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
  reset();
  const url = `http://127.0.0.1:${server.address().port}/scim2`;
  const close = () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); });
  return { url, close, reset, state, app, server };
}

// ---------------------------------------------------------------------------------------------
// GLUE — the README recipe. Stock scimmy-routers answers only GET /Me; every other method on
// /Me gets 501 "Endpoint Not Implemented". These two routes, mounted BEFORE the SCIMMYRouters
// instance, send PATCH/DELETE /Me to SCIMMY's own User resource for the signed-in user, so
// SCIMMY's PatchOp validation and your ingress/degress handlers run exactly as for /Users/{id}.
// ---------------------------------------------------------------------------------------------
export function meGlue({ authenticate, context, baseUri = () => '' }) {
  const router = express.Router();
  router.use('/Me', express.json({ type: ['application/scim+json', 'application/json'] }));
  // Send anything thrown as a SCIM error body (same shape/statuses as scimmy-routers).
  const fail = (res, ex, status = ex.status ?? 500) => {
    let body;
    try { body = new SCIMMY.Messages.Error({ status, scimType: ex.scimType, message: ex.message }); }
    catch { body = new SCIMMY.Messages.Error({ status: (status = 500), message: ex.message }); } // non-SCIM status
    res.status(status).type('application/scim+json').send(body);
  };
  // Same contract as SCIMMYRouters: the auth handler throws => 401, else returns the user id.
  // Also set User's basepath: scimmy-routers only does that in ITS middleware, which runs later.
  const me = async (req, res) => {
    try {
      const id = await authenticate(req);
      SCIMMY.Resources.User.basepath(`${(await baseUri(req)) ?? ''}${req.baseUrl}`);
      return id;
    } catch (ex) { fail(res, ex, 401); }
  };
  router.patch('/Me', async (req, res) => {
    const id = await me(req, res); if (!id) return;
    try {
      const user = await new SCIMMY.Resources.User(id, req.query).patch(req.body, await context(req));
      if (!user) return res.status(204).end(); // PatchOp produced no visible change
      res.status(200).type('application/scim+json').location(user.meta.location).send(user);
    } catch (ex) { fail(res, ex); }
  });
  router.delete('/Me', async (req, res) => {
    const id = await me(req, res); if (!id) return;
    try {
      await new SCIMMY.Resources.User(id).dispose(await context(req));
      res.status(204).end();
    } catch (ex) { fail(res, ex); }
  });
  // Malformed JSON from express.json() -> SCIM 400 (scimmy-routers does the same for its routes).
  router.use('/Me', (ex, req, res, next) => fail(res, ex));
  return router;
}
