// The fault matrix: every failure a server or a network can produce, on every call the elements
// make, through real fetches to the mock realm (MSW). For each fault and each endpoint: the visible
// state, the events, no uncaught error, nothing the user typed lost, the request count (GETs retry
// transient failures with backoff, mutations never retry on their own), and recovery once the
// server is back. One test per fault drives every endpoint side by side (each on its own element),
// so the retry back-offs overlap. (The cross-origin, real-socket subset: test/e2e/faults.e2e.mjs.)
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { Fault } from '../mocks/realm.js';
import { mount, realm, until, useRealm, watchUncaught, type Mounted as MountedTag } from './helpers.js';

type Dialect = 'modyo' | 'rest' | 'scim';
const CONFIG: Record<Dialect, string> = {
  modyo: 'api-base="/api/customers" realm="demo"',
  rest: 'api-base="/api/bird" dialect="rest"',
  scim: 'api-base="/api/scim2" dialect="scim"',
};
/** `<user-profile>` with no section: only its own GET /me. */
const HEADER_ONLY = 'hide="notifications sites edit danger activity"';

interface Case {
  name: string;
  fault: Fault;
  /** `status` of the profile-error event (−1: no response). */
  status: number;
  /** Requests a GET makes in all (transient failures are retried twice). */
  gets: number;
  /** Attributes the elements need for this case (the client timeout). */
  attrs?: string;
  unauthorized?: boolean;
  /** Only for calls whose answer has a body the client reads. */
  needsBody?: boolean;
  /** Modyo's own 401 bodies: for the modyo calls. */
  modyoOnly?: boolean;
  /** What the message says. */
  says?: RegExp;
  /** Audit the failure states' accessibility (one case per kind of message: the views are shared). */
  a11y?: boolean;
}

const FAULTS: Case[] = [
  { name: '401 (Modyo body: user_session)', fault: { status: 401, body: { error: { user_session: 'You need to sign in' } } }, status: 401, gets: 1, unauthorized: true, modyoOnly: true, says: /sign in/i, a11y: true },
  { name: '401 (Modyo body: grant_expired)', fault: { status: 401, body: { error: { grant_expired: 'The grant has expired' } } }, status: 401, gets: 1, unauthorized: true, modyoOnly: true, says: /sign in/i },
  { name: '401 (the dialect’s own body)', fault: { status: 401 }, status: 401, gets: 1, unauthorized: true, says: /sign in/i },
  { name: '403', fault: { status: 403 }, status: 403, gets: 1, says: /permission/i },
  { name: '404', fault: { status: 404 }, status: 404, gets: 1 },
  { name: '409', fault: { status: 409 }, status: 409, gets: 1 },
  { name: '422', fault: { status: 422, body: { errors: { base: ['is not acceptable'] } } }, status: 422, gets: 1 },
  { name: '429 with Retry-After: 1', fault: { status: 429, headers: { 'Retry-After': '1' } }, status: 429, gets: 3, says: /too many/i },
  { name: '500', fault: { status: 500 }, status: 500, gets: 1, a11y: true },
  { name: '503', fault: { status: 503 }, status: 503, gets: 3 },
  { name: 'network drop', fault: { network: true }, status: -1, gets: 3, says: /reached/i, a11y: true },
  { name: 'no answer (client timeout 1 s)', fault: { hang: true }, status: -1, gets: 1, attrs: 'timeout="1000"', says: /too long/i },
  { name: 'malformed JSON', fault: { status: 200, raw: '{"id": 2332, "name": ' }, status: 200, gets: 1, needsBody: true, says: /could not read/i, a11y: true },
  { name: 'valid JSON of the wrong shape', fault: { status: 200, body: [{ unexpected: true }] }, status: 200, gets: 1, needsBody: true, says: /could not read/i },
];

type Mounted = MountedTag<HTMLElement>;

/** Mounts `<tag attrs>` in its own wrapper (its own event log) inside `host`. */
const mountIn = (host: HTMLElement, tag: string, attrs: string) =>
  mount<HTMLElement>(tag, attrs, { into: host, events: ['profile-error', 'profile-unauthorized', 'profile-saved', 'notification-read', 'account-deleted'] });

