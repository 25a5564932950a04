// Contract tests of the `rest` dialect (Bird-style "Current user", seeds 002/004) through the mock
// realm: every call's method, path, headers and body, the mapping of the seed's responses, errors.
import { expect } from '@open-wc/testing';
import { createApi, ProfileApiError, type ApiConfig, type FieldDefinition } from '../src/api/index.js';
import { useLocale } from '../src/i18n/locale.js';
import { realm, rejection, requests, useRealm } from './helpers.js';

const BASE = '/api/bird';
const api = (extra: Partial<ApiConfig> = {}) => createApi({ dialect: 'rest', apiBase: BASE, ...extra });

describe('rest adapter', () => {
  beforeEach(useRealm);

  it('knows its capabilities at once: profile, edit, delete; no notifications, sites, activity, subscriptions, help', () => {
    const client = api();
    for (const m of ['getProfile', 'updateProfile', 'deleteAccount', 'getFormConfig']) expect(client, m).to.have.property(m).that.is.a('function');
    for (const m of ['listNotifications', 'markNotificationRead', 'markAllNotificationsRead', 'listSites', 'listActivity', 'listSubscriptions', 'setSubscription', 'getHelpCenterUrl', 'changePassword']) {
      expect(client, m).not.to.have.property(m);
    }
  });

  it('GET {api-base}/me with the bearer token → the whole seed user, normalised', async () => {
    const p = await api({ token: () => 'jwt-1' }).getProfile();
    const [req] = requests('GET', '/me');
    expect(req.url).to.equal(`${location.origin}${BASE}/me`);
    expect(req.headers.authorization).to.equal('Bearer jwt-1');
    expect(req.headers.accept).to.equal('application/json');
    expect(p).to.include({
      id: '5f2b8c9e-7a41-4d3b-9e6f-2c8a1b0d4e73',
      name: 'Jordan Rivera',
      email: 'jordan.rivera@example.com',
      status: 'active',
      locale: 'en-US',
      timezone: 'America/Los_Angeles',
      activeSessions: 3,
      createdAt: realm.rest.user.createdAt,
      bio: realm.rest.user.bio,
      delegatedToken: null,
    });
    expect(p.avatarUrl).to.match(/^data:image\//);
    expect(p.emails).to.deep.equal([
      { address: 'jordan.rivera@example.com', verified: true, primary: true },
      { address: 'jordan@rivera.dev', verified: false, primary: false },
    ]);
    expect(p.phones).to.deep.equal([
      { number: '+14155550132', verified: true, primary: true },
      { number: '+442079460958', verified: false, primary: false },
    ]);
    expect(p.identities).to.deep.equal([
      { provider: 'google', name: 'Jordan Rivera', email: 'jordan.rivera@gmail.com' },
      { provider: 'github', name: 'jrivera', email: 'jordan@rivera.dev' },
    ]);
    expect(p.badges).to.deep.equal(['messagebird:cx']);
    expect(p.values).to.deep.equal({
      name: 'Jordan Rivera',
      bio: realm.rest.user.bio,
      avatarUrl: p.avatarUrl,
      locale: 'en-US',
      timezone: 'America/Los_Angeles',
    });
  });

  it('maps the seed’s documented example response (placeholder values, lone phoneNumber, no defaultEmail match)', async () => {
    realm.fault('GET /me', {
      status: 200,
      body: {
        id: '123e4567-e89b-12d3-a456-426614174000',
        status: 'pending',
        name: 'text',
        bio: 'text',
        activeSessions: 0,
        createdAt: '2024-04-29T10:10:37.101Z',
        updatedAt: '2024-04-29T10:10:37.101Z',
        emails: [{ id: 'e1', userId: 'u', email: 'name@gmail.com', verified: false, passwordSet: false, tokenSet: false }],
        defaultEmail: 'text',
        identities: [{ id: 'text', name: 'text', email: 'text', avatarUrl: 'text', provider: 'text' }],
        avatarUrl: 'text',
        phoneNumber: 'text',
        phoneNumbers: [],
        locale: 'text',
        timezone: 'text',
        badges: ['messagebird:cx'],
      },
    });
    const p = await api().getProfile();
    expect(p).to.include({ status: 'pending', name: 'text', email: 'text', activeSessions: 0 });
    expect(p.phones).to.deep.equal([{ number: 'text', verified: false, primary: true }]);
    expect(p.emails![0]).to.include({ address: 'name@gmail.com', primary: false });
    expect(p.identities).to.deep.equal([{ provider: 'text', name: 'text', email: 'text' }]);
  });

  it('falls back to the default email for a missing name and ignores an unknown status', async () => {
    realm.fault('GET /me', { status: 200, body: { id: 'u1', status: 'frozen', emails: [{ email: 'a@b.co', verified: true }], phoneNumbers: [] } });
    const p = await api().getProfile();
    expect(p).to.include({ name: 'a@b.co', email: 'a@b.co', status: undefined });
    expect(p.emails).to.deep.equal([{ address: 'a@b.co', verified: true, primary: true }]);
  });

  it('PATCH /me sends only the changes, as JSON, with the CSRF header, and returns the saved user', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'csrf-token', content: 'csrf-9' });
    document.head.append(meta);
    try {
      const p = await api({ token: async () => 'jwt-2' }).updateProfile({ name: 'Jordan R.', timezone: 'Europe/Madrid' });
      const [req] = requests('PATCH', '/me');
      expect(req.body).to.deep.equal({ name: 'Jordan R.', timezone: 'Europe/Madrid' });
      expect(req.headers['content-type']).to.equal('application/json');
      expect(req.headers.authorization).to.equal('Bearer jwt-2');
      expect(req.headers['x-csrf-token']).to.equal('csrf-9');
      expect(p).to.include({ name: 'Jordan R.', timezone: 'Europe/Madrid' });
      expect(p.values.timezone).to.equal('Europe/Madrid');
      expect(realm.rest.user.name).to.equal('Jordan R.');
    } finally {
      meta.remove();
    }
  });

  it('maps Bird validation bodies {message, errors} onto field keys', async () => {
    const e = await rejection(api().updateProfile({ name: '  ', locale: 'not a locale!' }));
    expect(e).to.be.instanceOf(ProfileApiError);
    expect(e).to.include({ status: 422, kind: 'http', message: 'Validation failed' });
    expect(e.fieldErrors).to.deep.equal({ name: ["can't be blank"], locale: ['is not a valid BCP 47 locale'] });
    expect(realm.rest.user.name).to.equal('Jordan Rivera');

    const ro = await rejection(api().updateProfile({ email: 'x@y.z' } as never));
    expect(ro).to.include({ status: 400, message: 'Unknown or read-only field: email' });
    expect(ro.fieldErrors).to.deep.equal({ email: ['is not allowed'] });
  });

  it('DELETE /me answered 202 → "pending" (deletion in progress); 204 → "deleted"', async () => {
    const client = api();
    expect(await client.deleteAccount()).to.equal('pending');
    expect(requests('DELETE', '/me')).to.have.length(1);
    expect(requests('DELETE', '/me')[0].body).to.equal(undefined);
    expect((await client.getProfile()).status).to.equal('deleted');

    realm.fault('DELETE /me', { status: 204 }, 'rest');
    expect(await client.deleteAccount()).to.equal('deleted');
  });

  it('getFormConfig makes no request: the five editable fields, delete allowed, nothing else', async () => {
    const c = await api().getFormConfig();
    expect(realm.requests).to.have.length(0);
    expect(c.fields.map((f) => [f.key, f.type, f.required, f.editable])).to.deep.equal([
      ['name', 'text', true, true],
      ['bio', 'paragraph', false, true],
      ['avatarUrl', 'url', false, true],
      ['locale', 'dropdown', false, true],
      ['timezone', 'dropdown', false, true],
    ]);
    expect(c).to.deep.include({ canDelete: true, subscriptions: false, password: { kind: 'none' }, email: { kind: 'none' } });
    expect(c.deleteUnsupported).to.not.equal(true);
  });

  it('offers BCP 47 locales named in the UI language and every IANA time zone, keeping the user’s current values', async () => {
    realm.rest.user.locale = 'ca-ES';
    realm.rest.user.timezone = 'Etc/GMT+5';
    const client = api();
    const [c] = await Promise.all([client.getFormConfig(), client.getProfile()]);
    const by = Object.fromEntries(c.fields.map((f) => [f.key, f])) as Record<string, FieldDefinition>;
    const locales = by.locale.options!;
    expect(locales.map((o) => o.value)).to.include.members(['en-US', 'es-MX', 'pt-BR', 'ca-ES']);
    expect(locales.find((o) => o.value === 'en-US')!.label).to.equal(new Intl.DisplayNames(['en'], { type: 'language' }).of('en-US'));
    expect(locales.map((o) => o.label)).to.deep.equal([...locales.map((o) => o.label)].sort((a, b) => a.localeCompare(b, 'en')));
    const zones = by.timezone.options!.map((o) => o.value);
    expect(zones).to.include.members([...Intl.supportedValuesOf('timeZone'), 'Etc/GMT+5']);
    expect(by.timezone.options!.find((o) => o.value === 'America/Los_Angeles')!.label).to.equal('America/Los Angeles');

    // The labels follow the page language when it changes.
    useLocale('es');
    try {
      await new Promise<void>((resolve) => {
        const done = (e: Event) => (e as CustomEvent).detail.status === 'ready' && (window.removeEventListener('lit-localize-status', done), resolve());
        window.addEventListener('lit-localize-status', done);
      });
      const es = new Intl.DisplayNames(['es'], { type: 'language' }).of('en-US')!; // "inglés estadounidense"
      expect(by.locale.options!.find((o) => o.value === 'en-US')!.label).to.equal(es.charAt(0).toUpperCase() + es.slice(1));
    } finally {
      useLocale('en');
    }
  });

  it('401 {"message":"Unauthorized"} → status 401 (a body repeating the reason phrase says nothing more)', async () => {
    realm.signedIn = false;
    const e = await rejection(api().getProfile());
    expect(e).to.include({ status: 401, message: 'HTTP 401 Unauthorized' });
  });

  it('PATCH /me answered 204 (no body): the save succeeds and the user is read back with GET /me', async () => {
    realm.fault('PATCH /me', { status: 204, times: 1 }, 'rest');
    const p = await api().updateProfile({ bio: 'x' });
    expect(requests('PATCH', '/me')).to.have.length(1);
    expect(requests('GET', '/me')).to.have.length(1);
    expect(p.id).to.be.a('string').and.not.equal('');
  });

  it('malformed JSON, a user without id and a non-object body are errors, never crashes', async () => {
    realm.fault('GET /me', { status: 200, raw: '{"id": "x", "name": ', times: 1 });
    expect((await rejection(api().getProfile())).kind).to.equal('parse');
    realm.fault('GET /me', { status: 200, body: { name: 'No id' }, times: 1 });
    expect((await rejection(api().getProfile())).kind).to.equal('shape');
    realm.fault('GET /me', { status: 200, body: ['a'], times: 1 });
    expect((await rejection(api().getProfile())).kind).to.equal('shape');
    realm.fault('PATCH /me', { status: 200, body: 'ok', times: 1 });
    expect((await rejection(api().updateProfile({ bio: 'x' }))).kind).to.equal('shape');
  });

  it('tolerates wrong shapes inside the user: lists that are not lists, strange entries', async () => {
    realm.fault('GET /me', { status: 200, body: { id: 1, name: 'N', emails: 'a@b.c', phoneNumbers: [null, 3, { phoneNumber: '+1' }], identities: {}, badges: [1, null] } });
    const p = await api().getProfile();
    expect(p).to.include({ id: '1', name: 'N' });
    expect(p.emails).to.deep.equal([]);
    expect(p.phones).to.deep.equal([{ number: '+1', verified: false, primary: false }]);
    expect(p.identities).to.deep.equal([]);
    expect(p.badges).to.deep.equal(['1']);
  });

  it('network failures reject with status −1; an aborted call rejects with AbortError', async () => {
    realm.fault('PATCH /me', { network: true });
    expect(await rejection(api().updateProfile({ bio: 'x' }))).to.include({ status: -1, kind: 'network' });
    realm.fault('GET /me', { hang: true });
    const ctl = new AbortController();
    const p = api().getProfile(ctl.signal);
    ctl.abort();
    expect((await rejection(p)).name).to.equal('AbortError');
  });
});
