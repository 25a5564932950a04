import { expect } from '@open-wc/testing';
import { createApi, ProfileApiError } from '../src/api/index.js';
import { MODYO, realm, requests, useRealm } from './helpers.js';

const api = () => createApi({ apiBase: MODYO.base, realm: MODYO.realm });

describe('modyo adapter', () => {
  beforeEach(useRealm);

  it('GET /me → the normalised profile, custom fields and delegated token included', async () => {
    const p = await api().getProfile();
    expect(requests('GET', '/me')[0].url).to.match(/\/api\/customers\/realms\/demo\/me$/);
    expect(p).to.include({ id: '2332', externalId: '11111111-1', name: 'Clifton Feil', username: 'test.user', email: 'test.user@modyo.com' });
    expect(p.values).to.include({ first_name: 'Clifton', last_name: 'Feil', second_last_name: 'Smith', sex: '0' });
    expect(p.values['custom.household_size']).to.equal(3);
    expect(p.values['custom.interests']).to.deep.equal(['savings', 'travel']);
    expect(p.values['custom.partner_offers']).to.equal(false);
    expect(p.delegatedToken).to.have.property('uuid');
    expect(p.avatarUrl).to.be.a('string');
  });

  it('resolves the server-relative URLs of the Customer API docs against the API, not the page', async () => {
    // "url_medium": "/user_avatar_medium.png" (Modyo's /me example): the account's host serves it.
    const remote = createApi({ apiBase: 'https://account.example.com/api/customers', realm: MODYO.realm });
    realm.fault('GET /me', { status: 200, body: { id: 1, email: 'a@b.c', avatar: { url_medium: '/user_avatar_medium.png' } } });
    realm.fault('GET /sites', { status: 200, body: { sites: [{ id: 1, name: 'S', url: '/s/home', logo_url: 'logos/s.png' }] } });
    realm.fault('GET /notifications', { status: 200, body: { notifications: [{ id: 1, subject: 'x', body: '<a href="/help">h</a>', url: '/inbox/1', sent_at: '2026-01-01', opened: false }] } });
    expect((await remote.getProfile()).avatarUrl).to.equal('https://account.example.com/user_avatar_medium.png');
    expect(await remote.listSites!()).to.deep.include({ id: '1', name: 'S', url: 'https://account.example.com/s/home', logoUrl: 'https://account.example.com/api/customers/realms/demo/logos/s.png', description: undefined });
    const [n] = (await remote.listNotifications!(1, 10)).items;
    expect(n).to.include({ url: 'https://account.example.com/inbox/1', baseUrl: 'https://account.example.com/api/customers/realms/demo/' });
    // A relative api-base is the page's: its URLs too.
    realm.fault('GET /me', { status: 200, body: { id: 1, avatar: { url_small: '/a.png' } } });
    expect((await api().getProfile()).avatarUrl).to.equal(`${location.origin}/a.png`);
  });

  it('maps a user without names to a usable profile, and a null delegated token to null', async () => {
    realm.fault('GET /me', { status: 200, body: { id: 7, email: 'a@b.c', delegated_token: null } });
    const p = await api().getProfile();
    expect(p).to.include({ id: '7', name: 'a@b.c', delegatedToken: null });
  });

  it('PUT /me sends only the given changes, flat, with custom fields as [{key, value}]', async () => {
    const p = await api().updateProfile({ first_name: 'Cliff', sex: '1', 'custom.household_size': 4, 'custom.interests': ['travel'] });
    expect(requests('PUT', '/me')[0].body).to.deep.equal({
      first_name: 'Cliff',
      sex: 1,
      custom_fields: [
        { key: 'household_size', value: 4 },
        { key: 'interests', value: ['travel'] },
      ],
    });
    expect(p.values.first_name).to.equal('Cliff');
    expect(p.values['custom.household_size']).to.equal(4);
  });

  it('PUT /me answered 204 (no body): the save succeeds and the user is read back with GET /me', async () => {
    realm.fault('PUT /me', { status: 204, times: 1 });
    const p = await api().updateProfile({ first_name: 'Cliff' });
    expect(requests('PUT', '/me')).to.have.length(1);
    expect(requests('GET', '/me')).to.have.length(1);
    expect(p.username).to.equal('test.user');
  });

  it('maps 422 errors onto field keys (custom ones prefixed)', async () => {
    realm.fault('PUT /me', { status: 422, body: { errors: { first_name: ["can't be blank"], mobile_phone: ['is required'] } } });
    try {
      await api().updateProfile({ first_name: '' });
      expect.fail('should reject');
    } catch (e) {
      expect(e).to.be.instanceOf(ProfileApiError);
      expect((e as ProfileApiError).fieldErrors).to.deep.equal({ first_name: ["can't be blank"], 'custom.mobile_phone': ['is required'] });
    }
  });

  it('GET /profile_configuration → field definitions in position order, and the realm rules', async () => {
    const c = await api().getFormConfig();
    const keys = c.fields.map((f) => f.key);
    expect(keys.slice(0, 6)).to.deep.equal(['first_name', 'last_name', 'second_last_name', 'email', 'birth_date', 'sex']);
    expect(keys.slice(6)).to.deep.equal([
      'custom.mobile_phone', 'custom.preferred_branch', 'custom.contact_channel', 'custom.household_size',
      'custom.interests', 'custom.partner_offers', 'custom.about_me', 'custom.customer_since',
    ]);
    const by = Object.fromEntries(c.fields.map((f) => [f.key, f]));
    expect(by.email).to.include({ type: 'email', editable: false, required: true });
    expect(by.birth_date).to.include({ type: 'date', past: true });
    expect(by.sex.options!.map((o) => o.value)).to.deep.equal(['0', '1', '4', '5', '6']);
    expect(by['custom.interests']).to.include({ type: 'checkbox', multiple: true });
    expect(by['custom.partner_offers']).to.include({ type: 'checkbox', multiple: false });
    expect(by['custom.mobile_phone']).to.include({ required: true, custom: true });
    expect(by['custom.customer_since']).to.include({ editable: false, type: 'date' });
    expect(c).to.include({ canDelete: true, subscriptions: true });
    expect(c.password).to.deep.equal({ kind: 'link', url: `${location.origin}/realms/demo/password/change` });
    expect(c.email).to.deep.equal({ kind: 'link', url: `${location.origin}/realms/demo/profile/change_email` });
  });

  it('notifications: a page with meta, mark one read, mark all read', async () => {
    const client = api();
    const page = await client.listNotifications!(2, 10);
    expect(requests('GET', '/notifications')[0].query).to.deep.equal({ page: '2', per_page: '10' });
    expect(page).to.include({ page: 2, totalPages: 3, total: 30, unread: 10 });
    expect(page.items).to.have.length(10);
    expect(page.items[0]).to.have.keys(['id', 'subject', 'body', 'sentAt', 'read', 'url', 'baseUrl']);

    const n = await client.markNotificationRead!('30');
    expect(requests('PUT', '/notifications/30')[0].body).to.deep.equal({ opened: true });
    expect(n).to.include({ id: '30', read: true });

    await client.markAllNotificationsRead!();
    expect(requests('POST', '/notifications/mark_all_as_read')).to.have.length(1);
    expect((await client.listNotifications!(1, 10)).unread).to.equal(0);
  });

  it('sites, subscriptions, events and the help-centre URL', async () => {
    const client = api();
    const sites = await client.listSites!();
    expect(sites).to.have.length(3);
    expect(sites[0]).to.have.keys(['id', 'name', 'url', 'logoUrl', 'description']);

    const subs = await client.listSubscriptions!();
    expect(subs.filter((s) => s.subscribed).map((s) => s.id)).to.deep.equal(['1', '2', '5']);
    await client.setSubscription!('3', true);
    expect(requests('PUT', '/subscriptions/3')[0].body).to.deep.equal({ subscribed: true });

    const events = await client.listActivity!(1, 20);
    expect(events).to.include({ page: 1, totalPages: 3, total: 45 });
    expect(events.items[0]).to.have.property('title').that.is.a('string');

    expect(await client.getHelpCenterUrl!()).to.match(/^https:\/\//);
  });

  it('DELETE /me → deleted; the session is gone afterwards', async () => {
    const client = api();
    expect(await client.deleteAccount()).to.equal('deleted');
    expect(requests('DELETE', '/me')).to.have.length(1);
    try {
      await client.getProfile();
      expect.fail('should reject');
    } catch (e) {
      expect((e as ProfileApiError).status).to.equal(401);
    }
  });

  it('rejects lists of the wrong shape', async () => {
    realm.fault('GET /sites', { status: 200, body: { sites: { id: 1 } } });
    try {
      await api().listSites!();
      expect.fail('should reject');
    } catch (e) {
      expect((e as ProfileApiError).kind).to.equal('shape');
    }
  });
});
