import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { AccountDeletedEvent } from '../src/events/account-deleted.js';
import { NotificationsUnreadChangedEvent } from '../src/events/notifications-unread-changed.js';
import type { UserProfile } from '../src/components/user-profile/user-profile.js';
import { createApi } from '../src/api/index.js';
import { useLocale } from '../src/i18n/locale.js';
import { frames, guardEachTest, MODYO, oneEvent, realm, requests, text, until, mount as mountTag } from './helpers.js';

const EVENTS = ['profile-loaded', 'profile-error', 'profile-unauthorized'];

const mount = (attrs = '', config = `api-base="${MODYO.base}" realm="${MODYO.realm}"`) =>
  mountTag<UserProfile>('user-profile', `${config} ${attrs}`, { events: [...EVENTS, 'account-deleted'] });

const REST = 'api-base="/api/bird" dialect="rest"';

const loaded = (el: UserProfile) => until(() => el.shadowRoot?.querySelector('[part~="name"]'), 'the profile header');

/** A section element inside the composite. */
const section = <K extends keyof HTMLElementTagNameMap>(el: UserProfile, tag: K) => el.shadowRoot!.querySelector(tag);

/** Waits until the sites and the activity have loaded inside the composite. */
const sectionsLoaded = (el: UserProfile) =>
  until(
    () =>
      section(el, 'profile-sites')?.shadowRoot?.querySelector('[part~="site"]') &&
      section(el, 'profile-activity')?.shadowRoot?.querySelector('[part~="activity-item"]'),
    'the sections',
  );

/** Waits until the realm has received no new request for a few frames (every section has loaded). */
async function quiet() {
  for (let n = -1; n !== realm.requests.length; ) {
    n = realm.requests.length;
    await frames(5);
  }
}

/** Every element under `root`, shadow roots included. */
function deepElements(root: Element | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? deepElements(e.shadowRoot) : [])]);
}

/** The markup of `root` and of every shadow root inside it. */
const deepHtml = (root: Element) => [root.outerHTML, ...deepElements(root).map((e) => e.shadowRoot?.innerHTML ?? '')].join('\n');

/** Elements sticking out of `box` horizontally (what makes a page scroll sideways). */
function overflowing(box: Element) {
  const { left, right } = box.getBoundingClientRect();
  return deepElements(box)
    .filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && (r.right > right + 0.5 || r.left < left - 0.5);
    })
    .map((e) => `${e.localName}[part=${e.getAttribute('part')}] ${Math.round(e.getBoundingClientRect().right)}`);
}

