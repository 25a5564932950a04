// Every refusal in the server's words (issue: real backends): whatever the operation and whatever
// the dialect's error body — a SCIM `{detail, scimType}`, a Modyo `{"error": …}`, a Bird
// `{"errors": […]}` or `{"message": …}` — the user reads what the server said, not our generic
// sentence; the generic one appears only when the server said nothing readable.
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { createApi, ProfileApiError, serverWords } from '../src/api/index.js';
import { errorText } from '../src/internal/states.js';
import { guardEachTest, MODYO, mount, realm, rejection, text, until } from './helpers.js';

const MODYO_ATTRS = `api-base="${MODYO.base}" realm="${MODYO.realm}"`;
const SCIM_ATTRS = 'api-base="/api/scim2" dialect="scim"';
const REST_ATTRS = 'api-base="/api/bird" dialect="rest"';
const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const enter = (c: HTMLInputElement, value: string) => {
  c.value = value;
  c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};

describe('refusals in the server’s words', () => {
  guardEachTest();

  describe('the error bodies of each dialect', () => {
    const cases: [string, unknown, string | undefined][] = [
      ['SCIM', { schemas: [SCIM_ERROR], status: '403', scimType: 'sensitive', detail: 'Profile of a collaborator can be updated only via My Account' }, 'Profile of a collaborator can be updated only via My Account'],
      ['Modyo string', { error: 'Account deletion is disabled for this realm' }, 'Account deletion is disabled for this realm'],
      ['Modyo object', { error: { grant_expired: 'The grant has expired' } }, 'The grant has expired'],
      ['Bird errors', { errors: ['Email already verified', { message: 'Try another address' }] }, 'Email already verified Try another address'],
      ['Bird message', { message: 'You cannot delete an account that owns a workspace' }, 'You cannot delete an account that owns a workspace'],
      ['OAuth', { error: 'invalid_request', error_description: 'Name is too long' }, 'Name is too long'],
      ['field map only', { errors: { email: ['is taken'] } }, undefined],
      ['no words (a body that is not JSON)', 'Forbidden', undefined],
      ['an HTML error page', '<html><body>Error 403</body></html>', undefined],
    ];
    for (const [name, body, words] of cases) {
      it(`${name}: ${words ? 'its words' : 'no words of its own'}`, async () => {
        realm.fault('GET /me', typeof body === 'string' ? { status: 403, raw: body } : { status: 403, body }, 'modyo');
        const e = await rejection(createApi({ apiBase: MODYO.base, realm: MODYO.realm }).getProfile());
        expect(serverWords(e)).to.equal(words);
        expect(errorText(e)).to.equal(words ? `${words}.` : 'You do not have permission to do this.');
      });
    }

    it('keeps SCIM’s scimType for the adapter', async () => {
      realm.fault('GET /Me', { status: 409, body: { schemas: [SCIM_ERROR], status: '409', scimType: 'uniqueness', detail: 'User name already exists' } }, 'scim');
      const e = await rejection(createApi({ apiBase: '/api/scim2', dialect: 'scim' }).getProfile());
      expect(e).to.be.instanceOf(ProfileApiError);
      expect(e.scimType).to.equal('uniqueness');
    });

    it('generic words where none were said, and never "try again" for what the server does not implement', async () => {
      realm.fault('GET /me', { status: 501, body: {} }, 'modyo');
      const e = await rejection(createApi({ apiBase: MODYO.base, realm: MODYO.realm }).getProfile());
      expect(errorText(e)).to.equal('This server does not offer this.');
      expect(errorText(new ProfileApiError(500, 'http', 'NullPointerException at com.example.Foo'))).to.equal('Something went wrong on the server. Try again in a moment.');
    });
  });

  describe('every operation shows them', () => {
    it('loading the profile (SCIM 403 detail)', async () => {
      realm.fault('GET /Me', { status: 403, body: { schemas: [SCIM_ERROR], status: '403', detail: 'Your organisation has suspended self-service.' } }, 'scim');
      const { el, events } = await mount('user-profile', SCIM_ATTRS, { events: ['profile-error'] });
      await until(() => shadow(el, '[part~="error"]'), 'the error');
      expect(text(shadow(el, '[part~="error"]'))).to.contain('Your organisation has suspended self-service.');
      expect(events[0]!.detail).to.include({ operation: 'load-profile', status: 403, message: 'Your organisation has suspended self-service.' });
      await expect(el).to.be.accessible();
    });

    it('saving (Modyo 403 {"error": …})', async () => {
      realm.fault('PUT /me', { status: 403, body: { error: 'Profile editing is closed during the migration' } }, 'modyo');
      const { el } = await mount('profile-edit-form', MODYO_ATTRS);
      const input = await until(() => shadow(el, '[name="first_name"]') as HTMLInputElement, 'the form');
      enter(input, 'Ana');
      shadow(el, '[part~="edit-save"]')!.click();
      await until(() => shadow(el, '[part~="edit-error"]'), 'the refusal');
      expect(text(shadow(el, '[part~="edit-error"]'))).to.equal('Profile editing is closed during the migration.');
      expect(input.value, 'what was typed stays').to.equal('Ana');
    });

    it('saving (Bird 409 {"message": …}): not "changed somewhere else"', async () => {
      realm.fault('PATCH /me', { status: 409, body: { message: 'That name is already used by another account' } }, 'rest');
      const { el } = await mount('profile-edit-form', REST_ATTRS);
      const input = await until(() => shadow(el, '[name="name"]') as HTMLInputElement, 'the form');
      enter(input, 'Taken Name');
      shadow(el, '[part~="edit-save"]')!.click();
      await until(() => shadow(el, '[part~="edit-error"]'), 'the refusal');
      expect(text(shadow(el, '[part~="edit-error"]'))).to.equal('That name is already used by another account.');
    });

    it('the password (SCIM 400 policy detail, on the field)', async () => {
      realm.fault('PATCH /Me', { status: 400, body: { schemas: [SCIM_ERROR], status: '400', scimType: 'invalidValue', detail: 'Password pattern policy violated. Password should contain a special character.' } }, 'scim');
      const { el } = await mount('profile-edit-form', SCIM_ATTRS);
      const form = await until(() => shadow(el, '[part~="edit-password"]') as HTMLFormElement, 'the password form', 8000);
      const [a, b] = form.querySelectorAll('input');
      a!.value = b!.value = 'longenough1';
      form.requestSubmit();
      await until(() => form.querySelector('[part~="edit-field-error"]'), 'the refusal');
      expect(text(form)).to.contain('Password should contain a special character.');
    });

    it('deleting (Modyo 400: why, in the dialog)', async () => {
      realm.fault('DELETE /me', { status: 400, body: { error: 'Close your open loans before deleting your account' } }, 'modyo');
      const { el } = await mount('profile-delete-account', MODYO_ATTRS);
      (await until(() => shadow(el, '[part~="delete-open"]'), 'the button')).click();
      enter(shadow(el, '[part~="delete-input"]') as HTMLInputElement, 'test.user');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      shadow(el, '[part~="delete-confirm"]')!.click();
      await until(() => shadow(el, '[part~="delete-error"]'), 'the refusal');
      expect(text(shadow(el, '[part~="delete-error"]'))).to.equal('Close your open loans before deleting your account.');
      expect(shadow(el, 'dialog')!.hasAttribute('open')).to.equal(true);
    });

    it('a subscription (Modyo 403)', async () => {
      realm.fault('PUT /subscriptions/:id', { status: 403, body: { error: 'Regulatory notices cannot be turned off' } }, 'modyo');
      const { el } = await mount('profile-edit-form', MODYO_ATTRS);
      (await until(() => shadow(el, '[part~="edit-subscription"] input') as HTMLInputElement, 'the subscriptions')).click();
      await until(() => shadow(el, '[part~="edit-subscriptions"] [role="alert"]'), 'the refusal');
      expect(text(shadow(el, '[part~="edit-subscriptions"] [role="alert"]'))).to.contain('Regulatory notices cannot be turned off.');
    });

    it('marking a notification read (Modyo 403)', async () => {
      realm.fault('PUT /notifications/:id', { status: 403, body: { error: 'This notification is managed by your branch' } }, 'modyo');
      const { el } = await mount('profile-notifications', MODYO_ATTRS);
      (await until(() => shadow(el, '[part~="notification-unread"] button'), 'an unread notification')).click();
      await until(() => shadow(el, '[part~="error"]'), 'the refusal');
      expect(text(shadow(el, '[part~="error"]'))).to.equal('Could not mark as read. This notification is managed by your branch.');
    });
  });
});
