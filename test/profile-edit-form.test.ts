import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ProfileEditForm } from '../src/components/profile-edit-form/profile-edit-form.js';
import type { UserProfile } from '../src/components/user-profile/user-profile.js';
import { createApi, type FieldDefinition, type ProfileApi } from '../src/api/index.js';
import { ProfileSavedEvent } from '../src/events/index.js';
import { useLocale } from '../src/i18n/locale.js';
import { frames, MODYO, oneEvent, realm, requests, text, until, useRealm, watchUncaught, mount as mountTag } from './helpers.js';

const EVENTS = ['profile-saving', 'profile-saved', 'profile-error', 'profile-unauthorized'];
const CONFIG = `api-base="${MODYO.base}" realm="${MODYO.realm}"`;

type Control = HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;

const mount = (attrs = CONFIG, props: Partial<ProfileEditForm> = {}) => mountTag<ProfileEditForm>('profile-edit-form', attrs, { props, events: EVENTS });

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const loaded = (el: ProfileEditForm) => until(() => $(el, '[part~=edit-form]'), 'the form');
/** The control (first one of a group) for a field key. */
const control = (el: Element, key: string) => $<Control>(el, `[name="${key}"]`)!;
const option = (el: Element, key: string, value: string) => $<HTMLInputElement>(el, `[name="${key}"][value="${value}"]`)!;
/** What a user does when typing or picking: the value changes and `input` fires. */
function enter(c: Control, value: string) {
  c.value = value;
  c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
const save = (el: Element) => $<HTMLButtonElement>(el, '[part~=edit-save]')!.click();
const labelOf = (el: Element, c: Element) => text($(el, `label[for="${c.id}"]`));
const putBodies = () => requests('PUT', '/me').map((r) => r.body);

// A real `beforeunload` on window would also stop the mock service worker (MSW listens to it), so
// the page's beforeunload listeners are tracked and called with a cancelable event instead.
const unload = new Set<EventListenerOrEventListenerObject>();
let tracking = false; // from when the mock worker runs: its own listener is not the page's
const { addEventListener: add, removeEventListener: remove } = window;
window.addEventListener = function (this: Window, type: string, l: EventListenerOrEventListenerObject | null, o?: boolean | AddEventListenerOptions) {
  if (type === 'beforeunload' && l && tracking) unload.add(l);
  return add.call(this ?? window, type, l!, o);
} as typeof window.addEventListener;
window.removeEventListener = function (this: Window, type: string, l: EventListenerOrEventListenerObject | null, o?: boolean | EventListenerOptions) {
  if (type === 'beforeunload' && l) unload.delete(l);
  return remove.call(this ?? window, type, l!, o);
} as typeof window.removeEventListener;
/** Whether the page would ask "Leave site?" now. */
const leave = () => {
  const e = new Event('beforeunload', { cancelable: true });
  for (const l of unload) (typeof l === 'function' ? l : l.handleEvent).call(window, e);
  return e.defaultPrevented;
};

describe('<profile-edit-form>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(async () => {
    await useRealm();
    tracking = true;
    uncaught = watchUncaught();
  });
  afterEach(() => expect(uncaught.stop(), 'uncaught errors').to.deep.equal([]));
  after(() => expect(unload.size, 'beforeunload listeners left behind').to.equal(0));

  describe('rendering', () => {
    it('renders every visible field in position order, with its control, label, hint and required mark', async () => {
      const { el } = await mount();
      await loaded(el);
      const rows = $$(el, '[part~=edit-field]').map((r) => text(r.querySelector('[part~=edit-label]')));
      expect(rows).to.deep.equal([
        'First name (required)',
        'Last name (required)',
        'Second last name',
        'Email',
        'Date of birth',
        'Gender',
        'Mobile phone (required)',
        'Preferred branch',
        'Preferred contact channel',
        'People in your household',
        'Topics you are interested in',
        'Send me offers from partner brands',
        'About me',
        'Customer since',
      ]);
      expect(control(el, 'first_name')).to.include({ type: 'text', value: 'Clifton', required: true, autocomplete: 'given-name' });
      const birth = control(el, 'birth_date');
      expect(birth).to.include({ type: 'date', value: '1990-04-12' });
      expect(birth.max, 'up to today').to.equal(new Date(Date.now() - new Date().getTimezoneOffset() * 6e4).toISOString().slice(0, 10));
      const sex = control(el, 'sex');
      expect(sex.localName).to.equal('select');
      expect([...sex.options].map((o) => o.text)).to.deep.equal(['Choose…', 'Male', 'Female', 'Non-binary', 'Other', 'Prefer not to say']);
      expect(sex.value).to.equal('0');
      expect(control(el, 'custom.mobile_phone')).to.include({ value: '+1 312 555 0148', required: true });
      expect(control(el, 'custom.preferred_branch').value).to.equal('riverside');
      expect(option(el, 'custom.contact_channel', 'email').checked).to.equal(true);
      expect(option(el, 'custom.contact_channel', 'email').type).to.equal('radio');
      expect(text(option(el, 'custom.contact_channel', 'email').closest('fieldset')!.querySelector('legend'))).to.equal('Preferred contact channel');
      expect(control(el, 'custom.household_size')).to.include({ type: 'number', value: '3' });
      const interests = $$(el, '[name="custom.interests"]') as HTMLInputElement[];
      expect(interests.map((i) => [i.type, i.value, i.checked])).to.deep.equal([
        ['checkbox', 'savings', true],
        ['checkbox', 'investments', false],
        ['checkbox', 'insurance', false],
        ['checkbox', 'mortgages', false],
        ['checkbox', 'travel', true],
      ]);
      expect(control(el, 'custom.partner_offers')).to.include({ type: 'checkbox', checked: false });
      expect(control(el, 'custom.about_me').localName).to.equal('textarea');
      // Hints are tied to their controls.
      const phone = control(el, 'custom.mobile_phone');
      expect(text(el.shadowRoot!.getElementById(phone.getAttribute('aria-describedby')!))).to.equal('Include the country code, e.g. +1 415 555 0100.');
      await expect(el).to.be.accessible();
    });

    it('shows read-only fields as text with why, never as disabled inputs', async () => {
      const { el } = await mount();
      await loaded(el);
      expect(control(el, 'email')).to.equal(null);
      expect(control(el, 'custom.customer_since')).to.equal(null);
      expect($$(el, ':disabled')).to.have.length(0);
      const [email, since] = $$(el, '[part~=edit-readonly]');
      expect(text(email.querySelector('dd'))).to.equal('test.user@modyo.com');
      const change = email.querySelector<HTMLAnchorElement>('[part~=edit-link]')!;
      expect(text(change)).to.equal('Change email');
      expect(change.href).to.equal(`${location.origin}/realms/demo/profile/change_email`);
      expect(change.target).to.equal('');
      expect(text(since)).to.contain('September 1, 2014');
      expect(text(since)).to.contain('Managed by your organisation');
    });

    it('links to the realm’s page to change the password', async () => {
      const { el } = await mount();
      await loaded(el);
      const link = $<HTMLAnchorElement>(el, '[part~=edit-credentials] a')!;
      expect(text(link)).to.equal('Change password');
      expect(link.href).to.equal(`${location.origin}/realms/demo/password/change`);
    });

    it('uses the profile’s value, else the field’s default', async () => {
      realm.modyo.user.custom_fields = realm.modyo.user.custom_fields.filter((f) => f.key !== 'household_size' && f.key !== 'preferred_branch');
      const { el } = await mount();
      await loaded(el);
      expect(control(el, 'custom.household_size').value).to.equal('1');
      expect(control(el, 'custom.preferred_branch').value).to.equal('downtown');
      expect($(el, '[part~=edit-dirty]')).to.equal(null);
      // Defaults alone are no change to save…
      save(el);
      await until(() => text($(el, '[part~=edit-status]')).includes('no changes'), 'nothing to save');
      expect(putBodies()).to.deep.equal([]);
      // …but a save stores them with the user's change: what is saved is what the form showed.
      enter(control(el, 'first_name'), 'Ann');
      save(el);
      await until(() => putBodies().length, 'the save');
      expect(putBodies()[0]).to.deep.equal({
        first_name: 'Ann',
        custom_fields: [
          { key: 'preferred_branch', value: 'downtown' },
          { key: 'household_size', value: 1 },
        ],
      });
      await until(() => text($(el, '[part~=edit-status]')).includes('were saved'), 'the saved note');
      expect($(el, '[part~=edit-dirty]')).to.equal(null);
      expect(realm.modyo.user.custom_fields.find((f) => f.key === 'preferred_branch')?.value).to.equal('downtown');
    });

    it('renders any dialect’s field types from their definitions', async () => {
      const base = createApi({ apiBase: MODYO.base, realm: MODYO.realm });
      const extra: FieldDefinition[] = [
        { key: 'website', label: 'Website', type: 'url', required: false, editable: true, position: 100 },
        { key: 'phone', label: 'Phone', type: 'tel', required: false, editable: true, position: 101, pattern: '\\+?[0-9 ]+' },
        { key: 'optin', label: 'Marketing emails', type: 'boolean', required: false, editable: true, position: 102 },
        { key: 'mobiles', label: 'Mobile numbers', type: 'tel', multiple: true, required: false, editable: true, position: 103 },
        { key: 'lastLogin', label: 'Last sign-in', type: 'datetime', required: false, editable: false, position: 104 },
        { key: 'points', label: 'Loyalty points', type: 'number', required: false, editable: false, position: 105, readOnlyReason: 'Earned with purchases' },
        { key: 'langs', label: 'Languages', type: 'dropdown', multiple: true, required: false, editable: true, position: 106, options: [
          { value: 'en', label: 'English' },
          { value: 'es', label: 'Spanish' },
        ] },
        { key: 'teams', label: 'Teams', type: 'checkbox', multiple: true, required: false, editable: false, position: 107, options: [
          { value: 'a', label: 'Alpha' },
          { value: 'b', label: 'Beta' },
          { value: 'c', label: 'Gamma' },
        ] },
      ];
      const api: ProfileApi = {
        ...base,
        getFormConfig: async (signal) => {
          const c = await base.getFormConfig(signal);
          return { ...c, fields: [...c.fields, ...extra] };
        },
        getProfile: async (signal) => {
          const p = await base.getProfile(signal);
          return { ...p, values: { ...p.values, website: 'https://example.com', optin: true, mobiles: ['+1 555', '+2 555'], lastLogin: '2024-12-11T10:27:45Z', points: 3840, langs: ['es'], teams: ['a', 'b', 'c'] } };
        },
      };
      const { el } = await mount('', { api });
      await loaded(el);
      expect(control(el, 'website')).to.include({ type: 'url', value: 'https://example.com' });
      expect(control(el, 'phone')).to.include({ type: 'tel', autocomplete: 'tel' });
      expect(control(el, 'optin')).to.include({ type: 'checkbox', checked: true });
      const mobiles = control(el, 'mobiles');
      expect(mobiles.localName).to.equal('textarea');
      expect(mobiles.value).to.equal('+1 555\n+2 555');
      const langs = control(el, 'langs');
      expect(langs.multiple).to.equal(true);
      expect([...langs.selectedOptions].map((o) => o.value)).to.deep.equal(['es']);
      const readonly = $$(el, '[part~=edit-readonly]').map(text);
      expect(readonly.find((t) => t.startsWith('Last sign-in'))).to.contain('2024');
      expect(readonly.find((t) => t.startsWith('Loyalty points'))).to.equal('Loyalty points 3,840 Earned with purchases');
      expect(readonly.find((t) => t.startsWith('Teams'))).to.contain('Alpha, Beta, and Gamma');
      enter(control(el, 'website'), 'example');
      enter(control(el, 'phone'), 'call me');
      save(el);
      await el.updateComplete;
      expect(text($(el, '[part~=edit-summary]'))).to.contain('Website: Enter a full web address').and.contain('Phone: Enter a value in the expected format.');
      await expect(el).to.be.accessible();
    });
  });

  describe('saving', () => {
    it('saves every field type, sending only what changed, typed', async () => {
      const { el, events } = await mount();
      await loaded(el);
      enter(control(el, 'first_name'), 'Ann');
      enter(control(el, 'second_last_name'), '');
      enter(control(el, 'birth_date'), '1985-02-03');
      enter(control(el, 'sex'), '1');
      enter(control(el, 'custom.mobile_phone'), '+1 312 555 0199');
      enter(control(el, 'custom.preferred_branch'), 'airport');
      option(el, 'custom.contact_channel', 'sms').click();
      enter(control(el, 'custom.household_size'), '4');
      option(el, 'custom.interests', 'insurance').click();
      option(el, 'custom.interests', 'travel').click();
      control(el, 'custom.partner_offers').click();
      enter(control(el, 'custom.about_me'), 'Hello');
      await el.updateComplete;
      expect(text($(el, '[part~=edit-dirty]'))).to.equal('Unsaved changes');
      save(el);
      const saved = await oneEvent(el, 'profile-saved');
      expect(putBodies()).to.deep.equal([
        {
          first_name: 'Ann',
          second_last_name: null,
          birth_date: '1985-02-03',
          sex: 1,
          custom_fields: [
            { key: 'mobile_phone', value: '+1 312 555 0199' },
            { key: 'preferred_branch', value: 'airport' },
            { key: 'contact_channel', value: 'sms' },
            { key: 'household_size', value: 4 },
            { key: 'interests', value: ['savings', 'insurance'] },
            { key: 'partner_offers', value: true },
            { key: 'about_me', value: 'Hello' },
          ],
        },
      ]);
      expect(saved.detail.profile.name).to.equal('Ann Feil');
      expect(events.find((e) => e.type === 'profile-saving')!.detail.changes).to.include({ first_name: 'Ann', 'custom.household_size': 4 });
      await el.updateComplete;
      expect(text($(el, '[part~=edit-status]'))).to.equal('Your changes were saved.');
      expect($(el, '[part~=edit-status]')!.getAttribute('role')).to.equal('status');
      expect($(el, '[part~=edit-dirty]')).to.equal(null);
      expect(control(el, 'first_name').value).to.equal('Ann');
      await expect(el).to.be.accessible();
      // Saved is the new baseline: saving again sends nothing.
      save(el);
      await el.updateComplete;
      expect(text($(el, '[part~=edit-status]'))).to.equal('There are no changes to save.');
      expect(putBodies()).to.have.length(1);
    });

    it('sends nothing when profile-saving is cancelled', async () => {
      const { el } = await mount();
      await loaded(el);
      el.addEventListener('profile-saving', (e) => e.preventDefault(), { once: true });
      enter(control(el, 'first_name'), 'Ann');
      save(el);
      await frames(5);
      expect(requests('PUT', '/me')).to.have.length(0);
      expect(control(el, 'first_name').value).to.equal('Ann');
      expect(text($(el, '[part~=edit-dirty]'))).to.equal('Unsaved changes');
    });

    it('is busy while saving and sends one request on a double click', async () => {
      realm.fault('PUT /me', { delay: 300 });
      const { el } = await mount();
      await loaded(el);
      enter(control(el, 'first_name'), 'Ann');
      save(el);
      save(el);
      await el.updateComplete;
      const button = $(el, '[part~=edit-save]')!;
      expect(button.getAttribute('aria-busy')).to.equal('true');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(text(button)).to.equal('Saving…');
      expect(button.querySelector('.spinner')).to.exist;
      await expect(el).to.be.accessible();
      save(el);
      await oneEvent(el, 'profile-saved');
      expect(requests('PUT', '/me')).to.have.length(1);
      await el.updateComplete;
      expect(button.getAttribute('aria-busy')).to.equal('false');
    });

    it('keeps what was typed during a save', async () => {
      realm.fault('PUT /me', { delay: 200 });
      const { el } = await mount();
      await loaded(el);
      enter(control(el, 'first_name'), 'Ann');
      save(el);
      await until(() => requests('PUT', '/me').length, 'the save');
      enter(control(el, 'last_name'), 'Lee');
      await oneEvent(el, 'profile-saved');
      await el.updateComplete;
      expect(control(el, 'first_name').value).to.equal('Ann');
      expect(control(el, 'last_name').value).to.equal('Lee');
      expect(text($(el, '[part~=edit-dirty]'))).to.equal('Unsaved changes');
    });
  });

  describe('validation', () => {
    it('blocks the request when a required field is empty, with a summary linking to the field', async () => {
      const { el } = await mount();
      await loaded(el);
      const phone = control(el, 'custom.mobile_phone');
      enter(phone, '');
      save(el);
      await el.updateComplete;
      const summary = $(el, '[part~=edit-summary]')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      await until(() => el.shadowRoot!.activeElement === summary, 'focus on the summary');
      expect(text(summary)).to.contain('Mobile phone: This field is required.');
      expect(phone.getAttribute('aria-invalid')).to.equal('true');
      const described = phone.getAttribute('aria-describedby')!.split(' ').map((id) => text(el.shadowRoot!.getElementById(id)));
      expect(described).to.include('This field is required.');
      await expect(el).to.be.accessible();
      summary.querySelector('a')!.click();
      expect(el.shadowRoot!.activeElement).to.equal(phone);
      await frames(3);
      expect(requests('PUT', '/me')).to.have.length(0);
      // Fixing the field clears its error at once.
      enter(phone, '+1 312 555 0100');
      await el.updateComplete;
      expect(phone.hasAttribute('aria-invalid')).to.equal(false);
      expect($(el, '[part~=edit-summary]')).to.equal(null);
    });

    it('rejects a malformed email before sending', async () => {
      realm.modyo.profileConfiguration.fields.find((f) => f.key === 'email')!.editable = true;
      const { el } = await mount();
      await loaded(el);
      const email = control(el, 'email');
      expect(email.type).to.equal('email');
      enter(email, 'not-an-email');
      save(el);
      await el.updateComplete;
      expect(text($(el, '[part~=edit-summary]'))).to.contain('Email: Enter an email address like name@example.com.');
      await frames(3);
      expect(requests('PUT', '/me')).to.have.length(0);
    });

    it('rejects a birth date in the future, and takes any real day up to today, however old', async () => {
      const { el } = await mount();
      await loaded(el);
      const birth = control(el, 'birth_date');
      expect(birth.min, 'no lower limit').to.equal('');
      enter(birth, new Date(Date.now() + 864e5 * 30).toISOString().slice(0, 10));
      save(el);
      await el.updateComplete;
      expect(text($(el, '[part~=edit-summary]'))).to.contain('Date of birth: Enter a date that is not in the future.');
      await frames(3);
      expect(requests('PUT', '/me')).to.have.length(0);
      enter(birth, '1899-12-31');
      save(el);
      await oneEvent(el, 'profile-saved');
      expect(putBodies()).to.deep.equal([{ birth_date: '1899-12-31' }]);
    });

    it('never blocks a save on a stored value the user did not touch (the server judges those)', async () => {
      // Imported records: a 19th-century birth date, an email the browser would not accept, an
      // empty required field. Changing only the first name saves only the first name.
      realm.modyo.user.birth_date = '1888-03-01';
      realm.modyo.user.email = 'legacy@@example';
      realm.modyo.profileConfiguration.fields.find((f) => f.key === 'email')!.editable = true;
      const phone = realm.modyo.user.custom_fields.find((f) => f.key === 'mobile_phone')!;
      phone.value = '';
      const { el } = await mount();
      await loaded(el);
      expect(control(el, 'birth_date').value).to.equal('1888-03-01');
      enter(control(el, 'first_name'), 'Ada');
      save(el);
      await oneEvent(el, 'profile-saved');
      expect(putBodies()).to.deep.equal([{ first_name: 'Ada' }]);
      expect($(el, '[part~=edit-summary]')).to.equal(null);
      // Touched, a value is judged: the browser says what is wrong before sending.
      enter(control(el, 'email'), 'still@@wrong');
      save(el);
      await el.updateComplete;
      expect(text($(el, '[part~=edit-summary]'))).to.contain('Email: Enter an email address like name@example.com.');
      await frames(3);
      expect(putBodies()).to.have.length(1);
    });

    it('rejects text typed into a number field, without wiping it', async () => {
      const { el } = await mount();
      await loaded(el);
      const size = control(el, 'custom.household_size');
      size.focus();
      size.select();
      await sendKeys({ type: '1e' });
      await el.updateComplete;
      expect(size.validity.badInput).to.equal(true);
      save(el);
      await el.updateComplete;
      expect(text($(el, '[part~=edit-summary]'))).to.contain('People in your household: Enter a number.');
      expect(size.validity.badInput, 'what was typed is still there').to.equal(true);
      await frames(3);
      expect(requests('PUT', '/me')).to.have.length(0);
    });
  });

  describe('server errors', () => {
    it('puts 422 field errors on their fields and in the summary', async () => {
      realm.fault('PUT /me', { status: 422, body: { errors: { first_name: ['is too short'], household_size: ['is not a number'] } } });
      const { el, events } = await mount();
      await loaded(el);
      enter(control(el, 'first_name'), 'A');
      enter(control(el, 'custom.household_size'), '5');
      save(el);
      await until(() => $(el, '[part~=edit-summary]'), 'the summary');
      const summary = $(el, '[part~=edit-summary]')!;
      expect(text(summary)).to.contain('Some values were not accepted');
      expect(text(summary)).to.contain('First name: is too short');
      expect(text(summary)).to.contain('People in your household: is not a number');
      for (const key of ['first_name', 'custom.household_size']) expect(control(el, key).getAttribute('aria-invalid'), key).to.equal('true');
      expect(text(control(el, 'first_name').parentElement!.querySelector('[part~=edit-field-error]'))).to.equal('is too short');
      expect(control(el, 'first_name').value).to.equal('A');
      expect(events.find((e) => e.type === 'profile-error')!.detail).to.include({ operation: 'save-profile', status: 422 });
      await expect(el).to.be.accessible();
    });

    it('lists a 422 error that names no field of the form without its key, beside the field ones', async () => {
      realm.fault('PUT /me', { status: 422, body: { errors: { base: ['Your account is locked'], first_name: ['is too short'], email: ['is taken'] } } });
      const { el } = await mount();
      await loaded(el);
      enter(control(el, 'first_name'), 'A');
      save(el);
      await until(() => $(el, '[part~=edit-summary]'), 'the summary');
      const items = $$(el, '[part~=edit-summary] li').map(text);
      expect(items).to.deep.equal(['First name: is too short', 'Email: is taken', 'Your account is locked']);
      expect(text(el)).not.to.contain('custom.base');
      // The email is read-only here: its error is told, not linked to a control that is not there.
      expect($$(el, '[part~=edit-summary] a').map(text)).to.deep.equal(['First name: is too short']);
      await expect(el).to.be.accessible();
    });

    for (const [what, body, shown] of [
      ['only errors on no field of the form', { errors: { base: ['Your account is locked'], phone_number: ['is invalid'] } }, 'The changes were not accepted. Your account is locked. Phone number: is invalid.'],
      ['a message and no field errors', { error: 'Validation failed' }, 'The changes were not accepted. Validation failed.'],
      ['an error on a read-only field only', { errors: { email: ['is taken'] } }, ''],
      ['an empty body', undefined, 'The changes were not accepted.'],
    ] as const) {
      it(`says a 422 with ${what} was refused, in the server's words, and points at no field`, async () => {
        realm.fault('PUT /me', body ? { status: 422, body } : { status: 422, raw: '' });
        const { el } = await mount();
        await loaded(el);
        enter(control(el, 'first_name'), 'Ann');
        save(el);
        if (shown) {
          const error = await until(() => $(el, '[part~=edit-error]'), 'the form-level error');
          expect(text(error)).to.equal(shown);
          expect($(el, '[part~=edit-summary]')).to.equal(null);
        } else {
          // No control to mark: the summary tells it, without "check the fields marked below".
          const summary = await until(() => $(el, '[part~=edit-summary]'), 'the summary');
          expect(text(summary)).to.equal('The changes were not accepted. Email: is taken');
        }
        expect($(el, '[aria-invalid=true]')).to.equal(null);
        expect(control(el, 'first_name').value).to.equal('Ann');
      });
    }

    it('maps the realm’s own 422 answer onto the field', async () => {
      const { el } = await mount();
      await loaded(el);
      enter(control(el, 'first_name'), 'Ann');
      // Meanwhile the realm made the field read-only: the server refuses the change.
      realm.modyo.profileConfiguration.fields.find((f) => f.key === 'first_name')!.editable = false;
      save(el);
      await until(() => $(el, '[part~=edit-summary]'), 'the summary');
      expect(text($(el, '[part~=edit-summary]'))).to.contain("First name: can't be changed");
      expect(control(el, 'first_name').value).to.equal('Ann');
    });

    for (const [what, fault, message] of [
      ['a 500', { status: 500 }, 'Something went wrong on the server'],
      ['a network failure', { network: true }, 'could not be reached'],
      ['a 409', { status: 409 }, 'changed somewhere else'],
    ] as const) {
      it(`keeps every typed value after ${what}, and saves them on the next try`, async () => {
        const { el } = await mount();
        await loaded(el);
        realm.fault('PUT /me', fault);
        enter(control(el, 'first_name'), 'Ann');
        option(el, 'custom.interests', 'mortgages').click();
        enter(control(el, 'custom.about_me'), 'Typed with care');
        save(el);
        await until(() => $(el, '[part~=edit-error]'), 'the error', 8000);
        const error = $(el, '[part~=edit-error]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain(message);
        expect(control(el, 'first_name').value).to.equal('Ann');
        expect(option(el, 'custom.interests', 'mortgages').checked).to.equal(true);
        expect(control(el, 'custom.about_me').value).to.equal('Typed with care');
        expect(text($(el, '[part~=edit-dirty]'))).to.equal('Unsaved changes');
        await expect(el).to.be.accessible();
        realm.clearFaults();
        save(el);
        await oneEvent(el, 'profile-saved');
        expect(requests('PUT', '/me').at(-1)!.body).to.deep.equal({
          first_name: 'Ann',
          custom_fields: [
            { key: 'interests', value: ['savings', 'mortgages', 'travel'] },
            { key: 'about_me', value: 'Typed with care' },
          ],
        });
      });
    }

    it('reports a 401 on save as unauthorized, keeping the values', async () => {
      const { el, events } = await mount();
      await loaded(el);
      await until(() => $(el, '[part~=edit-subscriptions]'), 'the subscriptions');
      realm.signedIn = false;
      enter(control(el, 'first_name'), 'Ann');
      save(el);
      await until(() => $(el, '[part~=edit-error]'), 'the error');
      expect(text($(el, '[part~=edit-error]'))).to.contain('Sign in again');
      expect(events.filter((e) => e.type === 'profile-unauthorized')).to.have.length(1);
      expect(control(el, 'first_name').value).to.equal('Ann');
    });
  });

  describe('unsaved changes', () => {
    it('shows an indicator, warns before leaving only then, and Reset brings back the loaded values', async () => {
      const { el } = await mount();
      await loaded(el);
      expect(leave()).to.equal(false);
      enter(control(el, 'first_name'), 'Ann');
      option(el, 'custom.contact_channel', 'whatsapp').click();
      enter(control(el, 'custom.preferred_branch'), 'north_hills');
      await el.updateComplete;
      expect(text($(el, '[part~=edit-dirty]'))).to.equal('Unsaved changes');
      expect(leave()).to.equal(true);
      $<HTMLButtonElement>(el, '[part~=edit-reset]')!.click();
      await until(() => !$(el, '[part~=edit-dirty]'), 'the indicator to go');
      await el.updateComplete;
      expect(control(el, 'first_name').value).to.equal('Clifton');
      expect(option(el, 'custom.contact_channel', 'email').checked).to.equal(true);
      expect(option(el, 'custom.contact_channel', 'whatsapp').checked).to.equal(false);
      expect(control(el, 'custom.preferred_branch').value).to.equal('riverside');
      expect(leave()).to.equal(false);
    });

    it('stops warning when the element leaves the page', async () => {
      const { el } = await mount();
      await loaded(el);
      enter(control(el, 'first_name'), 'Ann');
      await el.updateComplete;
      expect(leave()).to.equal(true);
      el.remove();
      expect(leave()).to.equal(false);
    });
  });

  describe('subscriptions', () => {
    const switches = (el: Element) => $$(el, '[part~=edit-subscription] input') as HTMLInputElement[];
    const loadedSubs = (el: ProfileEditForm) => until(() => switches(el).length, 'the subscriptions');

    it('lists them as labelled switches and saves each one at once', async () => {
      const { el } = await mount();
      await loaded(el);
      await loadedSubs(el);
      const all = switches(el);
      expect(all.map((s) => [s.getAttribute('role'), s.checked])).to.deep.equal([
        ['switch', true],
        ['switch', true],
        ['switch', false],
        ['switch', false],
        ['switch', true],
      ]);
      expect(text(all[2].closest('label'))).to.contain('Offers and promotions');
      await expect(el).to.be.accessible();
      all[2].click();
      expect(all[2].checked).to.equal(true);
      await until(() => text($(el, '[part~=edit-subscriptions] [role=status]')), 'the confirmation');
      expect(text($(el, '[part~=edit-subscriptions] [role=status]'))).to.equal('Saved your choice for Offers and promotions.');
      expect(requests('PUT', '/subscriptions/3').map((r) => r.body)).to.deep.equal([{ subscribed: true }]);
      expect(requests('PUT', '/me')).to.have.length(0);
    });

    it('moves a switch back and says why when the server fails', async () => {
      realm.fault('PUT /subscriptions/:id', { status: 500 });
      const { el, events } = await mount();
      await loaded(el);
      await loadedSubs(el);
      const monthly = switches(el)[0];
      monthly.click();
      expect(monthly.checked).to.equal(false);
      await until(() => $(el, '[part~=edit-subscriptions] [role=alert]'), 'the error');
      expect(monthly.checked).to.equal(true);
      expect(text($(el, '[part~=edit-subscriptions] [role=alert]'))).to.contain('Monthly newsletter was not changed.');
      expect(events.find((e) => e.type === 'profile-error')!.detail).to.include({ operation: 'save-subscription', status: 500 });
      await expect(el).to.be.accessible();
    });

    it('is asked for with the configuration (one round trip), and not shown when the realm has none, even if that request fails', async () => {
      realm.modyo.profileConfiguration.subscriptions = false;
      realm.fault('GET /subscriptions', { status: 404 });
      const { el, events } = await mount();
      await loaded(el);
      await frames(5);
      expect($(el, '[part~=edit-subscriptions]')).to.equal(null);
      expect(requests('GET', '/subscriptions'), 'asked once, with the rest').to.have.length(1);
      expect(events.filter((e) => e.type === 'profile-error'), 'its failure is nobody’s business').to.deep.equal([]);
    });

    it('is requested before the configuration has answered', async () => {
      realm.fault('GET /profile_configuration', { delay: 200, times: 1 });
      const { el } = await mount();
      await until(() => requests('GET', '/subscriptions').length, 'the subscriptions request');
      expect(requests('GET', '/profile_configuration'), 'the configuration is still on its way').to.have.length(1);
      await until(() => $(el, '[part~=edit-subscription]'), 'the subscriptions');
    });
  });

  describe('other dialects', () => {
    const SCIM = 'api-base="/api/scim2" dialect="scim"';
    const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
    const scimLoaded = (el: ProfileEditForm) => until(() => $(el, '[part~=edit-password]'), 'the SCIM form', 8000);

    it('scim: renders the schema’s fields and saves a change as a PatchOp', async () => {
      const { el } = await mount(SCIM);
      await scimLoaded(el);
      const readonly = $$(el, '[part~=edit-readonly]').map(text);
      expect(readonly).to.include('Employee number E-20417 Managed by your organisation');
      expect(control(el, `${ENTERPRISE}:employeeNumber`)).to.equal(null);
      expect(control(el, 'urn:scim:wso2:schema:marketingOptIn')).to.include({ type: 'checkbox', checked: true });
      expect(control(el, 'urn:scim:wso2:schema:alternatePhones').localName).to.equal('textarea');
      expect(control(el, 'urn:scim:wso2:schema:mobileNumbers'), 'verified numbers are shown, not edited').to.equal(null);
      expect($(el, '[part~=edit-credentials] a')).to.equal(null);
      await expect(el).to.be.accessible();
      enter(control(el, `${ENTERPRISE}:department`), 'Support');
      save(el);
      await oneEvent(el, 'profile-saved');
      const patch = requests('PATCH', '/Me');
      expect(patch).to.have.length(1);
      expect(JSON.stringify(patch[0].body)).to.contain('Support').and.not.contain('Acme');
      expect((realm.scim.user[ENTERPRISE] as { department: string }).department).to.equal('Support');
    });

    it('scim: a stored value against its pattern, untouched, does not block saving another field', async () => {
      (realm.scim.user['urn:scim:wso2:schema'] as Record<string, unknown>).alternatePhones = ['call me after 6'];
      const { el } = await mount(SCIM);
      await scimLoaded(el);
      enter(control(el, `${ENTERPRISE}:department`), 'Support');
      save(el);
      await oneEvent(el, 'profile-saved');
      const ops = (requests('PATCH', '/Me')[0]!.body as { Operations: { path: string }[] }).Operations;
      expect(ops.map((o) => o.path)).to.deep.equal([`${ENTERPRISE}:department`]);
    });

    it('scim: checks each line of a multi-valued field against its pattern', async () => {
      const { el } = await mount(SCIM);
      await scimLoaded(el);
      enter(control(el, 'urn:scim:wso2:schema:alternatePhones'), '+12125550147\ncall me');
      save(el);
      await el.updateComplete;
      expect(text($(el, '[part~=edit-summary]'))).to.contain('Alternate phones: Enter a value in the expected format.');
      await frames(3);
      expect(requests('PATCH', '/Me')).to.have.length(0);
    });

    it('scim: checks length and confirmation, then changes the password inline', async () => {
      const { el } = await mount(SCIM);
      await scimLoaded(el);
      const [pw, confirm] = $$(el, '[part~=edit-password] input') as HTMLInputElement[];
      expect(pw).to.include({ type: 'password', autocomplete: 'new-password' });
      expect(labelOf(el, pw)).to.equal('New password (at least 8 characters)');
      expect(labelOf(el, confirm)).to.equal('Confirm new password');
      const submit = () => $<HTMLButtonElement>(el, '[part~=edit-password] button')!.click();
      pw.value = 'short';
      confirm.value = 'other';
      submit();
      await el.updateComplete;
      expect(pw.getAttribute('aria-invalid')).to.equal('true');
      expect(text(el.shadowRoot!.getElementById(pw.getAttribute('aria-describedby')!))).to.equal('Use at least 8 characters.');
      expect(text(el.shadowRoot!.getElementById(confirm.getAttribute('aria-describedby')!))).to.equal('The passwords do not match.');
      await until(() => el.shadowRoot!.activeElement === pw, 'focus on the first error');
      await expect(el).to.be.accessible();
      expect(requests('PATCH', '/Me')).to.have.length(0);
      pw.value = 'N3w-password!';
      confirm.value = 'N3w-password!';
      submit();
      await until(() => text($(el, '[part~=edit-password] [role=status]')), 'the confirmation');
      expect(text($(el, '[part~=edit-password] [role=status]'))).to.equal('Your password was changed.');
      expect(realm.scim.password).to.equal('N3w-password!');
      expect(pw.value).to.equal('');
      expect(pw.hasAttribute('aria-invalid')).to.equal(false);
    });

    it('scim: shows the server’s refusal of a password on the field, keeping it', async () => {
      realm.fault('PATCH /Me', {
        status: 400,
        body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '400', scimType: 'invalidValue', detail: 'password: Password is too common' },
      });
      const { el, events } = await mount(SCIM);
      await scimLoaded(el);
      const [pw, confirm] = $$(el, '[part~=edit-password] input') as HTMLInputElement[];
      pw.value = confirm.value = 'password1';
      $<HTMLButtonElement>(el, '[part~=edit-password] button')!.click();
      await until(() => pw.getAttribute('aria-invalid') === 'true', 'the error');
      expect(text(el.shadowRoot!.getElementById(pw.getAttribute('aria-describedby')!))).to.equal('Password is too common');
      expect(pw.value).to.equal('password1');
      expect(el.shadowRoot!.activeElement, 'focus on the field in error').to.equal(pw);
      expect(events.find((e) => e.type === 'profile-error')!.detail).to.include({ operation: 'change-password', status: 400 });
    });

    it('scim: announces a password change that failed for no field (network), keeping what was typed', async () => {
      realm.fault('PATCH /Me', { network: true });
      const { el } = await mount(SCIM);
      await scimLoaded(el);
      const [pw, confirm] = $$(el, '[part~=edit-password] input') as HTMLInputElement[];
      pw.value = confirm.value = 'N3w-password!';
      $<HTMLButtonElement>(el, '[part~=edit-password] button')!.click();
      const alert = await until(() => $(el, '[part~=edit-password] [role=alert]'), 'the announced failure');
      expect(text(alert)).to.contain('could not be reached');
      expect(pw.getAttribute('aria-invalid'), 'no field is to blame').to.equal(null);
      expect(pw.value).to.equal('N3w-password!');
      await expect(el).to.be.accessible();
    });

    it('rest: edits the Bird-style fields with translated labels; no password section', async () => {
      const { el } = await mount('api-base="/api/bird" dialect="rest"');
      await until(() => $(el, '[part~=edit-form]'), 'the form', 8000);
      const labels = $$(el, '[part~=edit-field] [part~=edit-label]').map(text);
      expect(labels).to.deep.equal(['Name (required)', 'About you', 'Profile picture URL', 'Language and region', 'Time zone']);
      expect($(el, '[part~=edit-credentials]')).to.equal(null);
      enter(control(el, 'name'), 'Jordan R.');
      save(el);
      await oneEvent(el, 'profile-saved');
      expect(requests('PATCH', '/me').map((r) => r.body)).to.deep.equal([{ name: 'Jordan R.' }]);
    });
  });

  describe('data states', () => {
    it('is accessible while loading', async () => {
      realm.fault('GET /profile_configuration', { hang: true });
      const { el } = await mount();
      await el.updateComplete;
      expect($(el, '[part~=loading]')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('shows a load error with a retry that works', async () => {
      realm.fault('GET /profile_configuration', { status: 500 });
      const { el, events } = await mount();
      await until(() => $(el, '[part~=error]'), 'the error');
      expect(events.find((e) => e.type === 'profile-error')!.detail).to.include({ operation: 'load-form', status: 500 });
      await expect(el).to.be.accessible();
      realm.clearFaults();
      $<HTMLButtonElement>(el, '[part~=retry]')!.click();
      await loaded(el);
    });

    it('shows malformed JSON as an error, never an uncaught exception', async () => {
      realm.fault('GET /me', { status: 200, raw: '{"user": ' });
      const { el } = await mount();
      await until(() => $(el, '[part~=error]'), 'the error');
      expect(text($(el, '[part~=error]'))).to.contain('could not read');
    });

    it('fires profile-unauthorized when signed out', async () => {
      realm.signedIn = false;
      const { el, events } = await mount();
      await until(() => $(el, '[part~=error]'), 'the error');
      expect(text($(el, '[part~=error]'))).to.contain('Sign in again');
      expect(events.filter((e) => e.type === 'profile-unauthorized')).to.have.length(1);
    });

    it('says which attribute is missing', async () => {
      const { el } = await mount(`api-base="${MODYO.base}"`);
      await el.updateComplete;
      expect(text(el)).to.contain('"realm"');
    });

    it('abandons a save when it leaves the page', async () => {
      realm.fault('PUT /me', { hang: true });
      const { el, events } = await mount();
      await loaded(el);
      enter(control(el, 'first_name'), 'Ann');
      save(el);
      await until(() => requests('PUT', '/me').length, 'the save');
      el.remove();
      realm.clearFaults();
      await frames(5);
      expect(events.map((e) => e.type)).to.not.include('profile-saved');
      expect(events.map((e) => e.type)).to.not.include('profile-error');
    });
  });

  describe('keyboard', () => {
    it('can be edited and saved with the keyboard alone', async () => {
      const { el } = await mount();
      await loaded(el);
      const first = control(el, 'first_name');
      first.focus();
      first.select();
      await sendKeys({ type: 'Ann' });
      // From the last interest, Tab reaches the partner-offers checkbox; Space ticks it.
      const offers = control(el, 'custom.partner_offers');
      option(el, 'custom.interests', 'travel').focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(offers);
      await sendKeys({ press: 'Space' });
      expect(offers.checked).to.equal(true);
      // Enter in a text field submits the form.
      control(el, 'custom.mobile_phone').focus();
      await sendKeys({ press: 'Enter' });
      await oneEvent(el, 'profile-saved');
      expect(putBodies()[0]).to.deep.equal({ first_name: 'Ann', custom_fields: [{ key: 'partner_offers', value: true }] });
    });

    it('reaches a field in error from the summary with Enter', async () => {
      const { el } = await mount();
      await loaded(el);
      enter(control(el, 'last_name'), '');
      control(el, 'first_name').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.activeElement === $(el, '[part~=edit-summary]'), 'focus on the summary');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(el.shadowRoot!.activeElement).to.equal(control(el, 'last_name'));
    });
  });

  describe('inside <user-profile>', () => {
    it('updates the header after a save, without a second GET /me', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<user-profile ${CONFIG}></user-profile>`;
      const profile = wrapper.firstElementChild as UserProfile;
      const el = await until(() => profile.shadowRoot?.querySelector('profile-edit-form'), 'the edit section');
      await loaded(el);
      enter(control(el, 'first_name'), 'Ann');
      save(el);
      await until(() => text(profile.shadowRoot!.querySelector('[part~=name]')) === 'Ann Feil', 'the header to follow');
      expect(requests('GET', '/me')).to.have.length(1);
      expect(requests('GET', '/profile_configuration')).to.have.length(1);
      expect(requests('PUT', '/me')).to.have.length(1);
      await expect(profile).to.be.accessible();
    });

    it('follows a profile saved by another section, unless the user has edits', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<user-profile ${CONFIG}></user-profile>`;
      const profile = wrapper.firstElementChild as UserProfile;
      const el = await until(() => profile.shadowRoot?.querySelector('profile-edit-form'), 'the edit section');
      await loaded(el);
      const other = profile.shadowRoot!.querySelector('profile-delete-account')!;
      const current = (e: Element) => control(e, 'custom.about_me').value;
      // Another section saved: the form shows the new values.
      const first = await createApi({ apiBase: MODYO.base, realm: MODYO.realm }).getProfile();
      other.dispatchEvent(new ProfileSavedEvent({ profile: { ...first, values: { ...first.values, 'custom.about_me': 'From elsewhere' } } }));
      await until(() => current(el) === 'From elsewhere', 'the form to follow');
      // With edits in progress, nothing typed is overwritten.
      enter(control(el, 'custom.about_me'), 'Mine');
      other.dispatchEvent(new ProfileSavedEvent({ profile: { ...first, values: { ...first.values, 'custom.about_me': 'Again' } } }));
      await frames(3);
      expect(current(el)).to.equal('Mine');
    });
  });

  describe('i18n', () => {
    afterEach(() => useLocale('en'));

    it('labels SCIM core attributes in the user’s language when the server gives no displayName', async () => {
      realm.fault('GET /Schemas', { status: 403 });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
      wrapper.innerHTML = `<profile-edit-form api-base="/api/scim2" dialect="scim"></profile-edit-form>`;
      const el = wrapper.firstElementChild as ProfileEditForm;
      await until(() => $(el, '[part~=edit-form]'), 'the form', 8000);
      await until(() => text(el).includes('Guardar cambios'), 'es strings');
      const labels = $$(el, '[part~=edit-field] [part~=edit-label]').map(text);
      expect(labels).to.include.members(['Nombre', 'Apellido', 'Nombre para mostrar', 'Apodo', 'Idioma preferido', 'Zona horaria']);
      await expect(el).to.be.accessible();
    });

    for (const [lang, labels] of [
      ['es', ['Nombre (obligatorio)', 'Guardar cambios', 'Masculino', 'Lo administra tu organización']],
      ['pt', ['Nome (obrigatório)', 'Salvar alterações', 'Masculino', 'Gerenciado pela sua organização']],
    ] as const) {
      it(`speaks ${lang}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
        wrapper.innerHTML = `<profile-edit-form ${CONFIG}></profile-edit-form>`;
        const el = wrapper.firstElementChild as ProfileEditForm;
        await loaded(el);
        await until(() => text(el).includes(labels[1]), `${lang} strings`);
        for (const label of labels) expect(text(el)).to.contain(label);
        enter(control(el, 'custom.mobile_phone'), '');
        save(el);
        await el.updateComplete;
        expect(text($(el, '[part~=edit-summary]'))).to.contain(lang === 'es' ? 'Este campo es obligatorio.' : 'Este campo é obrigatório.');
        await expect(el).to.be.accessible();
      });
    }
  });
});