const logged = (dialect: Dialect, method: string, path: RegExp) =>
  realm.requests.filter((r) => r.dialect === dialect && r.method === method && path.test(r.path));

/** The one profile-error of `operation`, with the case's status; profile-unauthorized iff 401. */
function checkEvents(what: string, m: Mounted, operation: string, c: Case) {
  const failures = m.events.filter((e) => e.type === 'profile-error' && e.detail.operation === operation);
  expect(failures, `${what}: one profile-error (${operation})`).to.have.length(1);
  expect(failures[0].detail.status, `${what}: its status`).to.equal(c.status);
  expect(failures[0].detail.message, `${what}: its message`).to.be.a('string').and.not.equal('');
  expect(m.events.filter((e) => e.type === 'profile-unauthorized'), `${what}: profile-unauthorized`).to.have.length(c.unauthorized ? 1 : 0);
}

function checkMessage(what: string, shown: Element, c: Case) {
  expect(shown.textContent!.trim(), `${what}: a message`).not.to.equal('');
  if (c.says) expect(shown.textContent, `${what}: says what happened`).to.match(c.says);
}

// ---- loads ---------------------------------------------------------------------------------
interface Load {
  dialect: Dialect;
  route: string;
  path: RegExp;
  tag: string;
  attrs?: string;
  operation: string;
  /** What shows once the data is there. */
  ready: string;
  /** Where the error and its retry appear (default: the element's own view). */
  within?: string;
  /** Its own "wrong shape" (where the generic one is a shape it accepts). */
  shape?: unknown;
  /** Faults this load deliberately survives, showing its content (a documented fallback). */
  fallback?: string[];
}

/** Rounds of loads whose requests do not overlap (an edit form also asks for /me, …). */
const LOAD_ROUNDS: Load[][] = [
  [
    { dialect: 'modyo', route: 'GET /me', path: /^\/me$/, tag: 'user-profile', attrs: HEADER_ONLY, operation: 'load-profile', ready: '[part~="name"]' },
    { dialect: 'modyo', route: 'GET /notifications', path: /^\/notifications$/, tag: 'profile-notifications', operation: 'load-notifications', ready: '[part~="notification-item"]' },
    { dialect: 'modyo', route: 'GET /sites', path: /^\/sites$/, tag: 'profile-sites', operation: 'load-sites', ready: '[part~="site"]' },
    { dialect: 'modyo', route: 'GET /events', path: /^\/events$/, tag: 'profile-activity', operation: 'load-activity', ready: '[part~="activity-item"]' },
    { dialect: 'rest', route: 'GET /me', path: /^\/me$/, tag: 'user-profile', attrs: HEADER_ONLY, operation: 'load-profile', ready: '[part~="name"]' },
    // Servers that do not let users read /Schemas (403, 404) get the core attributes' form.
    { dialect: 'scim', route: 'GET /Schemas', path: /^\/Schemas$/, tag: 'profile-edit-form', operation: 'load-form', ready: '[part~="edit-form"]', shape: { Resources: 'none' }, fallback: ['403', '404'] },
  ],
  [
    // Ready once the subscriptions are there too: no request of this round is left in flight.
    { dialect: 'modyo', route: 'GET /profile_configuration', path: /^\/profile_configuration$/, tag: 'profile-edit-form', operation: 'load-form', ready: '[part~="edit-subscription"]' },
    { dialect: 'scim', route: 'GET /Me', path: /^\/Me$/, tag: 'profile-edit-form', operation: 'load-form', ready: '[part~="edit-form"]' },
  ],
  [
    {
      dialect: 'modyo',
      route: 'GET /subscriptions',
      path: /^\/subscriptions$/,
      tag: 'profile-edit-form',
      operation: 'load-subscriptions',
      ready: '[part~="edit-subscription"]',
      within: '[part~="edit-subscriptions"]',
    },
  ],
];

