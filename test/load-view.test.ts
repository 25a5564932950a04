// Section views load on demand, beside the entry (src/internal/view.ts). When they cannot be
// loaded the section shows the usual network error, and "Try again" works once the connection is back.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { MODYO, record, text, until, useRealm, watchUncaught } from './helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const modyo = `api-base="${MODYO.base}" realm="${MODYO.realm}"`;

/** The browser says it is offline (`navigator.onLine`), as when the connection drops. */
function offline(on: boolean) {
  if (on) Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  else delete (navigator as { onLine?: boolean }).onLine;
}

const CASES = [
  { tag: 'profile-notifications', attrs: modyo, ready: 'notification-list', operation: 'load-notifications' },
  { tag: 'profile-activity', attrs: modyo, ready: 'activity-list', operation: 'load-activity' },
  { tag: 'profile-edit-form', attrs: modyo, ready: 'edit-form', operation: 'load-form' },
  { tag: 'profile-delete-account', attrs: modyo, ready: 'delete-open', operation: 'load-delete' },
  // The account details of a rest profile come with the header.
  { tag: 'user-profile', attrs: 'api-base="/api/bird" dialect="rest" hide="edit danger"', ready: 'details', operation: 'load-profile' },
];

describe('views loaded on demand', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(async () => {
    await useRealm();
    uncaught = watchUncaught();
  });
  afterEach(() => {
    offline(false);
    expect(uncaught.stop(), 'uncaught errors').to.deep.equal([]);
  });

  for (const { tag, attrs, ready, operation } of CASES) {
    it(`<${tag}> offline: the network error with "Try again", which works once back online`, async () => {
      offline(true);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const events = record(wrapper, 'profile-error', 'profile-unauthorized');
      wrapper.innerHTML = `<${tag} ${attrs}></${tag}>`;
      const el = wrapper.firstElementChild!;
      await until(() => part(el, 'error'), 'the error state');
      expect(text(part(el, 'error'))).to.contain('could not be reached');
      expect(events.map((e) => [e.type, e.detail.operation, e.detail.status])).to.deep.equal([['profile-error', operation, -1]]);
      await expect(el).to.be.accessible();
      offline(false);
      part(el, 'retry')!.click();
      await until(() => part(el, ready), 'the content after "Try again"');
      expect(part(el, 'error')).to.equal(null);
    });
  }
});
