// The composite in the rest and scim dialects, against the mock realm: what it shows, which
// sections it renders, the requests it makes (and does not), saving, signed-out, errors.
import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { ProfileApi } from '../src/api/profile-api.js';
import type { UserProfile } from '../src/components/user-profile/user-profile.js';
import { ProfileSavedEvent } from '../src/events/profile-saved.js';
import { realm, record, requests, text, until, useRealm, watchUncaught, mount as mountTag } from './helpers.js';

/** Through the delete section: open the dialog, type the confirmation, confirm. */
async function deleteThrough(el: UserProfile, confirmation: string) {
  const section = await until(() => el.shadowRoot!.querySelector('profile-delete-account'), 'the delete section');
  const $ = <T extends HTMLElement>(part: string) => section.shadowRoot!.querySelector<T>(`[part~="${part}"]`);
  (await until(() => $('delete-open'), 'the delete button')).click();
  const input = $<HTMLInputElement>('delete-input')!;
  input.value = confirmation;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await section.updateComplete;
  $<HTMLButtonElement>('delete-confirm')!.click();
  return { section, $ };
}

const CASES = [
  {
    dialect: 'rest',
    base: '/api/bird',
    me: '/me',
    name: 'Jordan Rivera',
    email: 'jordan.rivera@example.com',
    /** An input the edit form renders from this dialect's field definitions. */
    field: 'name',
    change: { name: 'Jordan R.' },
    saved: 'Jordan R.',
    details: ['jordan@rivera.dev', '+442079460958'],
    /** What the delete dialog asks to type: no username in this dialect, so the email. */
    confirm: 'jordan.rivera@example.com',
  },
  {
    dialect: 'scim',
    base: '/api/scim2',
    me: '/Me',
    name: 'Alex Morgan',
    email: 'alex.morgan@example.com',
    field: 'name.givenName',
    change: { displayName: 'Alex M.' },
    saved: 'Alex M.',
    details: ['alex.m@example.net', '+1 212 555 0199'],
    confirm: 'alex.morgan@example.com',
  },
] as const;

const mount = (dialect: string, base: string) =>
  mountTag<UserProfile>('user-profile', `dialect="${dialect}" api-base="${base}"`, { events: ['profile-loaded', 'profile-error', 'profile-unauthorized'] });

