// The script-tag build as a site owner uses it: only dist/standalone/profile-elements.js, no source
// modules (run `npm run build` first; `npm test` does).
import { expect, fixture, html } from '@open-wc/testing';
import { realm, text, until, useRealm } from './helpers.js';

const BUNDLE = '/dist/standalone/profile-elements.js';

describe('script-tag bundle', () => {
  beforeEach(useRealm);

  it('registers every element and shows the profile', async () => {
    await import(BUNDLE);
    for (const tag of ['user-profile', 'profile-notifications', 'profile-sites', 'profile-edit-form', 'profile-delete-account', 'profile-activity']) {
      expect(customElements.get(tag), tag).to.exist;
    }
    const el = await fixture(html`<user-profile api-base="/api/customers" realm="demo"></user-profile>`);
    await until(() => el.shadowRoot?.querySelector('[part~="name"]'), 'the name');
    expect(text(el.shadowRoot!.querySelector('[part~="name"]'))).to.equal('Clifton Feil');
    expect(realm.requests.filter((r) => r.path === '/me')).to.have.length(1);
  });

  it('can be loaded twice on one page without an error', async () => {
    const first = customElements.get('user-profile');
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    await import(`${BUNDLE}?copy=2`); // a second, independent copy, as from a second <script>
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('user-profile')).to.equal(first);
  });
});