describe('<user-profile>', function () {
  // Every section loads and axe walks all of them: allow for a busy CI machine.
  this.timeout(15000);
  guardEachTest();

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
    it('hides notifications (no request either) and accepts `delete` for `danger`', async () => {
      const { el, part } = await mount('hide="notifications delete"');
      await loaded(el);
      await sectionsLoaded(el);
      expect(part('notifications')).to.be.null;
      expect(part('danger')).to.be.null;
      expect(part('sites')).to.exist;
      expect(requests('GET', '/notifications')).to.have.length(0);
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

  describe('audit fixes', () => {
    it('keeps the sections, and what the user typed, when the session expires while saving', async () => {
      const { el, events, part } = await mount('hide="notifications sites activity"');
      await loaded(el);
      const form = () => section(el, 'profile-edit-form')!;
      const about = await until(() => form().shadowRoot?.querySelector<HTMLTextAreaElement>('textarea[name="custom.about_me"]'), 'the form');
      about.value = 'Typed before the session ended';
      about.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      realm.fault('PUT /me', { status: 401, body: { error: { grant_expired: 'Grant expired' } }, times: 1 });
      form().shadowRoot!.querySelector<HTMLButtonElement>('[part~="edit-save"]')!.click();
      await until(() => part('signed-out'), 'the signed-out message');
      expect(text(part('signed-out'))).to.contain('Your session has ended. Sign in again to save changes; what you typed stays here.');
      expect(events.filter((e) => e.type === 'profile-unauthorized')).to.have.length(1);
      // The form is still there with the typed text; signing in again and saving works.
      expect(form().shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="custom.about_me"]')!.value).to.equal('Typed before the session ended');
      await expect(el).to.be.accessible();
      (part('signed-out')!.querySelector('button') as HTMLButtonElement).click();
      await until(() => !part('signed-out'), 'signed in again');
      expect(form().shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="custom.about_me"]')!.value).to.equal('Typed before the session ended');
    });

    it('one "Try again" mends both sections that share a failed realm configuration', async () => {
      realm.fault('GET /profile_configuration', { status: 500 });
      const { el } = await mount('hide="notifications sites activity"');
      await loaded(el);
      const retry = (tag: 'profile-edit-form' | 'profile-delete-account') => section(el, tag)?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="retry"]');
      await until(() => retry('profile-edit-form') && retry('profile-delete-account'), 'both sections failing');
      realm.clearFaults();
      const asked = requests('GET', '/profile_configuration').length;
      retry('profile-edit-form')!.click();
      await until(() => section(el, 'profile-edit-form')!.shadowRoot!.querySelector('[part~="edit-form"]'), 'the form');
      await until(() => section(el, 'profile-delete-account')!.shadowRoot!.querySelector('[part~="delete-open"]'), 'the delete section, without its own retry');
      expect(requests('GET', '/profile_configuration').length, 'one shared request for both').to.equal(asked + 1);
      await expect(el).to.be.accessible();
    });

    it('shows no endless loading in the edit and delete sections when /me fails', async () => {
      realm.fault('GET /me', { status: 500, times: 1 });
      const { el, part } = await mount('hide="notifications sites activity"');
      await until(() => part('error'), 'the header error');
      expect(part('edit'), 'no edit section without a profile').to.equal(null);
      expect(part('danger'), 'no delete section without a profile').to.equal(null);
      (part('retry') as HTMLButtonElement).click();
      await loaded(el);
      await until(() => part('edit') && part('danger'), 'the sections once the profile is there');
    });

    it('survives a lang written with an underscore, and formats in a supported language only', async () => {
      const { el } = await mount('lang="es_MX" hide="notifications sites edit danger"');
      const activity = await until(() => section(el, 'profile-activity')?.shadowRoot?.querySelector('[part~="activity-time"]'), 'the activity');
      await until(() => /hace|ayer/.test(text(activity)), 'Spanish relative times');
      el.setAttribute('lang', 'fr');
      await until(() => /ago|yesterday/.test(text(section(el, 'profile-activity')!.shadowRoot!.querySelector('[part~="activity-time"]'))), 'English, not French, dates');
      el.setAttribute('lang', 'en');
    });

    it('hides the unread badge with the notifications section', async () => {
      const { el, part } = await mount();
      await until(() => part('badge'), 'the badge');
      el.setAttribute('hide', 'notifications');
      await until(() => !part('badge'), 'no badge');
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

    it('follows a change of its own lang attribute', async () => {
      realm.fault('GET /me', { status: 500 });
      const { el, part } = await mount();
      await until(() => part('retry'), 'the error state');
      el.setAttribute('lang', 'pt-BR');
      await until(() => text(part('retry')) === 'Tentar novamente', 'Portuguese strings');
      el.setAttribute('lang', 'en');
      await until(() => text(part('retry')) === 'Try again', 'English strings again');
    });
  });

  describe('help centre', () => {
    const home = location.href.split('#')[0]!;
    afterEach(() => history.replaceState(null, '', home));

    it('shows no help button unless `help-center` is set', async () => {
      const { el, part } = await mount();
      await loaded(el);
      expect(part('help')).to.be.null;
    });

    it('asks for the single-sign-on URL on activation and goes there', async () => {
      realm.modyo.zendeskSsoUrl = `${home}#help-centre`;
      realm.fault('GET /integrations/zendesk_sso_url', { delay: 200 });
      const { el, part } = await mount('help-center');
      await loaded(el);
      const button = part('help') as HTMLButtonElement;
      expect(button.localName).to.equal('button');
      expect(text(button)).to.equal('Help centre');
      expect(requests('GET', '/integrations/zendesk_sso_url')).to.have.length(0);
      await expect(el).to.be.accessible();
      const navigated = oneEvent(window, 'hashchange');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.querySelector('.spinner')).to.exist;
      button.click(); // busy: no second request
      await navigated;
      expect(location.hash).to.equal('#help-centre');
      expect(requests('GET', '/integrations/zendesk_sso_url')).to.have.length(1);
      await until(() => button.getAttribute('aria-disabled') === 'false', 'the button to be ready again');
    });

    it('shows why it failed, reports it, and works on the next try', async () => {
      realm.modyo.zendeskSsoUrl = `${home}#help-again`;
      realm.fault('GET /integrations/zendesk_sso_url', { status: 500 });
      const { el, events, part } = await mount('help-center');
      await loaded(el);
      (part('help') as HTMLButtonElement).click();
      await until(() => part('help-error'), 'the help error');
      expect(part('help-error')!.getAttribute('role')).to.equal('alert');
      expect(text(part('help-error'))).to.contain('server');
      expect(events.find((e) => e.type === 'profile-error')!.detail).to.include({ operation: 'help-center', status: 500 });
      expect(location.hash).to.equal('');
      await expect(el).to.be.accessible();
      realm.clearFaults();
      const navigated = oneEvent(window, 'hashchange');
      (part('help') as HTMLButtonElement).click();
      await navigated;
      expect(location.hash).to.equal('#help-again');
      expect(part('help-error')).to.be.null;
    });

    it('never goes to an unsafe URL', async () => {
      realm.modyo.zendeskSsoUrl = 'javascript:alert(document.domain)';
      const { el, part } = await mount('help-center');
      await loaded(el);
      (part('help') as HTMLButtonElement).click();
      await until(() => part('help-error'), 'the help error');
      expect(text(part('help-error'))).to.contain('could not read');
      expect(location.href).to.equal(home);
    });

    it('offers no help button when the backend has no help centre', async () => {
      const { el, part } = await mount('help-center', REST);
      await loaded(el);
      expect(part('help')).to.be.null;
    });
  });

  describe('delegated token', () => {
    it('hands the token to the page in profile-loaded but never puts it in the DOM', async () => {
      const token = realm.modyo.user.delegated_token!.access_token;
      const { el, events } = await mount('help-center');
      await loaded(el);
      await sectionsLoaded(el);
      const loadedEvent = events.find((e) => e.type === 'profile-loaded')!;
      expect(loadedEvent.detail.profile.delegatedToken.access_token).to.equal(token);
      const markup = deepHtml(el.parentElement!);
      expect(markup).to.contain('Clifton Feil'); // the walk does reach into the shadow roots
      expect(markup).to.contain('Online Banking');
      expect(markup).not.to.contain(token);
      expect(markup).not.to.contain(realm.modyo.user.delegated_token!.uuid);
      expect(deepElements(el).some((e) => [...e.attributes].some((a) => a.value.includes(token)))).to.equal(false);
    });
  });

  describe('account status (rest dialect)', () => {
    it('says nothing for an active account', async () => {
      const { el, part } = await mount('', REST);
      await loaded(el);
      expect(text(part('name'))).to.equal('Jordan Rivera');
      expect(part('status')).to.be.null;
    });

    const cases: [string, RegExp][] = [
      ['pending', /waiting for confirmation/],
      ['invited', /invited/],
      ['banned', /suspended/],
      ['deleted', /being deleted/],
    ];
    for (const [status, message] of cases) {
      it(`explains a ${status} account`, async () => {
        realm.rest.user.status = status as typeof realm.rest.user.status;
        const { el, part } = await mount('', REST);
        await until(() => part('status'), 'the status banner');
        expect(text(part('status'))).to.match(message);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('account details', () => {
    it('shows emails, phones, linked accounts, sessions and badges read-only (rest dialect)', async () => {
      const { el, part } = await mount('', REST);
      await until(() => part('details'), 'the details');
      const details = part('details')!;
      expect([...details.querySelectorAll('dt')].map(text)).to.deep.equal(['Email addresses', 'Phone numbers', 'Linked accounts', 'Active sessions', 'Badges']);
      const values = [...details.querySelectorAll('dd')].map(text);
      expect(values).to.deep.equal([
        'jordan.rivera@example.com · Verified · Primary',
        'jordan@rivera.dev · Not verified',
        '+14155550132 · Verified · Primary',
        '+442079460958 · Not verified',
        'Google · jordan.rivera@gmail.com',
        'Github · jordan@rivera.dev',
        '3',
        'messagebird:cx',
      ]);
      expect(details.querySelectorAll('input, button, a')).to.have.length(0);
      // The rest backend has no notifications, sites nor activity: not shown, not asked.
      for (const name of ['notifications', 'sites', 'activity']) expect(part(name), name).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('is left out when the profile carries no details (modyo) or when hidden', async () => {
      const modyo = await mount();
      await loaded(modyo.el);
      expect(modyo.part('details')).to.be.null;
      const rest = await mount('hide="details"', REST);
      await loaded(rest.el);
      expect(rest.part('details')).to.be.null;
    });

    it('follows the page language', async () => {
      const wrapper = await fixture(html`<div lang="es"><user-profile api-base="/api/bird" dialect="rest"></user-profile></div>`);
      const el = wrapper.firstElementChild as UserProfile;
      await until(() => text(el.shadowRoot!.querySelector('[part~="details"]')).includes('Sin verificar'), 'Spanish details');
      expect(text(el.shadowRoot!.querySelector('[part~="details"]'))).to.contain('Cuentas vinculadas');
      useLocale('en');
      await until(() => text(el.shadowRoot!.querySelector('[part~="details"]')).includes('Not verified'), 'English again');
    });
  });

  describe('account deleted', () => {
    it('shows that the account is gone in place of the sections, and asks nothing more', async () => {
      const { el, events, part } = await mount('help-center');
      await loaded(el);
      await sectionsLoaded(el);
      await quiet();
      const sites = section(el, 'profile-sites')!;
      section(el, 'profile-delete-account')!.dispatchEvent(new AccountDeletedEvent({}));
      await until(() => part('deleted'), 'the deleted state');
      expect(events.filter((e) => e.type === 'account-deleted')).to.have.length(1); // the page hears it too
      expect(text(part('deleted'))).to.contain('Your account has been deleted');
      expect(part('deleted')!.getAttribute('role')).to.equal('status');
      await until(() => el.shadowRoot!.activeElement === part('deleted'), 'focus on the message');
      for (const name of ['header', 'notifications', 'sites', 'edit', 'danger', 'activity', 'help']) expect(part(name), name).to.be.null;
      expect(sites.isConnected).to.equal(false);
      const asked = realm.requests.length;
      await frames(10);
      expect(realm.requests).to.have.length(asked);
      await expect(el).to.be.accessible();
    });
  });

  describe('account deleted, end to end', () => {
    it('replaces the sections once the delete section has deleted the account', async () => {
      const { el, events, part } = await mount();
      await loaded(el);
      await sectionsLoaded(el);
      const danger = section(el, 'profile-delete-account')!;
      const inner = (p: string) => danger.shadowRoot!.querySelector<HTMLElement>(`[part~="${p}"]`);
      (await until(() => inner('delete-open'), 'the delete button')).click();
      const input = inner('delete-input') as HTMLInputElement;
      input.value = 'test.user';
      input.dispatchEvent(new Event('input'));
      await danger.updateComplete;
      await quiet();
      inner('delete-confirm')!.click();
      await until(() => part('deleted'), 'the deleted state');
      expect(requests('DELETE', '/me')).to.have.length(1);
      expect(events.filter((e) => e.type === 'account-deleted')).to.have.length(1);
      expect(events.filter((e) => e.type === 'profile-unauthorized')).to.have.length(0);
      const asked = realm.requests.length;
      await frames(10);
      expect(realm.requests).to.have.length(asked);
    });
  });

  describe('layout', () => {
    it('takes its colour scheme from the `theme` property too (as frameworks set it), over the page’s token', async () => {
      const { el } = await mount('hide="notifications sites edit danger activity"');
      await loaded(el);
      el.style.setProperty('--profile-color-scheme', 'light');
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      el.theme = undefined;
      await el.updateComplete;
      expect(el.hasAttribute('theme')).to.equal(false);
      expect(getComputedStyle(el).colorScheme).to.equal('light');
    });

    it('has no horizontal overflow at 320 px', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      wrapper.innerHTML = `<user-profile api-base="/api/customers" realm="demo" help-center></user-profile>`;
      const el = wrapper.firstElementChild as UserProfile;
      await loaded(el);
      section(el, 'profile-sites')!.dispatchEvent(new NotificationsUnreadChangedEvent({ count: 123 }));
      await sectionsLoaded(el);
      await frames(2);
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(overflowing(el)).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('has no horizontal overflow at 320 px with the account details (rest)', async () => {
      realm.rest.user.status = 'pending';
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      wrapper.innerHTML = `<user-profile api-base="/api/bird" dialect="rest"></user-profile>`;
      const el = wrapper.firstElementChild as UserProfile;
      await until(() => el.shadowRoot!.querySelector('[part~="details"]'), 'the details');
      await frames(2);
      expect(overflowing(el)).to.deep.equal([]);
    });

    it('puts sections side by side on a wide container, stacked on a narrow one', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
      wrapper.innerHTML = `<user-profile api-base="/api/customers" realm="demo"></user-profile>`;
      const el = wrapper.firstElementChild as UserProfile;
      await loaded(el);
      const box = (name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!.getBoundingClientRect();
      expect(box('sites').top).to.equal(box('activity').top);
      expect(box('sites').right).to.be.below(box('activity').left);
      expect(box('header').width).to.be.above(900);
      wrapper.style.width = '320px';
      await frames(2);
      expect(box('activity').top).to.be.above(box('sites').bottom - 1);
    });

    it('exports the sections’ inner parts, so the page can style them', async () => {
      const style = document.createElement('style');
      style.textContent = `user-profile::part(site) { outline: 3px solid rgb(255, 0, 0) }
        user-profile::part(activity-item) { outline: 2px dotted rgb(0, 0, 255) }
        user-profile::part(danger) { display: none }`;
      document.head.append(style);
      try {
        const { el, part } = await mount();
        await sectionsLoaded(el);
        const site = section(el, 'profile-sites')!.shadowRoot!.querySelector('[part~="site"]')!;
        expect(getComputedStyle(site).outlineColor).to.equal('rgb(255, 0, 0)');
        const item = section(el, 'profile-activity')!.shadowRoot!.querySelector('[part~="activity-item"]')!;
        expect(getComputedStyle(item).outlineStyle).to.equal('dotted');
        expect(getComputedStyle(part('danger')!).display).to.equal('none');
      } finally {
        style.remove();
      }
    });
  });

  describe('header badge', () => {
    it('shows the unread count the notifications section reports', async () => {
      const { el, part } = await mount('hide="sites edit danger activity"');
      await until(() => text(part('badge')) === '10 unread', 'the seeded count');
      section(el, 'profile-notifications')!.dispatchEvent(new NotificationsUnreadChangedEvent({ count: 4 }));
      await until(() => text(part('badge')) === '4 unread', 'the new count');
      section(el, 'profile-notifications')!.dispatchEvent(new NotificationsUnreadChangedEvent({ count: 0 }));
      await until(() => !part('badge'), 'no badge');
    });

    it('passes `poll` on to its notifications section, which then refreshes the list (and the badge) by itself', async () => {
      const { el, part } = await mount('hide="sites edit danger activity" poll="0.05"');
      await until(() => text(part('badge')) === '10 unread', 'the seeded count');
      expect(section(el, 'profile-notifications')!.poll).to.equal(0.05);
      realm.modyo.notifications = realm.modyo.notifications.filter((n) => n.opened);
      await until(() => !part('badge'), 'the badge to follow a poll');
      el.poll = 0;
      await el.updateComplete;
      expect(section(el, 'profile-notifications')!.poll).to.equal(0);
    });
  });

  it('fires profile-loaded after a retry (events are typed)', async () => {
    const { el } = await mount();
    const e = await oneEvent(el, 'profile-loaded');
    expect(e.detail.profile.username).to.equal('test.user');
  });
});