// ---- mutations -----------------------------------------------------------------------------
interface Mutation {
  dialect: Dialect;
  route: string;
  method: string;
  path: RegExp;
  tag: string;
  operation: string;
  /** Performs the action on the loaded element (typing where there is something to type). */
  act(m: Mounted): Promise<void>;
  /** The failure shown, once what the user did or typed is back / still there. */
  failed(m: Mounted): Element | null;
  /** Performs the action again, and waits for its success. */
  again(m: Mounted): Promise<unknown>;
  /** Its success answer has no body (a wrong shape is no failure). */
  empty?: boolean;
  /** Faults with a behaviour of their own, tested apart. */
  skip?: string[];
}

const TYPED = 'Typed Name ✓';
const nameInput = ({ $ }: Mounted) => $<HTMLInputElement>('input[name="first_name"], input[name="name"], input[name="name.givenName"], input[name="displayName"]');
const editSave = (dialect: Dialect, method: string, route: string): Mutation => ({
  dialect,
  route,
  method,
  path: /^\/me$/i,
  tag: 'profile-edit-form',
  operation: 'save-profile',
  async act(m) {
    const input = await until(() => nameInput(m), `${dialect}: the name field`);
    input.value = TYPED;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    m.$('[part~="edit-form"] [part~="edit-save"]')!.click();
  },
  failed: (m) => (nameInput(m)?.value === TYPED && m.$('[part~="edit-save"]')?.getAttribute('aria-busy') !== 'true' ? m.$('[part~="edit-error"], [part~="edit-summary"]') : null),
  async again(m) {
    m.$('[part~="edit-form"] [part~="edit-save"]')!.click();
    return until(() => m.events.find((e) => e.type === 'profile-saved'), `${dialect}: profile-saved`);
  },
});
const unreadItem = ({ $ }: Mounted) => $('[part~="notification-unread"] button');
/** The subscription switch the action turned on. */
let box: HTMLInputElement | undefined;

