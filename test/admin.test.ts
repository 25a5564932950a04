// Administrator mode (the Asgardeo Console in one tag): <user-profile dialect="scim" user-id="…">
// shows and manages another user through /Users/{id} — edit with the administrators' attribute
// profile, reset the password two ways, lock or disable, groups and roles, delete the user — and
// nothing of the self-service sections.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { UserProfile } from '../src/components/user-profile/user-profile.js';
import { SCIM_USERS } from '../mocks/seed.js';
import { guardEachTest, mount, realm, requests, text, until } from './helpers.js';

const WSO2 = 'urn:scim:wso2:schema';
const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const EVENTS = ['profile-loaded', 'profile-saved', 'profile-error', 'password-reset', 'account-status-changed', 'account-deleted', 'account-deleting'];
const console_ = (id: string, extra = '') => mount<UserProfile>('user-profile', `dialect="scim" api-base="/api/scim2" user-id="${id}" ${extra}`, { events: EVENTS });

/** The shadow root of a section inside the composite. */
const section = (el: UserProfile, tag: string) => el.shadowRoot!.querySelector(tag)?.shadowRoot ?? null;
const admin = (el: UserProfile) => section(el, 'profile-account-admin');
const $a = <T extends Element = HTMLElement>(el: UserProfile, s: string) => admin(el)?.querySelector<T>(s) ?? null;
const ready = (el: UserProfile) => until(() => $a(el, '[part~=admin-password]') && section(el, 'profile-edit-form')?.querySelector('[part~=edit-form]'), 'the console', 8000);
const patches = (id: string) => requests('PATCH', `/Users/${id}`).map((r) => (r.body as { Operations: unknown[] }).Operations);

