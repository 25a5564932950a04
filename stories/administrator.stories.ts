import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { SCIM_USERS } from '../mocks/seed.js';
import { CONFIG, realmParameters } from './support.js';

interface Args {
  /** `user-id`: the user the administrator manages. */
  userId: string;
}

/** A section's shadow root inside the composite, once `selector` shows in it (`''`: the composite's own). */
async function shown(canvasElement: HTMLElement, tag: string, selector: string) {
  const host = canvasElement.querySelector('user-profile')!;
  const root = () => (tag ? host.shadowRoot?.querySelector(tag)?.shadowRoot : host.shadowRoot);
  await waitFor(() => expect(root()?.querySelector(selector)).toBeTruthy(), { timeout: 4000 });
  return root()!;
}

/**
 * Administrator mode (the Asgardeo Console in one tag): `<user-profile dialect="scim" user-id="…">`
 * shows another user through `/Users/{id}` — the header with the account's state, the form with the
 * administrators' attribute profile, the password reset (invitation or temporary password), the lock
 * and disable switches, groups and roles, and "Delete user". The mock realm's organisation has an
 * ordinary user, a locked one, and its owner, whose profile the server will not let an administrator edit.
 */
const meta: Meta<Args> = {
  title: 'Administrator/user-profile user-id',
  component: 'user-profile',
  parameters: { ...realmParameters() },
  args: { userId: SCIM_USERS.jordan },
  argTypes: {
    userId: {
      control: 'inline-radio',
      options: Object.values(SCIM_USERS),
      labels: { [SCIM_USERS.jordan]: 'Jordan (ordinary)', [SCIM_USERS.sam]: 'Sam (locked)', [SCIM_USERS.robin]: 'Robin (owner: edits refused)' },
      description: '`user-id`: the user to manage',
    },
  },
  render: ({ userId }) => html`<user-profile dialect="scim" api-base=${CONFIG.scim['api-base']} user-id=${userId}></user-profile>`,
};
export default meta;
type Story = StoryObj<Args>;

/** An ordinary user: every section of the console. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shown(canvasElement, 'profile-account-admin', '[part~="admin-password"]');
    const root = await shown(canvasElement, '', '[part~="details"]');
    await expect(root.querySelector('[part~="details"]')!.textContent).toContain('Tellers');
  },
};

/** A user locked after too many failed sign-ins: the banner says why, the switch is on. */
export const LockedUser: Story = {
  args: { userId: SCIM_USERS.sam },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '', '[part~="status"]');
    await expect(root.querySelector('[part~="status"]')!.textContent).toContain('failed sign-in attempts');
    const admin = await shown(canvasElement, 'profile-account-admin', '[name="locked"]');
    await expect(admin.querySelector<HTMLInputElement>('[name="locked"]')!.checked).toBe(true);
  },
};

/** Reset by invitation: the server emails the user, and locks the account until they set a password. */
export const ResetByInvitation: Story = {
  play: async ({ canvasElement }) => {
    const admin = await shown(canvasElement, 'profile-account-admin', '[part~="admin-submit"]');
    admin.querySelector<HTMLButtonElement>('[part~="admin-submit"]')!.click();
    await waitFor(() => expect(admin.querySelector('[part~="admin-status"]')!.textContent).toContain('was sent an email'));
    await shown(canvasElement, '', '[part~="status"]');
  },
};

/** Reset to a temporary password, typed twice; the server's password policy answers on the field. */
export const TemporaryPassword: Story = {
  play: async ({ canvasElement }) => {
    const admin = await shown(canvasElement, 'profile-account-admin', 'input[value="temporary"]');
    admin.querySelector<HTMLInputElement>('input[value="temporary"]')!.click();
    await waitFor(() => expect(admin.querySelector('#tp0')).toBeTruthy());
    for (const id of ['#tp0', '#tp1']) admin.querySelector<HTMLInputElement>(id)!.value = 'onlyletters';
    admin.querySelector<HTMLButtonElement>('[part~="admin-submit"]')!.click();
    await waitFor(() => expect(admin.querySelector('[part~="admin-field-error"]')!.textContent).toContain('policy'));
  },
};

/** Locking asks first. */
export const LockConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const admin = await shown(canvasElement, 'profile-account-admin', '[name="locked"]');
    admin.querySelector<HTMLInputElement>('[name="locked"]')!.click();
    await waitFor(() => expect(admin.querySelector<HTMLDialogElement>('[part~="admin-dialog"]')!.open).toBe(true));
  },
};

/** Deleting the user: the username to type is the one without its user-store prefix. */
export const DeleteUser: Story = {
  play: async ({ canvasElement }) => {
    const del = await shown(canvasElement, 'profile-delete-account', '[part~="delete-open"]');
    del.querySelector<HTMLButtonElement>('[part~="delete-open"]')!.click();
    await waitFor(() => expect(del.querySelector('label')!.textContent).toContain('jordan.lee@acme.example'));
  },
};

/** The organisation's owner: the server refuses an administrator's edit, in its words. */
export const RefusedEdit: Story = {
  args: { userId: SCIM_USERS.robin },
  play: async ({ canvasElement }) => {
    const form = await shown(canvasElement, 'profile-edit-form', '[name="name.givenName"]');
    const input = form.querySelector<HTMLInputElement>('[name="name.givenName"]')!;
    input.value = 'Rob';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form.querySelector<HTMLButtonElement>('[part~="edit-save"]')!.click();
    await waitFor(() => expect(form.querySelector('[part~="edit-error"]')!.textContent).toContain('only via My Account'));
  },
};

/** Waiting for the user. */
export const Loading: Story = {
  parameters: { ...realmParameters({ faults: [[`GET /Users/${SCIM_USERS.jordan}`, { hang: true }]] }) },
};

/** No such user (404): the server's words, and "Try again". */
export const UnknownUser: Story = {
  args: { userId: '00000000-0000-4000-8000-000000000000' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '', '[part~="error"]');
    await expect(root.querySelector('[part~="error"]')!.textContent).toContain('User not found');
  },
};
