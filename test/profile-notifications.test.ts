import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ProfileNotifications } from '../src/components/profile-notifications/profile-notifications.js';
import { createApi } from '../src/api/index.js';
import { useLocale } from '../src/i18n/locale.js';
import type { ModyoNotification } from '../mocks/seed.js';

/** An element as short text for assertions (chai would try to walk a whole DOM node on failure). */
const tag = (e: Element | null | undefined) => (e ? e.outerHTML.slice(0, 120) : null);
import { frames, guardEachTest, MODYO, realm, requests, text, until, mount as mountTag } from './helpers.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

const EVENTS = ['notification-read', 'notifications-unread-changed', 'profile-error', 'profile-unauthorized'];
const CONFIG = `api-base="${MODYO.base}" realm="${MODYO.realm}"`;

async function mount(attrs = '', count = 1) {
  const { els, wrapper, events } = await mountTag<ProfileNotifications>('profile-notifications', `${CONFIG} ${attrs}`, { count, events: EVENTS });
  return { el: els[0]!, other: els[1]!, wrapper, events };
}

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
/** Notification ids in the order the list shows them. */
const ids = (el: Element) => parts(el, 'notification-item').map((li) => li.querySelector('button')!.id.slice(2));
const item = (el: Element, id: string) => root(el).getElementById(`n-${id}`) as HTMLButtonElement | null;
const isUnread = (el: Element, id: string) => item(el, id)!.closest('li')!.part.contains('notification-unread');
const badge = (el: Element) => text(part(el, 'notification-badge'));
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;
const loaded = (el: Element) => until(() => part(el, 'notification-list') ?? part(el, 'notification-empty'), 'the notifications');
const of = (events: CustomEvent[], type: string) => events.filter((e) => e.type === type);
const counts = (events: CustomEvent[]) => of(events, 'notifications-unread-changed').map((e) => e.detail.count);

async function open(el: ProfileNotifications, id: string) {
  item(el, id)!.click();
  await el.updateComplete;
  return part(el, 'notification-detail')!;
}

async function back(el: ProfileNotifications) {
  part(el, 'notification-back')!.click();
  await el.updateComplete;
}

const ago = (hours: number) => new Date(Date.now() - hours * 36e5).toISOString();
const note = (id: number, sent_at: string, opened: boolean, extra: Partial<ModyoNotification> = {}): ModyoNotification => ({
  id,
  subject: `Subject ${id}`,
  body: `<p>Body of ${id}</p>`,
  sent_at,
  opened,
  url: null,
  ...extra,
});

const proto = Element.prototype as unknown as { setHTML?: unknown };
const nativeSetHTML = proto.setHTML;

