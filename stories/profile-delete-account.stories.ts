import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { CONFIG, realmParameters } from './support.js';

const { 'api-base': apiBase, realm } = CONFIG.modyo;

/** The element's shadow root once `selector` shows in it. */
async function shown(canvasElement: HTMLElement, selector: string) {
  const el = canvasElement.querySelector('profile-delete-account')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 3000 });
  return el.shadowRoot!;
}

/** Opens the dialog and types `value` into the confirmation field. */
async function openAndType(canvasElement: HTMLElement, value = 'test.user') {
  const root = await shown(canvasElement, '[part~="delete-open"]');
  root.querySelector<HTMLButtonElement>('[part~="delete-open"]')!.click();
  const input = root.querySelector<HTMLInputElement>('[part~="delete-input"]')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await waitFor(() => expect(root.querySelector<HTMLButtonElement>('[part~="delete-confirm"]')!.disabled).toBe(false));
  return root;
}

interface Args {
  /** `lang` attribute (empty: the toolbar's locale). */
  lang: string;
}

/**
 * Permanent account deletion: says what is lost, and asks in a modal dialog for the username (or
 * the email where there is none) before the delete button is enabled. One request, whatever the
 * clicks; the dialog keeps the error and the typed text when it fails.
 */
const meta: Meta<Args> = {
  title: 'Elements/profile-delete-account',
  component: 'profile-delete-account',
  parameters: { ...realmParameters() },
  args: { lang: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'en', 'es', 'pt'], description: '`lang` attribute' } },
  render: ({ lang }) => html`<profile-delete-account api-base=${apiBase} realm=${realm} lang=${lang || nothing}></profile-delete-account>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The warning and the button that opens the confirmation. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="delete-open"]');
  },
};

/** The confirmation dialog, with the username typed: the delete button is enabled. */
export const Confirming: Story = {
  play: async ({ canvasElement }) => {
    await openAndType(canvasElement);
  },
};

/** No username on the account: the email confirms instead. */
export const ConfirmWithEmail: Story = {
  parameters: { ...realmParameters({ seed: (s) => void (s.modyo.user.username = '') }) },
  play: async ({ canvasElement }) => {
    await openAndType(canvasElement, 'test.user@modyo.com');
  },
};

/** Deleted: the account is gone and `account-deleted` fired. */
export const Deleted: Story = {
  play: async ({ canvasElement }) => {
    const root = await openAndType(canvasElement);
    root.querySelector<HTMLButtonElement>('[part~="delete-confirm"]')!.click();
    await shown(canvasElement, '[part~="delete-done"]');
  },
};

/** The deletion failed: the dialog stays open with the error and what was typed. */
export const Failed: Story = {
  parameters: { ...realmParameters({ faults: [['DELETE /me', { status: 500 }]] }) },
  play: async ({ canvasElement }) => {
    const root = await openAndType(canvasElement);
    root.querySelector<HTMLButtonElement>('[part~="delete-confirm"]')!.click();
    await shown(canvasElement, '[part~="delete-error"]');
  },
};

/** The realm does not allow deletion (`delete_account: false`): the element hides itself. */
export const NotAllowed: Story = {
  parameters: { ...realmParameters({ seed: (s) => void (s.modyo.profileConfiguration.delete_account = false) }) },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('profile-delete-account')!;
    await waitFor(() => expect(el.hidden).toBe(true), { timeout: 3000 });
  },
};

/** SCIM 2.0 servers that refuse self-deletion (501): said plainly after the attempt, no button. */
export const ScimUnsupported: Story = {
  render: ({ lang }) => html`<profile-delete-account api-base=${CONFIG.scim['api-base']} dialect="scim" lang=${lang || nothing}></profile-delete-account>`,
  play: async ({ canvasElement }) => {
    const root = await openAndType(canvasElement, 'alex.morgan@example.com');
    root.querySelector<HTMLButtonElement>('[part~="delete-confirm"]')!.click();
    await waitFor(() => expect(root.querySelector('[part~="delete-open"]')).toBeNull(), { timeout: 3000 });
  },
};

/** The `rest` dialect accepts the deletion for later (202): "in progress". */
export const RestPending: Story = {
  render: ({ lang }) => html`<profile-delete-account api-base=${CONFIG.rest['api-base']} dialect="rest" lang=${lang || nothing}></profile-delete-account>`,
  play: async ({ canvasElement }) => {
    const root = await openAndType(canvasElement, 'jordan.rivera@example.com');
    root.querySelector<HTMLButtonElement>('[part~="delete-confirm"]')!.click();
    await shown(canvasElement, '[part~="delete-done"]');
  },
};

/** Waiting for the realm configuration. */
export const Loading: Story = {
  parameters: { ...realmParameters({ faults: [['GET /profile_configuration', { hang: true }]] }) },
};

/** In Spanish, confirming. */
export const Spanish: Story = {
  args: { lang: 'es' },
  play: Confirming.play,
};

/** In Brazilian Portuguese, confirming. */
export const Portuguese: Story = {
  args: { lang: 'pt' },
  play: Confirming.play,
};
