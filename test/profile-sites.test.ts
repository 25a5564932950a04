import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ProfileSites } from '../src/components/profile-sites/profile-sites.js';
import { useLocale } from '../src/i18n/locale.js';
import { frames, guardEachTest, MODYO, realm, requests, text, until, mount as mountTag } from './helpers.js';

const EVENTS = ['profile-error', 'profile-unauthorized'];

const mount = (children = '') => mountTag<ProfileSites>('profile-sites', `api-base="${MODYO.base}" realm="${MODYO.realm}"`, { children, events: EVENTS });

const sitesShown = (el: ProfileSites) => until(() => el.shadowRoot?.querySelectorAll('[part~="site"]').length, 'the sites');

describe('<profile-sites>', () => {
  guardEachTest();

  describe('from the API', () => {
    it('shows each site with logo, name, description and a link that opens in a new tab', async () => {
      const { el, all } = await mount();
      await sitesShown(el);
      expect(all('site')).to.have.length(3);
      expect(all('site-name').map((a) => text(a).replace(' (opens in a new tab)', ''))).to.deep.equal(['Online Banking', 'Rewards Club', 'Help Center']);
      const link = all('site-name')[0] as HTMLAnchorElement;
      expect(link.href).to.equal('https://banking.example.com/');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
      expect(text(link)).to.equal('Online Banking (opens in a new tab)');
      expect(link.querySelector('.sr-only')).to.exist;
      expect(text(all('site-description')[1])).to.equal('Earn and redeem points with our partners.');
      const logos = all('site-logo') as HTMLImageElement[];
      expect(logos.map((l) => l.tagName)).to.deep.equal(['IMG', 'IMG', 'IMG']);
      expect(logos[0]!.src).to.match(/^data:image\/svg\+xml/);
      expect(logos[0]!.alt).to.equal('');
      expect(requests('GET', '/sites')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('shows the initial when a logo fails to load', async () => {
      realm.modyo.sites[0]!.logo_url = 'data:image/png;base64,bm90IGFuIGltYWdl'; // not an image
      const { el, all } = await mount();
      await sitesShown(el);
      const fallback = await until(() => all('site-logo').find((l) => l.tagName === 'SPAN'), 'the fallback initial');
      expect(fallback.textContent).to.equal('O');
      expect(fallback.getAttribute('aria-hidden')).to.equal('true');
      expect(all('site-logo').filter((l) => l.tagName === 'IMG')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('never links to an unsafe URL, and shows the name as text instead', async () => {
      realm.modyo.sites[1]!.url = 'javascript:alert(1)';
      realm.modyo.sites[2]!.logo_url = 'javascript:alert(2)';
      const { el, all } = await mount();
      await sitesShown(el);
      expect(all('site-name')[1]!.tagName).to.equal('SPAN');
      expect(text(all('site-name')[1])).to.equal('Rewards Club');
      expect(all('site-logo')[2]!.tagName).to.equal('SPAN');
      expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
    });

    it('says so when no site is enabled', async () => {
      realm.modyo.sites = [];
      const { el, part } = await mount();
      await until(() => part('site-empty'), 'the empty state');
      expect(text(part('site-empty'))).to.contain('No sites');
      await expect(el).to.be.accessible();
    });

    it('is busy and accessible while loading', async () => {
      realm.fault('GET /sites', { hang: true });
      const { el, part } = await mount();
      await until(() => part('loading'), 'the loading state');
      expect(part('loading')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('links are reachable with the keyboard', async () => {
      const { el, all } = await mount();
      await sitesShown(el);
      el.shadowRoot!.querySelector('h2')!.setAttribute('tabindex', '-1');
      el.shadowRoot!.querySelector<HTMLElement>('h2')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(all('site-name')[0]);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(all('site-name')[1]);
    });
  });

  describe('errors', () => {
    const cases: [string, Parameters<typeof realm.fault>[1], RegExp, number][] = [
      ['a server error', { status: 500 }, /server/, 500],
      ['a 403', { status: 403 }, /permission/, 403],
      ['a 429', { status: 429, headers: { 'Retry-After': '30' } }, /30 seconds/, 429],
      ['malformed JSON', { status: 200, raw: '{"sites": [' }, /could not read/, 200],
      ['a wrong shape', { status: 200, body: { sites: 'none' } }, /could not read/, 200],
      ['the network down', { network: true }, /could not be reached/, -1],
    ];
    for (const [name, fault, message, status] of cases) {
      it(`shows ${name} with a retry that works`, async () => {
        realm.fault('GET /sites', fault);
        const { el, events, part } = await mount();
        await until(() => part('error'), 'the error state', 7000);
        expect(text(part('error'))).to.match(message);
        expect(part('error')!.getAttribute('role')).to.equal('alert');
        expect(events.find((e) => e.type === 'profile-error')!.detail).to.include({ operation: 'load-sites', status });
        await expect(el).to.be.accessible();
        realm.clearFaults();
        part('retry')!.click();
        await sitesShown(el);
      });
    }

    it('asks the user to sign in on 401 and fires profile-unauthorized', async () => {
      realm.signedIn = false;
      const { events, part } = await mount();
      await until(() => part('error'), 'the error state');
      expect(text(part('error'))).to.contain('Sign in');
      expect(events.map((e) => e.type)).to.deep.equal(['profile-error', 'profile-unauthorized']);
    });

    it('says which attribute is missing', async () => {
      const el = await fixture<ProfileSites>(html`<profile-sites api-base="/api/customers"></profile-sites>`);
      expect(text(el)).to.contain('"realm"');
      await frames(2);
      expect(realm.requests).to.have.length(0);
    });
  });

  describe('without a request', () => {
    it('shows the sites given in the `.sites` property', async () => {
      const el = await fixture<ProfileSites>(html`<profile-sites
        .sites=${[{ id: 'a', name: 'Intranet', url: 'https://intranet.example.com/', description: 'Inside news' }]}
      ></profile-sites>`);
      await sitesShown(el);
      expect(text(el.shadowRoot!.querySelector('[part~="site-name"]'))).to.contain('Intranet');
      expect(text(el.shadowRoot!.querySelector('[part~="site-logo"]'))).to.equal('I');
      await frames(3);
      expect(realm.requests).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows the `.sites` property even with API attributes set, and asks nothing', async () => {
      const el = await fixture<ProfileSites>(html`<profile-sites api-base="/api/customers" realm="demo" .sites=${[]}></profile-sites>`);
      await until(() => el.shadowRoot!.querySelector('[part~="site-empty"]'), 'the empty state');
      await frames(3);
      expect(requests('GET', '/sites')).to.have.length(0);
    });

    it('shows links from its light DOM in a slot, styled like the others, and asks nothing', async () => {
      const { el, part } = await mount('<a href="https://one.example/">One</a> <a href="https://two.example/">Two</a>');
      await el.updateComplete;
      const slot = part('site-list')!.querySelector('slot')!;
      expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['One', 'Two']);
      const style = getComputedStyle(el.querySelector('a')!);
      expect(style.display).to.equal('flex');
      expect(style.borderTopLeftRadius).to.equal('8px');
      await frames(3);
      expect(requests('GET', '/sites')).to.have.length(0);
      expect(part('loading')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('switches to links added to its light DOM later', async () => {
      realm.fault('GET /sites', { hang: true });
      const { el, part } = await mount();
      await until(() => requests('GET', '/sites').length, 'the request');
      el.insertAdjacentHTML('beforeend', '<a href="https://late.example/">Late</a>');
      await until(() => part('site-list')?.querySelector('slot')?.assignedElements().length, 'the slotted link');
      expect(part('loading')).to.equal(null);
    });
  });

  it('speaks the page language', async () => {
    const wrapper = await fixture(html`<div lang="es"><profile-sites .sites=${[{ id: '1', name: 'Banca', url: 'https://b.example/' }]}></profile-sites></div>`);
    const el = wrapper.firstElementChild as ProfileSites;
    await until(() => text(el).includes('se abre en una pestaña nueva'), 'Spanish strings');
    expect(text(el)).to.contain('Tus sitios');
    useLocale('en');
    await until(() => text(el).includes('Your sites'), 'English again');
  });
});
