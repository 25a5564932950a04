import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ProfileActivity } from '../src/components/profile-activity/profile-activity.js';
import { createApi } from '../src/api/index.js';
import { useLocale } from '../src/i18n/locale.js';
import { frames, guardEachTest, MODYO, realm, requests, text, until, mount as mountTag } from './helpers.js';

const EVENTS = ['profile-error', 'profile-unauthorized'];

const mount = (attrs = '') => mountTag<ProfileActivity>('profile-activity', `api-base="${MODYO.base}" realm="${MODYO.realm}" ${attrs}`, { events: EVENTS });

/** Waits until `n` events are listed. */
const listed = (el: ProfileActivity, n: number) =>
  until(() => el.shadowRoot?.querySelectorAll('[part~="activity-item"]').length === n, `${n} events`);

const times = (el: ProfileActivity) => [...el.shadowRoot!.querySelectorAll('time')].map((t) => Date.parse(t.dateTime));
const more = (el: ProfileActivity) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="activity-more"]');

describe('<profile-activity>', () => {
  guardEachTest();

  describe('content', () => {
    it('lists the first page, newest first, with title, description and time', async () => {
      const { el, all, part } = await mount();
      await listed(el, 10);
      const newest = realm.modyo.events[0]!;
      expect(text(all('activity-title')[0])).to.equal(newest.title);
      expect(text(all('activity-description')[0])).to.equal(newest.description);
      const time = all('activity-time')[0] as HTMLTimeElement;
      expect(time.tagName).to.equal('TIME');
      expect(Date.parse(time.dateTime)).to.equal(Date.parse(newest.created_at));
      expect(text(time)).to.match(/ ago$/);
      expect(time.title).to.match(/\d{4}/); // the full date, for a tooltip
      const t = times(el);
      expect(t).to.deep.equal([...t].sort((a, b) => b - a));
      expect(text(part('activity-count'))).to.equal('Showing 10 of 45');
      expect(part('activity-count')!.getAttribute('role')).to.equal('status');
      expect(requests('GET', '/events')[0]!.query).to.include({ page: '1', per_page: '10' });
      await expect(el).to.be.accessible();
    });

    it('loads more until the last page, with no duplicates, then hides "Load more"', async () => {
      const { el, part } = await mount();
      await listed(el, 10);
      for (const n of [20, 30, 40, 45]) {
        more(el)!.click();
        await listed(el, n);
      }
      expect(more(el)).to.be.null;
      expect(requests('GET', '/events').map((r) => r.query.page)).to.deep.equal(['1', '2', '3', '4', '5']);
      const t = times(el);
      expect(new Set(t).size).to.equal(45);
      expect(t).to.deep.equal([...t].sort((a, b) => b - a));
      expect(text(part('activity-count'))).to.equal('Showing 45 of 45');
      await expect(el).to.be.accessible();
    });

    it('does not repeat an event when a new one shifts the pages', async () => {
      const { el, all } = await mount();
      await listed(el, 10);
      realm.modyo.events.unshift({ title: 'Signed in', description: 'Just now', created_at: new Date().toISOString() });
      more(el)!.click();
      await listed(el, 19); // page 2 now starts with the 10th event, already shown
      expect(new Set(times(el)).size).to.equal(19);
      expect(all('activity-description').some((d) => text(d) === 'Just now')).to.equal(false);
    });

    it('honours per-page', async () => {
      const { el } = await mount('per-page="20"');
      await listed(el, 20);
      expect(requests('GET', '/events')[0]!.query.per_page).to.equal('20');
    });

    it('says so when there is no activity', async () => {
      realm.modyo.events = [];
      const { el, part } = await mount();
      await until(() => part('activity-empty'), 'the empty state');
      expect(text(part('activity-empty'))).to.equal('No account activity yet.');
      expect(more(el)).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('shows an event with an invalid date without a time, never "Invalid Date"', async () => {
      realm.modyo.events = [{ title: 'Odd', description: '', created_at: 'yesterday-ish' }];
      const { el, part } = await mount();
      await listed(el, 1);
      expect(text(part('activity-title'))).to.equal('Odd');
      expect(part('activity-time')).to.equal(null);
      expect(part('activity-description')).to.equal(null);
      expect(text(el)).not.to.contain('Invalid');
    });

    it('renders nothing and asks nothing when the backend has no activity', async () => {
      const { listActivity: _, ...api } = createApi({ apiBase: MODYO.base, realm: MODYO.realm });
      const el = await fixture<ProfileActivity>(html`<profile-activity .api=${api}></profile-activity>`);
      await frames(3);
      expect(el.shadowRoot!.children).to.have.length(0);
      expect(text(el)).to.equal('');
      expect(realm.requests).to.have.length(0);
    });
  });

  describe('states', () => {
    it('is busy and accessible while loading', async () => {
      realm.fault('GET /events', { hang: true });
      const { el, part } = await mount();
      await until(() => part('loading'), 'the loading state');
      expect(part('loading')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('shows a load error with a retry that works', async () => {
      realm.fault('GET /events', { status: 500 });
      const { el, events, part } = await mount();
      await until(() => part('error'), 'the error state');
      expect(text(part('error'))).to.contain('server');
      expect(events[0]!.detail).to.include({ operation: 'load-activity', status: 500 });
      await expect(el).to.be.accessible();
      realm.clearFaults();
      part('retry')!.click();
      await listed(el, 10);
    });

    it('shows malformed JSON as an error', async () => {
      realm.fault('GET /events', { status: 200, raw: '{"events":' });
      const { part } = await mount();
      await until(() => part('error'), 'the error state');
      expect(text(part('error'))).to.contain('could not read');
    });

    it('asks to sign in on 401 and fires profile-unauthorized', async () => {
      realm.signedIn = false;
      const { events, part } = await mount();
      await until(() => part('error'), 'the error state');
      expect(text(part('error'))).to.contain('Sign in');
      expect(events.map((e) => e.type)).to.deep.equal(['profile-error', 'profile-unauthorized']);
    });

    it('keeps what it shows when "Load more" fails, and retries', async () => {
      const { el, events, part } = await mount();
      await listed(el, 10);
      realm.fault('GET /events', { status: 500, times: 1 });
      more(el)!.click();
      await until(() => part('error'), 'the load-more error');
      expect(el.shadowRoot!.querySelectorAll('[part~="activity-item"]')).to.have.length(10);
      expect(text(part('error'))).to.contain('server');
      expect(events[0]!.detail).to.include({ operation: 'load-activity', status: 500 });
      await expect(el).to.be.accessible();
      part('retry')!.click();
      await listed(el, 20);
      expect(part('error')).to.equal(null);
      expect(more(el)).to.exist;
    });

    it('is busy while more load, and a second click asks nothing more', async () => {
      const { el } = await mount();
      await listed(el, 10);
      realm.fault('GET /events', { delay: 300, times: 1 });
      more(el)!.click();
      await el.updateComplete;
      expect(more(el)!.getAttribute('aria-disabled')).to.equal('true');
      more(el)!.click();
      await listed(el, 20);
      expect(requests('GET', '/events')).to.have.length(2);
      expect(more(el)!.getAttribute('aria-disabled')).to.equal('false');
    });

    it('says which attribute is missing', async () => {
      const el = await fixture<ProfileActivity>(html`<profile-activity realm="demo"></profile-activity>`);
      expect(text(el)).to.contain('"api-base"');
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('loads more with Enter and moves focus to the first new event', async () => {
      const { el } = await mount();
      await listed(el, 10);
      more(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await listed(el, 20);
      const items = el.shadowRoot!.querySelectorAll('[part~="activity-item"]');
      await until(() => el.shadowRoot!.activeElement === items[10], 'focus on the 11th event');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(more(el));
      await sendKeys({ press: 'Space' });
      await listed(el, 30);
    });
  });

  describe('lifecycle', () => {
    it('aborts "Load more" when removed and changes nothing afterwards', async () => {
      const { el, events } = await mount();
      await listed(el, 10);
      realm.fault('GET /events', { delay: 300 });
      more(el)!.click();
      await until(() => requests('GET', '/events').length === 2, 'the request');
      const parent = el.parentElement!;
      el.remove();
      await frames(25);
      expect(events).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('[part~="activity-item"]')).to.have.length(10);
      // Back in the page, "Load more" works again.
      realm.clearFaults();
      parent.append(el);
      await el.updateComplete;
      expect(more(el)!.getAttribute('aria-disabled')).to.equal('false');
      more(el)!.click();
      await listed(el, 20);
    });
  });

  it('speaks the page language', async () => {
    const wrapper = await fixture(html`<div lang="pt-BR"><profile-activity api-base="/api/customers" realm="demo"></profile-activity></div>`);
    const el = wrapper.firstElementChild as ProfileActivity;
    await until(() => text(el).includes('Carregar mais'), 'Portuguese strings');
    expect(text(el)).to.contain('Mostrando 10 de 45');
    expect(text(el.shadowRoot!.querySelector('time'))).to.match(/^há /);
    useLocale('en');
    await until(() => text(el).includes('Load more'), 'English again');
  });

  it('follows a change of language in a list it has shown, dates included, before and after "Load more"', async () => {
    const { el } = await mount();
    await listed(el, 10);
    // Every event's full date (its tooltip) as the language writes it.
    const dated = (lang: string) =>
      [...el.shadowRoot!.querySelectorAll('time')].every((t) => t.title === new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(t.dateTime)));
    expect(dated('en')).to.equal(true);
    try {
      el.lang = 'es';
      await until(() => text(el).includes('Cargar más') && dated('es'), 'every event in Spanish');
      more(el)!.click();
      await listed(el, 20);
      expect(dated('es')).to.equal(true);
      expect(text(el)).to.contain('Mostrando 20 de 45');
      el.removeAttribute('lang');
      await until(() => text(el).includes('Load more') && dated('en'), 'every event in English again');
    } finally {
      useLocale('en');
    }
  });
});
