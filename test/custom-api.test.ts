// Any backend through `.api`: a small hand-written adapter over `fetch` (the README example), to the
// mock realm over real HTTP. Which sections render follows the methods the adapter has.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import {
  createApi,
  ProfileApiError,
  type FieldValues,
  type FormConfig,
  type Profile,
  type ProfileApi,
  type Site,
} from '../src/index.js';
import type { ProfileSites } from '../src/components/profile-sites/profile-sites.js';
import type { UserProfile } from '../src/components/user-profile/user-profile.js';
import { guardEachTest, realm, requests, text, until, mount as mountTag } from './helpers.js';

// ---- The example adapter (as in the README): your backend, your JSON, the widget's model. ----

/** fetch + JSON, with failures as the ProfileApiError the elements understand (401 → signed out). */
async function call(method: string, url: string, signal?: AbortSignal, body?: unknown): Promise<any> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      signal,
      credentials: 'include',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    if (signal?.aborted) throw e; // an abort is not a failure
    throw new ProfileApiError(-1, 'network', 'The server could not be reached');
  }
  const data = res.status === 204 || res.status === 202 ? undefined : await res.json().catch(() => {
    throw new ProfileApiError(res.status, 'parse', 'Malformed JSON');
  });
  if (!res.ok) throw new ProfileApiError(res.status, 'http', data?.message ?? res.statusText, data?.errors ?? {});
  return data;
}

const toProfile = (u: any): Profile => ({
  id: String(u.id),
  name: u.name,
  email: u.defaultEmail,
  avatarUrl: u.avatarUrl,
  values: { name: u.name, bio: u.bio ?? null },
  delegatedToken: null,
});

/** An adapter for "our" backend: the profile at /api/bird/me, the sites at another service. */
function myBackend(): ProfileApi {
  return {
    getProfile: async (signal) => toProfile(await call('GET', '/api/bird/me', signal)),
    updateProfile: async (changes: FieldValues, signal) => toProfile(await call('PATCH', '/api/bird/me', signal, changes)),
    deleteAccount: async (signal) => (await call('DELETE', '/api/bird/me', signal), 'pending'),
    getFormConfig: async (): Promise<FormConfig> => ({
      fields: [
        { key: 'name', label: 'Display name', type: 'text', required: true, editable: true, position: 0 },
        { key: 'bio', label: 'About me', type: 'paragraph', required: false, editable: true, position: 1 },
      ],
      canDelete: true,
      subscriptions: false,
      password: { kind: 'none' },
      email: { kind: 'none' },
    }),
    // An optional method = a capability: with it, the sites section appears.
    listSites: async (signal): Promise<Site[]> =>
      (await call('GET', '/api/customers/realms/demo/sites', signal)).sites.map((s: any) => ({ id: String(s.id), name: s.name, url: s.url, logoUrl: s.logo_url })),
  };
}

// ------------------------------------------------------------------------------------------------

const mount = (api: ProfileApi, attrs = '') => mountTag<UserProfile>('user-profile', attrs, { props: { api }, events: ['profile-loaded', 'profile-error', 'profile-unauthorized'] });

describe('custom backends through .api', () => {
  guardEachTest();

  it('needs no config attributes: the composite shows the adapter’s profile and only the sections it can serve', async function () {
    this.timeout(20000); // the page's first accessibility check loads axe (seconds on a busy CPU)
    const { el, events, part } = await mount(myBackend());
    await until(() => part('name'), 'the header');
    expect(text(part('name'))).to.equal('Jordan Rivera');
    expect(text(part('email'))).to.equal('jordan.rivera@example.com');
    for (const name of ['header', 'edit', 'sites', 'danger']) expect(part(name), name).to.exist;
    expect(part('notifications')).to.be.null;
    expect(part('activity')).to.be.null;
    await until(() => el.shadowRoot!.querySelector('profile-sites')?.shadowRoot?.querySelector('[part~="site"]'), 'the sites');
    // Real HTTP, through the adapter's own fetch: one /me for every section, the sites elsewhere.
    expect(requests('GET', '/me')).to.have.length(1);
    expect(requests('GET', '/me')[0].dialect).to.equal('rest');
    expect(requests('GET', '/sites')[0].dialect).to.equal('modyo');
    expect(realm.requests.map((r) => r.path).filter((p) => /notifications|events/.test(p))).to.deep.equal([]);
    expect(events.find((e) => e.type === 'profile-loaded')!.detail.profile.id).to.equal(realm.rest.user.id);
    await expect(el).to.be.accessible();
  });

  it('an adapter’s 401 shows the signed-out state and fires profile-unauthorized once', async () => {
    realm.signedIn = false;
    const { el, events, part } = await mount(myBackend());
    await until(() => part('signed-out'), 'the signed-out state');
    expect(events.filter((e) => e.type === 'profile-unauthorized')).to.have.length(1);
    expect(events.find((e) => e.type === 'profile-error')!.detail).to.include({ operation: 'load-profile', status: 401, message: 'Unauthorized' });
    await expect(el).to.be.accessible();
  });

  it('an adapter’s failures are ordinary error states with a working retry', async () => {
    realm.fault('GET /me', { status: 503, times: 1 });
    const { part } = await mount(myBackend());
    await until(() => part('error'), 'the error state');
    expect(text(part('error'))).to.contain('server');
    (part('retry') as HTMLButtonElement).click();
    await until(() => part('name'), 'the header after a retry');
    expect(requests('GET', '/me')).to.have.length(2);
  });

  it('its saves go through updateProfile to the backend, and field errors come back typed', async () => {
    const api = myBackend();
    const saved = await api.updateProfile({ name: 'J. Rivera' });
    expect(requests('PATCH', '/me')[0].body).to.deep.equal({ name: 'J. Rivera' });
    expect(saved.name).to.equal('J. Rivera');
    try {
      await api.updateProfile({ name: '' });
      expect.fail('should reject');
    } catch (e) {
      expect(e).to.be.instanceOf(ProfileApiError);
      expect((e as ProfileApiError).fieldErrors).to.deep.equal({ name: ["can't be blank"] });
    }
  });

  it('a single element takes an adapter too', async () => {
    const el = await fixture<ProfileSites>(html`<profile-sites .api=${myBackend()}></profile-sites>`);
    await until(() => el.shadowRoot!.querySelectorAll('[part~="site"]').length === 3, 'three sites');
    expect(text(el)).to.contain('Online Banking');
  });

  it('a built-in dialect can be extended or restricted by spreading it', async () => {
    // e.g. a SCIM server known not to allow self-deletion: no delete button from the start.
    const scim = createApi({ dialect: 'scim', apiBase: '/api/scim2' });
    const api: ProfileApi = { ...scim, getFormConfig: async (s) => ({ ...(await scim.getFormConfig(s)), deleteUnsupported: true }) };
    expect((await api.getFormConfig()).deleteUnsupported).to.equal(true);
    expect((await api.getProfile()).username).to.equal('alex.morgan@example.com');
    expect(api.changePassword).to.be.a('function');
    expect(requests('GET', '/Schemas')).to.have.length(1);
  });
});