for (const c of CASES) {
  describe(`<user-profile dialect="${c.dialect}">`, () => {
    let uncaught: ReturnType<typeof watchUncaught>;
    beforeEach(async () => {
      await useRealm();
      uncaught = watchUncaught();
    });
    afterEach(() => expect(uncaught.stop(), 'uncaught errors').to.deep.equal([]));

    it('shows the user, the edit and delete sections, and the account details', async function () {
      this.timeout(20000); // the page's first accessibility check loads axe (seconds on a busy CPU)
      const { el, events, part } = await mount(c.dialect, c.base);
      await until(() => part('name'), 'the header');
      expect(text(part('name'))).to.equal(c.name);
      expect(text(part('email'))).to.equal(c.email);
      for (const name of ['header', 'edit', 'danger']) expect(part(name), name).to.exist;
      for (const details of c.details) expect(text(el)).to.contain(details);
      expect(events.find((e) => e.type === 'profile-loaded')!.detail.profile.email).to.equal(c.email);
      await expect(el).to.be.accessible();
    });

    it('renders no section the dialect has no API for, and requests none', async () => {
      const { el, part } = await mount(c.dialect, c.base);
      await until(() => part('name'), 'the header');
      // The edit form is built from this dialect's field definitions.
      await until(() => el.shadowRoot!.querySelector('profile-edit-form')?.shadowRoot?.querySelector(`[name="${c.field}"]`), `the ${c.field} field`);
      for (const name of ['notifications', 'sites', 'activity']) expect(part(name), name).to.be.null;
      expect(el.shadowRoot!.querySelector('profile-notifications, profile-sites, profile-activity')).to.be.null;
      expect(requests('GET', c.me), `one GET ${c.me} for every section`).to.have.length(1);
      const paths = realm.requests.map((r) => `${r.dialect} ${r.method} ${r.path}`);
      // SCIM: the profile, and once what the server says about itself (schemas, resource types, what it supports).
      const allowed = c.dialect === 'scim' ? ['scim GET /Me', 'scim GET /Schemas', 'scim GET /ResourceTypes', 'scim GET /ServiceProviderConfig'] : ['rest GET /me'];
      expect(paths.filter((p) => !allowed.includes(p)), 'unexpected requests').to.deep.equal([]);
      for (const path of ['/Schemas', '/ResourceTypes', '/ServiceProviderConfig']) expect(requests('GET', path).length, path).to.be.at.most(1);
      await expect(el).to.be.accessible();
    });

    it('saves through its client and the header follows without a second GET', async () => {
      const { el, part } = await mount(c.dialect, c.base);
      await until(() => part('name'), 'the header');
      // The composite's client is what every section uses (protected: reached for the test).
      const client = (el as unknown as { client: ProfileApi }).client;
      const profile = await client.updateProfile({ ...c.change });
      expect(profile.name).to.equal(c.saved);
      const patch = requests('PATCH', c.me)[0];
      expect(patch.url).to.equal(`${location.origin}${c.base}${c.me}`);
      expect(patch.headers['content-type']).to.equal(c.dialect === 'scim' ? 'application/scim+json' : 'application/json');
      // What the edit form does after a save: the header shows the saved name.
      el.shadowRoot!.querySelector('profile-edit-form')!.dispatchEvent(new ProfileSavedEvent({ profile }));
      await until(() => text(part('name')) === c.saved, 'the saved name in the header');
      expect(requests('GET', c.me)).to.have.length(1);
    });

    it('shows the signed-out state on 401 and tells the page once', async () => {
      realm.signedIn = false;
      const { el, events, part } = await mount(c.dialect, c.base);
      await until(() => part('signed-out'), 'the signed-out state');
      expect(events.filter((e) => e.type === 'profile-unauthorized')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('shows a server error with a retry that works', async () => {
      realm.fault(`GET ${c.me}`, { status: 500, times: 1 }, c.dialect);
      const { events, part } = await mount(c.dialect, c.base);
      await until(() => part('error'), 'the error state');
      expect(events.find((e) => e.type === 'profile-error')!.detail).to.include({ operation: 'load-profile', status: 500 });
      (part('retry') as HTMLButtonElement).click();
      await until(() => part('name'), 'the header after a retry');
      expect(text(part('name'))).to.equal(c.name);
    });

    it('deletes the account through the delete section with one request', async () => {
      realm.scim.allowDelete = true;
      const { el, events } = await mount(c.dialect, c.base);
      const deleted = record(el, 'account-deleted');
      await until(() => el.shadowRoot!.querySelector('[part~="name"]'), 'the header');
      await deleteThrough(el, c.confirm);
      await until(() => deleted.length, 'account-deleted');
      expect(requests('DELETE', c.me)).to.have.length(1);
      expect(events.filter((e) => e.type === 'profile-error')).to.deep.equal([]);
    });

    it('switches dialect when its attributes change (the demo’s switcher)', async () => {
      const { el, part } = await mount('modyo', '/api/customers');
      el.setAttribute('realm', 'demo');
      await until(() => text(part('name')) === 'Clifton Feil', 'the modyo user');
      el.setAttribute('dialect', c.dialect);
      el.setAttribute('api-base', c.base);
      await until(() => text(part('name')) === c.name, `the ${c.dialect} user`);
      expect(part('notifications')).to.be.null;
    });
  });
}

describe('<user-profile dialect="scim"> on a server without self-deletion (501)', () => {
  beforeEach(useRealm);

  it('says the account cannot be deleted here and offers no button', async () => {
    const uncaught = watchUncaught();
    const { el, events } = await mount('scim', '/api/scim2');
    await until(() => el.shadowRoot!.querySelector('[part~="name"]'), 'the header');
    const { section, $ } = await deleteThrough(el, 'alex.morgan@example.com');
    await until(() => !$('delete-open'), 'the button to go');
    expect(text(section)).to.contain('cannot be deleted');
    expect(requests('DELETE', '/Me')).to.have.length(1);
    expect(events.find((e) => e.type === 'profile-error')!.detail).to.include({ operation: 'delete-account', status: 501 });
    expect(events.filter((e) => e.type === 'profile-unauthorized')).to.deep.equal([]);
    await expect(el).to.be.accessible();
    expect(uncaught.stop()).to.deep.equal([]);
  });
});
