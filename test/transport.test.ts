import { expect } from '@open-wc/testing';
import { createApi, ProfileApiError, Transport } from '../src/api/index.js';
import { MODYO, realm, rejection, requests, useRealm } from './helpers.js';

const api = (extra: Partial<Parameters<typeof createApi>[0]> = {}) =>
  createApi({ apiBase: MODYO.base, realm: MODYO.realm, ...extra });

describe('Transport', () => {
  beforeEach(useRealm);
  afterEach(() => document.querySelector('meta[name="csrf-token"]')?.remove());

  it('sends the bearer token from .token / getToken on every request, never in the URL', async () => {
    let n = 0;
    const client = api({ token: async () => `tok-${++n}` });
    await client.getProfile();
    await client.listSites!();
    const [a, b] = realm.requests;
    expect(a.headers.authorization).to.equal('Bearer tok-1');
    expect(b.headers.authorization).to.equal('Bearer tok-2');
    expect(a.url).not.to.contain('tok-');
  });

  it('sends the user’s language as Accept-Language, so the server can word its errors in it', async () => {
    await api({ lang: () => 'es-MX' }).getProfile();
    expect(realm.requests[0].headers['accept-language']).to.equal('es-MX');
  });

  it('sends no Authorization header without a token', async () => {
    await api().getProfile();
    expect(realm.requests[0].headers).not.to.have.property('authorization');
  });

  it('adds X-CSRF-Token from <meta name="csrf-token"> to mutations only', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'csrf-token', content: 'csrf-123' });
    document.head.append(meta);
    const client = api();
    await client.getProfile();
    await client.updateProfile({ first_name: 'Ana' });
    expect(requests('GET', '/me')[0].headers).not.to.have.property('x-csrf-token');
    expect(requests('PUT', '/me')[0].headers['x-csrf-token']).to.equal('csrf-123');
  });

  it('rejects with status −1 when the network fails', async () => {
    realm.fault('GET /me', { network: true });
    const e = await rejection(api({ timeout: 2000 }).getProfile());
    expect(e).to.be.instanceOf(ProfileApiError);
    expect(e.status).to.equal(-1);
    expect(e.kind).to.equal('network');
  });

  it('gives up on a response that never ends after the timeout', async () => {
    realm.fault('GET /sites', { hang: true });
    const e = await rejection(api({ timeout: 300 }).listSites!());
    expect(e.kind).to.equal('timeout');
    expect(e.status).to.equal(-1);
  });

  it('turns malformed JSON into a parse error', async () => {
    realm.fault('GET /me', { status: 200, raw: '{"id": 1, "name": ' });
    const e = await rejection(api().getProfile());
    expect(e.kind).to.equal('parse');
  });

  it('turns valid JSON of the wrong shape into a shape error', async () => {
    realm.fault('GET /notifications', { status: 200, body: { notifications: 'none' } });
    const e = await rejection(api().listNotifications!(1, 10));
    expect(e.kind).to.equal('shape');
    realm.fault('GET /me', { status: 200, body: [1, 2] });
    expect((await rejection(api().getProfile())).kind).to.equal('shape');
  });

  it('reads the message of both Modyo 401 bodies', async () => {
    realm.fault('GET /me', { status: 401, body: { error: { grant_expired: 'Grant expired' } } });
    const e = await rejection(api().getProfile());
    expect(e.status).to.equal(401);
    expect(e.message).to.equal('Grant expired');
  });

  it('retries a GET after a transient failure, but never a mutation', async () => {
    const fast = new Transport({ base: `${MODYO.base}/realms/demo`, retryDelay: 10 });
    realm.fault('GET /sites', { status: 503, times: 1 });
    await fast.request('GET', '/sites');
    expect(requests('GET', '/sites')).to.have.length(2);

    realm.fault('PUT /me', { status: 503, times: 1 });
    const e = await rejection(fast.request('PUT', '/me', { body: { first_name: 'A' } }));
    expect(e.status).to.equal(503);
    expect(requests('PUT', '/me')).to.have.length(1);
  });

  it('honours Retry-After on 429 and reports it when retries run out', async () => {
    const fast = new Transport({ base: `${MODYO.base}/realms/demo`, retries: 1 });
    realm.fault('GET /sites', { status: 429, headers: { 'Retry-After': '0' }, body: { error: 'slow down' } });
    const e = await rejection(fast.request('GET', '/sites'));
    expect(e.status).to.equal(429);
    expect(e.retryAfter).to.equal(0);
    expect(requests('GET', '/sites')).to.have.length(2);
  });

  it('reads Retry-After given as an HTTP date', async () => {
    const when = new Date(Date.now() + 120_000).toUTCString();
    realm.fault('GET /sites', { status: 503, headers: { 'Retry-After': when } });
    const e = await rejection(api().listSites!());
    expect(e.retryAfter).to.be.within(110, 121);
    expect(requests('GET', '/sites'), 'too long a wait: not retried').to.have.length(1);
  });

  it('does not retry when the server asks for a long wait', async () => {
    realm.fault('GET /sites', { status: 429, headers: { 'Retry-After': '120' } });
    const e = await rejection(api().listSites!());
    expect(e.retryAfter).to.equal(120);
    expect(requests('GET', '/sites')).to.have.length(1);
  });

  it('tells a caller who asks the response status (202 Accepted vs 204)', async () => {
    const t = new Transport({ base: '/api/bird' });
    const response: { status?: number } = {};
    await t.request('DELETE', '/me', { response });
    expect(response.status).to.equal(202);
    realm.fault('GET /me', { status: 404 }, 'rest');
    const failed: { status?: number } = {};
    expect((await rejection(t.request('GET', '/me', { response: failed }))).status).to.equal(404);
    expect(failed.status).to.equal(404);
  });

  it('aborts with the caller’s signal', async () => {
    realm.fault('GET /me', { hang: true });
    const ctl = new AbortController();
    const p = api().getProfile(ctl.signal);
    ctl.abort();
    const e = await rejection(p);
    expect((e as Error).name).to.equal('AbortError');
  });
});