/** In the order their retries run: the account deletion last (it ends the modyo session). */
const MUTATIONS: Mutation[] = [
  editSave('modyo', 'PUT', 'PUT /me'),
  editSave('rest', 'PATCH', 'PATCH /me'),
  editSave('scim', 'PATCH', 'PATCH /Me'),
  {
    dialect: 'modyo',
    route: 'PUT /subscriptions/:id',
    method: 'PUT',
    path: /^\/subscriptions\/\d+$/,
    tag: 'profile-edit-form',
    operation: 'save-subscription',
    // A 200 saved the choice, whatever its body says.
    skip: ['valid JSON of the wrong shape'],
    async act(m) {
      box = await until(() => m.$<HTMLInputElement>('[part~="edit-subscription"] input:not(:checked)'), 'an unchecked subscription');
      box.click();
    },
    // The switch moves back, with the reason.
    failed: (m) => (box && !box.checked && box.getAttribute('aria-busy') !== 'true' ? m.$('[part~="edit-subscriptions"] [role="alert"]') : null),
    async again(m) {
      box!.click();
      return until(() => box!.checked && box!.getAttribute('aria-busy') !== 'true' && !m.$('[part~="edit-subscriptions"] [role="alert"]'), 'the subscription saved');
    },
  },
  {
    dialect: 'modyo',
    route: 'PUT /notifications/:id',
    method: 'PUT',
    path: /^\/notifications\/\d+$/,
    tag: 'profile-notifications',
    operation: 'mark-read',
    // 404: the notification was deleted meanwhile (tested apart). A 200 marked it read, whatever its body says.
    skip: ['404', 'valid JSON of the wrong shape'],
    async act(m) {
      (await until(() => unreadItem(m), 'an unread notification')).click();
    },
    // The detail stays open with the error; back in the list the item is unread again.
    failed: (m) => (m.$('[part~="notification-back"]') ? m.$('[part~="error"]') : null),
    async again(m) {
      m.$('[part~="notification-back"]')!.click();
      (await until(() => unreadItem(m), 'the notification unread again')).click();
      return until(() => m.events.find((e) => e.type === 'notification-read'), 'notification-read');
    },
  },
  {
    dialect: 'modyo',
    route: 'POST /notifications/mark_all_as_read',
    method: 'POST',
    path: /^\/notifications\/mark_all_as_read$/,
    tag: 'profile-notifications',
    operation: 'mark-all-read',
    empty: true,
    async act(m) {
      await until(() => unreadItem(m), 'unread notifications');
      m.$('[part~="notification-mark-all"]')!.click();
    },
    failed: (m) => (unreadItem(m) ? m.$('[part~="error"]') : null),
    async again(m) {
      m.$('[part~="notification-mark-all"]')!.click();
      // The list changes at once; the request follows.
      await until(() => !unreadItem(m) && !m.$('[part~="error"]'), 'every notification read');
      return until(() => logged('modyo', 'POST', /^\/notifications\/mark_all_as_read$/).length === 2, 'the request');
    },
  },
  {
    dialect: 'modyo',
    route: 'DELETE /me',
    method: 'DELETE',
    path: /^\/me$/,
    tag: 'profile-delete-account',
    operation: 'delete-account',
    empty: true,
    async act(m) {
      (await until(() => m.$<HTMLElement>('[part~="delete-open"]'), 'the delete button')).click();
      const input = m.$<HTMLInputElement>('[part~="delete-input"]')!;
      input.value = 'test.user';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await (m.el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      m.$('[part~="delete-confirm"]')!.click();
    },
    // The dialog stays open with what was typed and why it failed.
    failed: (m) => (m.$<HTMLDialogElement>('dialog')?.open && m.$<HTMLInputElement>('[part~="delete-input"]')!.value === 'test.user' ? m.$('[part~="delete-error"]') : null),
    async again(m) {
      m.$('[part~="delete-confirm"]')!.click();
      return until(() => m.events.find((e) => e.type === 'account-deleted'), 'account-deleted');
    },
  },
];

const loaded = (m: Mounted) => until(() => m.el.shadowRoot?.querySelector('h2') && !m.el.shadowRoot.querySelector('[part~="loading"]'), `<${m.el.localName}> loaded`);

describe('fault matrix', function () {
  this.timeout(20000);
  let uncaught: ReturnType<typeof watchUncaught>;
  let host: HTMLElement;
  beforeEach(async () => {
    await useRealm();
    uncaught = watchUncaught();
    host = await fixture<HTMLDivElement>(html`<div></div>`);
  });
  afterEach(() => {
    host.remove();
    realm.reset(); // also releases a request left hanging
    expect(uncaught.stop(), 'uncaught errors').to.deep.equal([]);
  });

  describe('loads: the error state, the event, the retries, recovery with "Try again"', () => {
    for (const c of FAULTS) {
      it(c.name, async () => {
        for (const [round, loads] of LOAD_ROUNDS.entries()) {
          realm.reset();
          host.replaceChildren();
          const rows = loads.filter((l) => (!c.modyoOnly || l.dialect === 'modyo') && !l.fallback?.includes(c.name));
          for (const l of rows) realm.fault(l.route, l.shape && c.fault.body ? { ...c.fault, body: l.shape } : c.fault, l.dialect);
          const mounted = await Promise.all(rows.map((l) => mountIn(host, l.tag, `${CONFIG[l.dialect]} ${l.attrs ?? ''} ${c.attrs ?? ''}`)));
          const states = rows.map((l) => (c.unauthorized && l.tag === 'user-profile' ? '[part~="signed-out"]' : `${l.within ?? ''} [part~="error"]`));
          const shown = await Promise.all(mounted.map((m, i) => until(() => m.$(states[i]), `${rows[i].dialect} ${rows[i].route}: the failure state`, 8000)));
          rows.forEach((l, i) => {
            const what = `${l.dialect} ${l.route}`;
            expect(shown[i].getAttribute('role'), `${what}: announced`).to.equal('alert');
            checkMessage(what, shown[i], c);
            checkEvents(what, mounted[i], l.operation, c);
            expect(logged(l.dialect, 'GET', l.path), `${what}: requests made`).to.have.length(c.gets);
          });
          // Two <user-profile> headers on one test page are two banner landmarks; a page has one.
          if (round === 0 && c.a11y) await expect(host).to.be.accessible({ ignoredRules: ['landmark-no-duplicate-banner', 'landmark-unique'] });

          // The server recovers: "Try again" brings the content.
          realm.clearFaults();
          for (const [i, m] of mounted.entries()) (shown[i].querySelector<HTMLElement>('[part~="retry"]') ?? m.$(`${rows[i].within ?? ''} [part~="retry"]`))!.click();
          await Promise.all(mounted.map((m, i) => until(() => m.$(rows[i].ready), `${rows[i].dialect} ${rows[i].route}: the content after retrying`, 8000)));
          mounted.forEach((m, i) => expect(m.$(states[i]), `${rows[i].route}: the failure is gone`).to.equal(null));
        }
      });
    }
  });

  it('scim GET /Schemas refused (403, 404): the form of the core attributes, no error', async () => {
    for (const status of [403, 404]) {
      realm.reset();
      host.replaceChildren();
      realm.fault('GET /Schemas', { status }, 'scim');
      const m = await mountIn(host, 'profile-edit-form', CONFIG.scim);
      await until(() => m.$('[part~="edit-form"] input[name="name.givenName"]'), `${status}: the core form`);
      expect(m.$('[part~="error"]'), `${status}: no error`).to.equal(null);
      expect(m.events.filter((e) => e.type === 'profile-error'), `${status}: no profile-error`).to.have.length(0);
    }
  });

  describe('mutations: shown, nothing lost, sent once, the user’s retry works', () => {
    for (const c of FAULTS) {
      it(c.name, async () => {
        const rows = MUTATIONS.filter((m) => !(c.modyoOnly && m.dialect !== 'modyo') && !(c.needsBody && m.empty) && !m.skip?.includes(c.name));
        const mounted = await Promise.all(rows.map((m) => mountIn(host, m.tag, `${CONFIG[m.dialect]} ${c.attrs ?? ''}`)));
        await Promise.all(mounted.map(loaded));
        mounted.forEach((m, i) => expect(m.$('[part~="error"]'), `${rows[i].dialect} ${rows[i].route}: loaded`).to.equal(null));
        // Loaded; now the server breaks, and the user acts.
        for (const m of rows) realm.fault(m.route, c.fault, m.dialect);
        await Promise.all(rows.map((m, i) => m.act(mounted[i])));
        const shown = await Promise.all(rows.map((m, i) => until(() => m.failed(mounted[i]), `${m.dialect} ${m.route}: the failure, with nothing lost`, 8000)));
        rows.forEach((m, i) => {
          const what = `${m.dialect} ${m.route}`;
          checkMessage(what, shown[i], c);
          checkEvents(what, mounted[i], m.operation, c);
          expect(logged(m.dialect, m.method, m.path), `${what}: sent once (mutations are never retried on their own)`).to.have.length(1);
        });
        realm.clearFaults();
        for (const [i, m] of rows.entries()) {
          await m.again(mounted[i]);
          expect(logged(m.dialect, m.method, m.path), `${m.dialect} ${m.route}: the user’s retry`).to.have.length(2);
        }
      });
    }

    it('PUT /notifications/:id answering 404: the notification is gone, so it leaves the list', async () => {
      const m = await mountIn(host, 'profile-notifications', CONFIG.modyo);
      const item = await until(() => unreadItem(m), 'an unread notification');
      const { id } = item;
      realm.fault('PUT /notifications/:id', { status: 404 }, 'modyo');
      item.click();
      await until(() => logged('modyo', 'PUT', /^\/notifications\//).length, 'the request');
      (await until(() => m.$<HTMLElement>('[part~="notification-back"]'), 'the open notification')).click();
      await until(() => m.$('[part~="notification-list"]') && !m.$(`#${id}`), 'the list without the notification');
      expect(logged('modyo', 'PUT', /^\/notifications\//)).to.have.length(1);
      expect(m.events.filter((e) => e.type === 'profile-unauthorized')).to.have.length(0);
    });
  });
});