describe('<profile-notifications>', () => {
  guardEachTest();

  describe('list', () => {
    it('shows unread first, then read, each newest first, invalid dates last (shuffled data)', async () => {
      realm.modyo.notifications = [
        note(1, ago(5), true),
        note(2, ago(1), false),
        note(3, 'not a date', false),
        note(4, ago(3), true),
        note(5, ago(2), false),
        note(6, ago(10), false),
        note(7, ago(0.5), true),
        note(8, 'garbage', true),
      ];
      const { el } = await mount();
      await loaded(el);
      expect(ids(el)).to.deep.equal(['2', '5', '6', '3', '7', '4', '1', '8']);
      await expect(el).to.be.accessible();
    });

    it('marks unread items visually and in text, not by colour alone', async () => {
      const { el } = await mount();
      await loaded(el);
      const unread = item(el, '30')!;
      const read = item(el, '28')!;
      expect(isUnread(el, '30')).to.equal(true);
      expect(isUnread(el, '28')).to.equal(false);
      expect(text(unread)).to.match(/^Unread: Welcome to your new profile area/);
      expect(text(read)).to.not.contain('Unread');
      expect(unread.querySelector('.dot')).to.exist;
      const weight = (b: Element) => Number(getComputedStyle(b.querySelector('[part~="notification-subject"]')!).fontWeight);
      expect(weight(unread)).to.be.above(weight(read));
    });

    it('shows when each was sent, relative, with the full date for tooltips and screen readers', async () => {
      const sent = (realm.modyo.notifications.find((n) => n.id === 30)!.sent_at = ago(2));
      const { el } = await mount();
      await loaded(el);
      const time = item(el, '30')!.querySelector('time')!;
      expect(time.dateTime).to.equal(new Date(sent).toISOString());
      expect(time.title).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(sent)));
      expect(time.querySelector('[aria-hidden]')!.textContent).to.equal('2 hours ago');
      expect(time.querySelector('.sr-only')!.textContent).to.equal(time.title);
    });

    it('shows the server’s unread count and fires notifications-unread-changed on the first load', async () => {
      const { el, events } = await mount();
      await loaded(el);
      expect(badge(el)).to.equal('10 unread');
      expect(part(el, 'notification-badge')!.closest('[role="status"]')).to.exist;
      expect(counts(events)).to.deep.equal([10]);
      const e = of(events, 'notifications-unread-changed')[0]!;
      expect(e.bubbles && e.composed).to.equal(true);
    });

    it('renders nothing bad from bad input: no subject, invalid date, long subject, unsafe link, huge body', async () => {
      const huge = `<p>${'A very long message body. '.repeat(40)}</p>`.repeat(1100);
      expect(huge.length).to.be.above(1_000_000);
      realm.modyo.notifications = [
        note(1, 'yesterday-ish', false, { subject: '   ', body: '', url: 'javascript:window.__xss=1' }),
        note(2, ago(1), false, { subject: 'Huge', body: huge }),
        note(3, ago(2), true, { subject: `${'Supercalifragilistic'.repeat(30)} long subject` }),
      ];
      const { el } = await mount();
      await loaded(el);
      expect(text(item(el, '1'))).to.equal('Unread: (No subject)');
      expect(tag(item(el, '1')!.querySelector('time'))).to.equal(null);
      expect(item(el, '3')!.getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width);

      const detail = await open(el, '1');
      expect(text(detail.querySelector('h3'))).to.equal('(No subject)');
      expect(tag(part(el, 'notification-link'))).to.equal(null);
      await back(el);

      // A 1 MB body: opening it must not freeze the page. Measured against the browser itself showing
      // the same HTML in a plain <div> (alongside, so a busy machine slows both): no slower than that.
      const timed = async (fn: () => Promise<unknown>) => {
        const start = performance.now();
        await fn();
        await frames(1);
        return performance.now() - start;
      };
      const plain = document.createElement('div');
      const baseline = await timed(async () => {
        plain.innerHTML = huge;
        document.body.append(plain);
      });
      plain.remove();
      const ours = await timed(() => open(el, '2'));
      expect(ours, `vs a plain div: ${baseline.toFixed(0)} ms`).to.be.below(baseline * 1.5 + 100);
      expect(part(el, 'notification-body')!.textContent!.length).to.be.above(1_000_000);
      expect(window.__xss).to.equal(undefined);
    });

    it('renders missing fields from the server as defaults, not errors', async () => {
      realm.fault('GET /notifications', { status: 200, body: { notifications: [{ id: 5 }, { id: 6, subject: 'Only a subject' }] } });
      const { el, events } = await mount();
      await loaded(el);
      expect(ids(el)).to.deep.equal(['5', '6']);
      expect(text(item(el, '5'))).to.equal('Unread: (No subject)');
      expect(badge(el)).to.equal('2 unread');
      expect(of(events, 'profile-error')).to.have.length(0);
    });
  });

  describe('opening', () => {
    it('opens the full content, marks it read at once, then PUTs {opened:true} and fires notification-read', async () => {
      realm.fault('PUT /notifications/:id', { delay: 150 }); // the answer comes later: the UI must not wait
      const { el, events } = await mount();
      await loaded(el);
      const detail = await open(el, '30');
      expect(badge(el)).to.equal('9 unread');
      expect(of(events, 'notification-read')).to.have.length(0);
      expect(text(detail.querySelector('h3'))).to.equal('Welcome to your new profile area');
      expect(tag(focused(el))).to.equal(tag(detail.querySelector('h3')));
      const body = part(el, 'notification-body')!;
      expect(body.querySelectorAll('li')).to.have.length(3);
      expect(body.querySelector('strong')!.textContent).to.equal('new look');
      const inner = body.querySelector('a')!;
      expect([inner.href, inner.target, inner.rel]).to.deep.equal(['https://help.example.com/articles/profile', '_blank', 'noopener noreferrer']);
      const link = part(el, 'notification-link') as HTMLAnchorElement;
      expect([link.href, link.target, link.rel]).to.deep.equal(['https://www.example.com/profile', '_blank', 'noopener noreferrer']);

      await until(() => of(events, 'notification-read').length, 'notification-read');
      const read = of(events, 'notification-read')[0]!;
      expect(read.detail.notification).to.include({ id: '30', read: true, subject: 'Welcome to your new profile area' });
      expect(read.bubbles && read.composed).to.equal(true);
      expect(requests('PUT', '/notifications/30').map((r) => r.body)).to.deep.equal([{ opened: true }]);
      expect(realm.modyo.notifications.find((n) => n.id === 30)!.opened).to.equal(true);
      expect(counts(events)).to.deep.equal([10, 9]);
      await expect(el).to.be.accessible();

      await back(el);
      expect(isUnread(el, '30')).to.equal(false);
      expect(tag(focused(el))).to.equal(tag(item(el, '30')));
    });

    it('makes no request when opening a notification already read', async () => {
      const { el, events } = await mount();
      await loaded(el);
      await open(el, '28');
      await frames(3);
      expect(requests('PUT', /^\/notifications\//)).to.have.length(0);
      expect(of(events, 'notification-read')).to.have.length(0);
      expect(counts(events)).to.deep.equal([10]);
    });

    it('returns the item to unread, restores the count and shows the error when the PUT fails', async () => {
      realm.fault('PUT /notifications/:id', { status: 500 });
      const { el, events } = await mount();
      await loaded(el);
      await open(el, '30');
      expect(badge(el)).to.equal('9 unread');
      const alert = await until(() => part(el, 'error'), 'the error');
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.equal('Could not mark as read. Something went wrong on the server. Try again in a moment.');
      expect(badge(el)).to.equal('10 unread');
      expect(counts(events)).to.deep.equal([10, 9, 10]);
      expect(of(events, 'profile-error')[0]!.detail).to.include({ operation: 'mark-read', status: 500 });
      expect(of(events, 'notification-read')).to.have.length(0);
      await expect(el).to.be.accessible();
      await back(el);
      expect(isUnread(el, '30')).to.equal(true);
    });

    it('removes a notification deleted meanwhile (404) instead of showing an error', async () => {
      const { el, events } = await mount();
      const api = createApi({ apiBase: MODYO.base, realm: MODYO.realm });
      let answered: Promise<unknown> | undefined;
      el.api = { ...api, markNotificationRead: (id, s) => (answered = api.markNotificationRead!(id, s)) };
      await loaded(el);
      realm.modyo.notifications = realm.modyo.notifications.filter((n) => n.id !== 30);
      await open(el, '30');
      await answered!.catch(() => undefined);
      await el.updateComplete;
      // The detail stays readable and says why the item will be gone from the list.
      expect(text(part(el, 'notification-detail'))).to.contain('This notification has since been deleted.');
      await expect(el).to.be.accessible();
      await back(el);
      expect(tag(item(el, '30'))).to.equal(null);
      expect(ids(el)).to.have.length(9);
      expect(badge(el)).to.equal('9 unread');
      expect(tag(part(el, 'error'))).to.equal(null);
      expect(of(events, 'profile-error')).to.have.length(0);
      expect(focused(el)!.tagName).to.equal('H2');
    });

    it('reports a 401 on marking read as profile-unauthorized', async () => {
      const { el, events } = await mount();
      await loaded(el);
      realm.signedIn = false;
      await open(el, '30');
      await until(() => of(events, 'profile-unauthorized').length, 'profile-unauthorized');
      expect(text(part(el, 'error'))).to.contain('Sign in again');
      expect(badge(el)).to.equal('10 unread');
    });
  });

  describe('mark all as read', () => {
    it('marks everything read at once, with one POST, and is then disabled', async () => {
      realm.fault('POST /notifications/mark_all_as_read', { delay: 100 });
      const { el, events } = await mount();
      await loaded(el);
      const button = part(el, 'notification-mark-all') as HTMLButtonElement;
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      button.focus();
      button.click();
      await el.updateComplete;
      expect(parts(el, 'notification-unread')).to.have.length(0);
      expect(tag(part(el, 'notification-badge'))).to.equal(null);
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('No unread notifications');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      button.click();
      await until(() => realm.modyo.notifications.every((n) => n.opened), 'the server to mark them');
      await frames(3);
      expect(requests('POST', '/notifications/mark_all_as_read')).to.have.length(1);
      expect(counts(events)).to.deep.equal([10, 0]);
      expect(tag(focused(el))).to.equal(tag(button)); // still there, disabled for assistive technology too
      await expect(el).to.be.accessible();
    });

    it('restores unread items and the count when it fails', async () => {
      realm.fault('POST /notifications/mark_all_as_read', { status: 503 });
      const { el, events } = await mount();
      await loaded(el);
      const unreadBefore = parts(el, 'notification-unread').length;
      (part(el, 'notification-mark-all') as HTMLButtonElement).click();
      await until(() => part(el, 'error'), 'the error');
      expect(parts(el, 'notification-unread')).to.have.length(unreadBefore);
      expect(badge(el)).to.equal('10 unread');
      expect(counts(events)).to.deep.equal([10, 0, 10]);
      expect(of(events, 'profile-error')[0]!.detail).to.include({ operation: 'mark-all-read', status: 503 });
    });
  });

  describe('paging', () => {
    it('loads more until the last page, without duplicates when the pages shift, focusing the first new item', async () => {
      const { el, events } = await mount();
      await loaded(el);
      expect(ids(el)).to.have.length(10);
      // A new notification arrives on the server: every page shifts by one.
      realm.modyo.notifications.push(note(31, new Date().toISOString(), false, { subject: 'Brand new' }));
      part(el, 'notification-more')!.click();
      await until(() => ids(el).length > 10, 'page 2');
      expect(requests('GET', '/notifications').map((r) => r.query.page)).to.deep.equal(['1', '2']);
      expect(ids(el)).to.have.length(19);
      expect(new Set(ids(el)).size).to.equal(19);
      expect(badge(el)).to.equal('11 unread');
      expect(counts(events)).to.deep.equal([10, 11]);
      expect(tag(focused(el))).to.equal(tag(item(el, '17'))); // the first new one, in list order
      part(el, 'notification-more')!.click();
      await until(() => ids(el).length > 19, 'page 3');
      part(el, 'notification-more')!.click();
      await until(() => ids(el).length === 30, 'page 4');
      expect(new Set(ids(el)).size).to.equal(30);
      expect(tag(part(el, 'notification-more'))).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows a failed page as an error and keeps what was loaded; "Load more" tries again', async () => {
      const { el, events } = await mount();
      await loaded(el);
      realm.fault('GET /notifications', { status: 500, times: 1 });
      part(el, 'notification-more')!.click();
      await until(() => part(el, 'error'), 'the error');
      expect(ids(el)).to.have.length(10);
      expect(of(events, 'profile-error')[0]!.detail).to.include({ operation: 'load-notifications', status: 500 });
      part(el, 'notification-more')!.click();
      await until(() => ids(el).length === 20, 'page 2');
      expect(tag(part(el, 'error'))).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('works with Tab, Enter, Space and Escape alone, focus following', async () => {
      const { el } = await mount();
      await loaded(el);
      part(el, 'notification-mark-all')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(tag(focused(el))).to.equal(tag(item(el, '30')));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)!.tagName).to.equal('H3');
      expect(text(focused(el))).to.equal('Welcome to your new profile area');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tag(focused(el))).to.equal(tag(item(el, '30')));
      await sendKeys({ press: 'Tab' });
      expect(tag(focused(el))).to.equal(tag(item(el, '29')));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(text(focused(el))).to.equal('Your monthly statement is ready');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(tag(focused(el))).to.equal(tag(part(el, 'notification-back')));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(tag(focused(el))).to.equal(tag(item(el, '29')));
    });
  });

  describe('states', () => {
    it('is accessible while loading', async () => {
      realm.fault('GET /notifications', { hang: true });
      const { el } = await mount();
      await until(() => part(el, 'loading'), 'the loading state');
      expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('says so when there are no notifications', async () => {
      realm.modyo.notifications = [];
      const { el, events } = await mount();
      await loaded(el);
      expect(text(part(el, 'notification-empty'))).to.equal('You have no notifications.');
      expect(tag(part(el, 'notification-mark-all'))).to.equal(null);
      expect(counts(events)).to.deep.equal([0]);
      await expect(el).to.be.accessible();
    });

    it('shows a server error with a retry that works once the server recovers', async () => {
      realm.fault('GET /notifications', { status: 500 });
      const { el, events } = await mount();
      await until(() => part(el, 'error'), 'the error state');
      expect(text(part(el, 'error'))).to.contain('Something went wrong on the server');
      expect(of(events, 'profile-error')[0]!.detail).to.include({ operation: 'load-notifications', status: 500 });
      await expect(el).to.be.accessible();
      realm.clearFaults();
      part(el, 'retry')!.click();
      await loaded(el);
      expect(ids(el)).to.have.length(10);
    });

    it('shows malformed JSON as an error, never an uncaught exception', async () => {
      realm.fault('GET /notifications', { status: 200, raw: '{"notifications": [' });
      const { el } = await mount();
      await until(() => part(el, 'error'), 'the error state');
      expect(text(part(el, 'error'))).to.contain('could not read');
    });

    it('fires profile-unauthorized on 401 with a sign-in message', async () => {
      realm.signedIn = false;
      const { el, events } = await mount();
      await until(() => part(el, 'error'), 'the error state');
      expect(text(part(el, 'error'))).to.contain('Sign in again');
      expect(of(events, 'profile-unauthorized')).to.have.length(1);
    });

    it('renders nothing and requests nothing when the backend has no notifications', async () => {
      const api = createApi({ apiBase: MODYO.base, realm: MODYO.realm });
      const el = await fixture<ProfileNotifications>(html`<profile-notifications .api=${{ ...api, listNotifications: undefined }}></profile-notifications>`);
      await frames(2);
      expect(root(el).childElementCount).to.equal(0);
      expect(requests('GET', '/notifications')).to.have.length(0);
    });

    it('says which attribute is missing when it is not configured', async () => {
      const el = await fixture<ProfileNotifications>(html`<profile-notifications api-base="/api/customers"></profile-notifications>`);
      expect(text(el)).to.contain('"realm"');
      expect(realm.requests).to.have.length(0);
    });
  });

  describe('content safety', () => {
    const HOSTILE = ['29', '28', '15', '14', '1']; // seed bodies with <img onerror>, <script>, javascript: links

    for (const path of ['native Sanitizer API', 'DOMPurify fallback']) {
      it(`runs no script from hostile bodies (${path})`, async () => {
        const alert = window.alert;
        window.alert = () => (window.__xss = 1);
        delete window.__xss;
        if (path !== 'native Sanitizer API') delete proto.setHTML;
        try {
          realm.modyo.notifications.push(
            note(40, ago(0.1), false, { subject: 'XSS', body: '<img src=x onerror="window.__xss=2"><svg onload="window.__xss=3"></svg><a href="javascript:window.__xss=4">x</a><iframe srcdoc="<script>parent.__xss=5</script>"></iframe>' }),
          );
          const { el } = await mount('per-page="40"');
          await loaded(el);
          for (const id of [...HOSTILE, '40']) {
            await open(el, id);
            const body = part(el, 'notification-body')!;
            await until(() => body.childElementCount, `the body of ${id}`);
            expect(tag(body.querySelector('script, iframe, svg, [onerror], [onmouseover], [onload]')), id).to.equal(null);
            for (const a of body.querySelectorAll('a')) {
              expect(a.getAttribute('href') ?? 'https:', id).to.match(/^(https?|mailto):/);
              a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
            }
            await back(el);
          }
          await frames(5);
          expect(window.__xss).to.equal(undefined);
        } finally {
          proto.setHTML = nativeSetHTML;
          window.alert = alert;
        }
      });
    }
  });

  describe('refresh and sync', () => {
    const arrive = () => realm.modyo.notifications.push(note(31, new Date().toISOString(), false, { subject: 'Brand new' }));

    it('refreshes when the tab becomes visible again, not while hidden', async () => {
      const { el, events } = await mount();
      await loaded(el);
      arrive();
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        await frames(5);
        expect(requests('GET', '/notifications')).to.have.length(1);
      } finally {
        delete (document as { hidden?: boolean }).hidden;
      }
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => item(el, '31'), 'the new notification');
      expect(ids(el)[0]).to.equal('31');
      expect(badge(el)).to.equal('11 unread');
      expect(counts(events)).to.deep.equal([10, 11]);
    });

    it('keeps focus on the same notification when a refresh reorders the list', async () => {
      const { el } = await mount();
      await loaded(el);
      item(el, '29')!.focus();
      arrive();
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => item(el, '31'), 'the new notification');
      await el.updateComplete;
      expect(ids(el).slice(0, 3)).to.deep.equal(['31', '30', '29']);
      expect(tag(focused(el))).to.equal(tag(item(el, '29')));
    });

    it('polls every `poll` seconds with never more than one request in flight, and stops when removed', async () => {
      const { el } = await mount('poll="0.05"');
      await loaded(el);
      await until(() => requests('GET', '/notifications').length >= 2, 'a poll');
      realm.fault('GET /notifications', { hang: true });
      const n = requests('GET', '/notifications').length;
      await until(() => requests('GET', '/notifications').length === n + 1, 'the next poll');
      await frames(20); // several intervals pass while it hangs
      expect(requests('GET', '/notifications')).to.have.length(n + 1);
      realm.clearFaults(); // releases it
      arrive();
      await until(() => item(el, '31'), 'polling to go on');
      const hidden = requests('GET', '/notifications').length;
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      try {
        await frames(20);
        expect(requests('GET', '/notifications').length, 'no polling while hidden').to.be.at.most(hidden + 1);
        const settled = requests('GET', '/notifications').length;
        await frames(20);
        expect(requests('GET', '/notifications')).to.have.length(settled);
      } finally {
        delete (document as { hidden?: boolean }).hidden;
      }
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => requests('GET', '/notifications').length > hidden + 1, 'polling to resume when visible');
      el.remove();
      const after = requests('GET', '/notifications').length;
      await frames(20);
      expect(requests('GET', '/notifications')).to.have.length(after);
    });

    it('shares read state with the other elements and tabs through BroadcastChannel, without requests', async () => {
      const { el, other } = await mount('', 2);
      await loaded(el);
      await loaded(other);
      const before = realm.requests.length;
      await open(el, '30');
      await until(() => !isUnread(other, '30'), 'the other to hear');
      expect(badge(other)).to.equal('9 unread');
      await back(el);
      (part(el, 'notification-mark-all') as HTMLButtonElement).click();
      await until(() => !parts(other, 'notification-unread').length, 'mark all to reach the other');
      expect(tag(part(other, 'notification-badge'))).to.equal(null);
      expect(realm.requests.slice(before).map((r) => `${r.method} ${r.path}`)).to.deep.equal(['PUT /notifications/30', 'POST /notifications/mark_all_as_read']);
    });
  });

  describe('lifecycle', () => {
    it('aborts the load when removed, updates nothing afterwards, and loads again when put back', async () => {
      realm.fault('GET /notifications', { delay: 300, times: 1 });
      const { el, events, wrapper } = await mount();
      const api = createApi({ apiBase: MODYO.base, realm: MODYO.realm });
      let signal: AbortSignal | undefined;
      el.api = { ...api, listNotifications: (p, n, s) => ((signal = s), api.listNotifications!(p, n, s)) };
      await until(() => signal, 'the request');
      el.remove();
      expect(signal!.aborted).to.equal(true);
      await frames(3);
      expect(events).to.have.length(0);
      wrapper.append(el);
      await loaded(el);
      expect(ids(el)).to.have.length(10);
    });

    it('aborts marking read when removed, without errors', async () => {
      realm.fault('PUT /notifications/:id', { hang: true }); // (a delayed one would still reach the realm later)
      const { el, events } = await mount();
      const api = createApi({ apiBase: MODYO.base, realm: MODYO.realm });
      let signal: AbortSignal | undefined;
      el.api = { ...api, markNotificationRead: (id, s) => ((signal = s), api.markNotificationRead!(id, s)) };
      await loaded(el);
      await open(el, '30');
      el.remove();
      expect(signal!.aborted).to.equal(true);
      await frames(3);
      expect(of(events, 'profile-error')).to.have.length(0);
      expect(of(events, 'notification-read')).to.have.length(0);
    });
  });

  describe('i18n', () => {
    it('speaks Spanish (and Portuguese plurals)', async () => {
      try {
        realm.modyo.notifications.find((n) => n.id === 30)!.sent_at = ago(2);
        const { el } = await mount('lang="es"');
        await loaded(el);
        await until(() => text(el).includes('Notificaciones'), 'Spanish');
        expect(badge(el)).to.equal('10 sin leer');
        expect(text(part(el, 'notification-mark-all'))).to.equal('Marcar todas como leídas');
        expect(text(item(el, '30'))).to.match(/^Sin leer: Welcome/);
        expect(item(el, '30')!.querySelector('time [aria-hidden]')!.textContent).to.equal('hace 2 horas');
        realm.modyo.notifications = [note(1, ago(1), false)];
        const pt = await fixture<ProfileNotifications>(html`<profile-notifications lang="pt-BR" api-base=${MODYO.base} realm=${MODYO.realm}></profile-notifications>`);
        await loaded(pt);
        await until(() => badge(pt) === '1 não lida', 'Portuguese singular');
      } finally {
        useLocale('en');
      }
    });
  });

  describe('inside <user-profile>', () => {
    it('keeps the header badge right and requests the list once', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<user-profile ${CONFIG} hide="sites edit danger activity"></user-profile>`;
      const up = wrapper.firstElementChild!;
      const headerBadge = () => text(up.shadowRoot?.querySelector('[part~="badge"]'));
      await until(() => headerBadge() === '10 unread', 'the header badge');
      const el = await until(() => up.shadowRoot!.querySelector('profile-notifications'), 'the section');
      await loaded(el);
      await open(el, '30');
      await until(() => headerBadge() === '9 unread', 'the header badge to follow');
      expect(requests('GET', '/notifications')).to.have.length(1);
      await expect(up).to.be.accessible();
    });
  });
});