describe('administrator mode (user-id)', () => {
  guardEachTest();

  it('shows the user with the administrators’ rules, and nothing of the self-service sections', async function () {
    this.timeout(20000); // (the first accessibility check of the page loads axe)
    const { el } = await console_(SCIM_USERS.jordan);
    await ready(el);
    expect(text(el.shadowRoot!.querySelector('[part~=name]'))).to.equal('Jordan Lee');
    // Requests: the user by id and what the server says about itself; never /Me.
    expect(requests('GET', `/Users/${SCIM_USERS.jordan}`)).to.have.length(1);
    expect(requests('GET', '/Me')).to.have.length(0);
    for (const tag of ['profile-notifications', 'profile-sites', 'profile-activity']) expect(el.shadowRoot!.querySelector(tag), tag).to.equal(null);
    const form = section(el, 'profile-edit-form')!;
    // The employee number is read-only for the user, an administrator's to set (profiles.console).
    expect(form.querySelector(`[name="${ENT}:employeeNumber"]`)).to.not.equal(null);
    expect(form.querySelector('[part~=edit-password]'), 'the user’s own password change is not offered').to.equal(null);
    // Groups and roles, read-only.
    const details = text(el.shadowRoot!.querySelector('[part~=details]'));
    expect(details).to.contain('Groups').and.contain('Tellers').and.contain('Roles').and.contain('everyone');
    // The username to type to delete is the one without its user-store prefix.
    expect(text(el.shadowRoot!.querySelector('profile-delete-account'))).to.contain('Delete user');
    await expect(el).to.be.accessible();
  });

  it('invites the user to set their own password: the Console’s PatchOp, the event, and the account locked until then', async () => {
    const { el, events } = await console_(SCIM_USERS.jordan);
    await ready(el);
    $a<HTMLButtonElement>(el, '[part~=admin-submit]')!.click();
    await until(() => events.find((e) => e.type === 'password-reset'), 'password-reset');
    expect(patches(SCIM_USERS.jordan)).to.deep.equal([[{ op: 'add', value: { [WSO2]: { forcePasswordReset: true } } }]]);
    expect(events.find((e) => e.type === 'password-reset')!.detail).to.deep.equal({ userId: SCIM_USERS.jordan, method: 'invite' });
    expect(text($a(el, '[part~=admin-status]'))).to.contain('Jordan Lee was sent an email to set a new password.');
    await until(() => el.shadowRoot!.querySelector('[part~=status]'), 'the banner');
    expect(text(el.shadowRoot!.querySelector('[part~=status]'))).to.contain('until the user sets the new password');
  });

  it('sets a temporary password typed twice, shown on request, the server’s policy on the field', async () => {
    const { el, events } = await console_(SCIM_USERS.jordan);
    await ready(el);
    ($a<HTMLInputElement>(el, 'input[value=temporary]'))!.click();
    await until(() => $a(el, '#tp0'), 'the password fields');
    const [a, b] = [$a<HTMLInputElement>(el, '#tp0')!, $a<HTMLInputElement>(el, '#tp1')!];
    const toggle = $a<HTMLButtonElement>(el, '[part~=admin-toggle]')!;
    expect(a.type).to.equal('password');
    toggle.click();
    await until(() => a.type === 'text', 'shown');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    // Mismatch: the browser says so, nothing sent.
    a.value = 'abcdefgh1';
    b.value = 'abcdefgh2';
    $a<HTMLButtonElement>(el, '[part~=admin-submit]')!.click();
    await until(() => $a(el, '[part~=admin-field-error]'), 'the mismatch');
    expect(text($a(el, '[part~=admin-field-error]'))).to.equal('The passwords do not match.');
    expect(patches(SCIM_USERS.jordan)).to.have.length(0);
    // The server's password policy, on the field, in its words.
    a.value = b.value = 'onlyletters';
    $a<HTMLButtonElement>(el, '[part~=admin-submit]')!.click();
    await until(() => text($a(el, '[part~=admin-field-error]')).includes('policy'), 'the policy');
    expect(text($a(el, '[part~=admin-field-error]'))).to.contain('Password should contain a digit and a letter.');
    expect(admin(el)!.activeElement).to.equal(a);
    a.value = b.value = 'Temp-2026-pass';
    $a<HTMLButtonElement>(el, '[part~=admin-submit]')!.click();
    await until(() => events.find((e) => e.type === 'password-reset'), 'password-reset');
    expect(patches(SCIM_USERS.jordan).at(-1)).to.deep.equal([{ op: 'replace', value: { password: 'Temp-2026-pass' } }]);
    expect(events.find((e) => e.type === 'password-reset')!.detail).to.deep.equal({ userId: SCIM_USERS.jordan, method: 'temporary' });
  });

  it('locks behind a confirmation (Escape keeps it as it was), unlocks at once; the banner and the event follow', async () => {
    const { el, events } = await console_(SCIM_USERS.jordan);
    await ready(el);
    const lock = $a<HTMLInputElement>(el, '[name=locked]')!;
    expect(lock.checked).to.equal(false);
    lock.focus();
    await sendKeys({ press: 'Space' });
    const dialog = await until(() => ($a<HTMLDialogElement>(el, 'dialog')?.open ? $a<HTMLDialogElement>(el, 'dialog') : null), 'the confirmation');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog!.open, 'closed');
    expect(lock.checked, 'still unlocked').to.equal(false);
    expect(patches(SCIM_USERS.jordan)).to.have.length(0);
    lock.click();
    await until(() => dialog!.open, 'the confirmation again');
    $a<HTMLButtonElement>(el, '[part~=admin-confirm]')!.click();
    await until(() => events.find((e) => e.type === 'account-status-changed'), 'account-status-changed');
    expect(patches(SCIM_USERS.jordan)).to.deep.equal([[{ op: 'replace', value: { [WSO2]: { accountLocked: true } } }]]);
    expect(events.find((e) => e.type === 'account-status-changed')!.detail).to.deep.equal({ userId: SCIM_USERS.jordan, locked: true, disabled: false });
    await until(() => el.shadowRoot!.querySelector('[part~=status]'), 'the banner');
    expect(lock.checked).to.equal(true);
    lock.click(); // off: no confirmation
    await until(() => patches(SCIM_USERS.jordan).length === 2, 'the unlock');
    await until(() => !el.shadowRoot!.querySelector('[part~=status]'), 'no banner');
    expect(lock.checked).to.equal(false);
  });

  it('shows a locked user as such, with why', async () => {
    const { el } = await console_(SCIM_USERS.sam);
    await ready(el);
    expect(text(el.shadowRoot!.querySelector('[part~=status]'))).to.contain('too many failed sign-in attempts');
    expect($a<HTMLInputElement>(el, '[name=locked]')!.checked).to.equal(true);
  });

  it('a server that refuses an administrator’s edit says so in its words, and keeps what was typed', async () => {
    const { el } = await console_(SCIM_USERS.robin);
    await ready(el);
    const form = section(el, 'profile-edit-form')!;
    const input = form.querySelector<HTMLInputElement>('[name="name.givenName"]')!;
    input.value = 'Rob';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form.querySelector<HTMLButtonElement>('[part~=edit-save]')!.click();
    await until(() => form.querySelector('[part~=edit-error]'), 'the refusal');
    expect(text(form.querySelector('[part~=edit-error]'))).to.equal('Profiles of the organization owner and collaborators can be updated only via My Account.');
    expect(input.value).to.equal('Rob');
  });

  it('deletes the user after their username (without its user-store prefix) is typed: one DELETE, the event with the id', async () => {
    const { el, events } = await console_(SCIM_USERS.jordan);
    await ready(el);
    const del = section(el, 'profile-delete-account')!;
    del.querySelector<HTMLButtonElement>('[part~=delete-open]')!.click();
    expect(text(del.querySelector('label'))).to.contain('jordan.lee@acme.example').and.not.contain('DEFAULT/');
    const input = del.querySelector<HTMLInputElement>('[part~=delete-input]')!;
    input.value = 'jordan.lee@acme.example';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => !del.querySelector<HTMLButtonElement>('[part~=delete-confirm]')!.disabled, 'enabled');
    del.querySelector<HTMLButtonElement>('[part~=delete-confirm]')!.click();
    await until(() => el.shadowRoot!.querySelector('[part~=deleted]'), 'the deleted message');
    expect(text(el.shadowRoot!.querySelector('[part~=deleted]'))).to.equal('The user has been deleted.');
    expect(requests('DELETE', `/Users/${SCIM_USERS.jordan}`)).to.have.length(1);
    expect(events.find((e) => e.type === 'account-deleted')!.detail).to.deep.equal({ userId: SCIM_USERS.jordan });
    expect(realm.scim.others.map((u) => u.id)).not.to.include(SCIM_USERS.jordan);
  });

  it('with another dialect, says administrator mode needs scim and requests nothing', async () => {
    const { el } = await mount<UserProfile>('user-profile', 'api-base="/api/customers" realm="demo" user-id="x"');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part~=error]'))).to.equal('Administrator mode ("user-id") needs dialect="scim".');
    expect(realm.requests).to.have.length(0);
  });
});
