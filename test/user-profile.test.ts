import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { UserProfile } from '../src/components/user-profile/user-profile.js';
import { createApi } from '../src/api/index.js';
import { useLocale } from '../src/i18n/locale.js';
import { frames, MODYO, oneEvent, realm, record, requests, text, until, useRealm, watchUncaught } from './helpers.js';

const EVENTS = ['profile-loaded', 'profile-error', 'profile-unauthorized'];

async function mount(attrs = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const events = record(wrapper, ...EVENTS);
  wrapper.innerHTML = `<user-profile api-base="${MODYO.base}" realm="${MODYO.realm}" ${attrs}></user-profile>`;
  const el = wrapper.firstElementChild as UserProfile;
  return { el, events, part: (name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) };
}

const loaded = (el: UserProfile) => until(() => el.shadowRoot?.querySelector('[part~="name"]'), 'the profile header');

describe('<user-profile>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(async () => {
    await useRealm();
    uncaught = watchUncaught();
  });
  afterEach(() => expect(uncaught.stop(), 'uncaught errors').to.deep.equal([]));

  describe('content', () => {
    it('shows the user’s avatar, name and email in the header', async () => {
      const { el, part } = await mount();
      await loaded(el);
      expect(text(part('name'))).to.equal('Clifton Feil');
      expect(text(part('email'))).to.equal('test.user@modyo.com');
      expect(part('avatar')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('fires profile-loaded with the normalised profile and its delegated token', async () => {
      const { el, events } = await mount();
      await loaded(el);
      const e = events.find((x) => x.type === 'profile-loaded')!;
      expect(e.detail.profile.name).to.equal('Clifton Feil');
      expect(e.detail.profile.delegatedToken).to.have.property('access_token');
      expect(e.bubbles && e.composed).to.equal(true);
    });

    it('renders every section as a part, and makes exactly one GET /me for all of them', async () => {
      const { el, part } = await mount();
      await loaded(el);
      for (const name of ['header', 'notifications', 'sites', 'edit', 'danger', 'activity']) expect(part(name), name).to.exist;
      await until(() => el.shadowRoot!.querySelector('profile-sites')?.shadowRoot?.querySelector('[part~="site"]'), 'sites');
      expect(requests('GET', '/me')).to.have.length(1);
    });

    it('hides the sections named in `hide` and fetches nothing for them', async () => {
      const { el, part } = await mount('hide="sites activity"');
      await loaded(el);
      expect(part('sites')).to.be.null;
      expect(part('activity')).to.be.null;
      expect(part('edit')).to.exist;
      expect(requests('GET', '/sites')).to.have.length(0);
      expect(requests('GET', '/events')).to.have.length(0);
    });
  });

  describe('states', () => {
    it('is busy and accessible while loading', async () => {
      realm.fault('GET /me', { hang: true });
      const { el, part } = await mount();
      await el.updateComplete;
      expect(part('loading')).to.exist;
      expect(part('loading')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('shows a sign-in message and fires profile-unauthorized once on 401', async () => {
      realm.signedIn = false;
      const { el, events, part } = await mount();
      await until(() => part('signed-out'), 'the signed-out state');
      expect(text(part('signed-out'))).to.contain('Sign in');
      // Sections get 401 too; the page hears about it once.
      await until(() => requests('GET', '/sites').length, 'a section to ask too');
      await frames(10);
      expect(events.filter((e) => e.type === 'profile-unauthorized')).to.have.length(1);
      expect(events.find((e) => e.type === 'profile-error')!.detail).to.include({ operation: 'load-profile', status: 401 });
      await expect(el).to.be.accessible();
    });

    it('signs back in with "Try again" once the session is back', async () => {
      realm.signedIn = false;
      const { el, part } = await mount();
      await until(() => part('signed-out'), 'the signed-out state');
      realm.signedIn = true;
      (part('signed-out')!.querySelector('button') as HTMLButtonElement).click();
      await loaded(el);
      expect(text(part('name'))).to.equal('Clifton Feil');
    });

    it('shows a server error with a retry that works once the server recovers', async () => {
      realm.fault('GET /me', { status: 500, body: { error: 'boom' } });
      const { el, events, part } = await mount();
      await until(() => part('error'), 'the error state');
      expect(part('error')!.getAttribute('role')).to.equal('alert');
      expect(text(part('error'))).to.contain('server');
      expect(events.find((e) => e.type === 'profile-error')!.detail).to.deep.equal({ operation: 'load-profile', status: 500, message: 'boom' });
      await expect(el).to.be.accessible();
      realm.clearFaults();
      (part('retry') as HTMLButtonElement).click();
      await loaded(el);
    });

    it('reports a network failure with status −1', async () => {
      realm.fault('GET /me', { network: true });
      const { events, part } = await mount();
      await until(() => part('error'), 'the error state', 8000);
      expect(text(part('error'))).to.contain('could not be reached');
      expect(events.find((e) => e.type === 'profile-error')!.detail.status).to.equal(-1);
    });

    it('shows malformed JSON as an error state, never an uncaught exception', async () => {
      realm.fault('GET /me', { status: 200, raw: '<html>not json' });
      const { events, part } = await mount();
      await until(() => part('error'), 'the error state');
      expect(text(part('error'))).to.contain('could not read');
      expect(events.some((e) => e.type === 'profile-error')).to.equal(true);
    });

    it('says which attribute is missing when it is not configured', async () => {
      const el = await fixture<UserProfile>(html`<user-profile api-base="/api/customers"></user-profile>`);
      expect(text(el)).to.contain('"realm"');
      expect(realm.requests).to.have.length(0);
    });
  });

  describe('lifecycle', () => {
    it('aborts its requests when removed and updates nothing afterwards', async () => {
      realm.fault('GET /me', { delay: 200 });
      const { el, events } = await mount('hide="notifications sites edit danger activity"');
      // Watch the signal the element hands to the (real, HTTP) client.
      const api = createApi({ apiBase: MODYO.base, realm: MODYO.realm });
      let signal: AbortSignal | undefined;
      const done = new Promise<unknown>((resolve) => {
        el.api = { ...api, getProfile: (s) => ((signal = s), api.getProfile(s).finally(() => resolve(undefined))) };
      });
      await until(() => signal, 'the request');
      el.remove();
      expect(signal!.aborted).to.equal(true);
      await done.catch(() => undefined);
      expect(events).to.have.length(0);
      expect(el.shadowRoot!.querySelector('[part~="name"]')).to.be.null;
    });

    it('loads again when put back into the page', async () => {
      realm.fault('GET /me', { delay: 200, times: 1 });
      const { el } = await mount();
      const parent = el.parentElement!;
      await until(() => requests('GET', '/me').length, 'the request');
      el.remove();
      parent.append(el);
      await loaded(el);
    });
  });

  describe('i18n', () => {
    it('speaks the language of the nearest [lang]', async () => {
      realm.fault('GET /me', { status: 500 });
      const wrapper = await fixture(html`<div lang="es-MX"><user-profile api-base="/api/customers" realm="demo"></user-profile></div>`);
      const el = wrapper.querySelector('user-profile')!;
      await until(() => text(el).includes('Reintentar'), 'Spanish strings');
      useLocale('en'); // @lit/localize has one locale per page: back to English for the next tests
      await until(() => text(el).includes('Try again'), 'English strings again');
    });
  });

  it('fires profile-loaded after a retry (events are typed)', async () => {
    const { el } = await mount();
    const e = await oneEvent(el, 'profile-loaded');
    expect(e.detail.profile.username).to.equal('test.user');
  });
});
