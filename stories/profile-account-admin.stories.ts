import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { SCIM_USERS } from '../mocks/seed.js';
import { CONFIG, realmParameters } from './support.js';

const apiBase = CONFIG.scim['api-base'];

/** The element's shadow root once `selector` shows in it. */
async function shown(canvasElement: HTMLElement, selector: string) {
  const el = canvasElement.querySelector('profile-account-admin')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 4000 });
  return el.shadowRoot!;
}

interface Args {
  /** `lang` attribute (empty: the toolbar's locale). */
  lang: string;
}

/**
 * An administrator's password reset and account switches for one user (administrator mode: the scim
 * dialect with `user-id`), on its own. Inside `<user-profile user-id>` it is the `admin` section.
 */
const meta: Meta<Args> = {
  title: 'Elements/profile-account-admin',
  component: 'profile-account-admin',
  parameters: { ...realmParameters() },
  args: { lang: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'en', 'es', 'pt'], description: '`lang` attribute' } },
  render: ({ lang }) =>
    html`<profile-account-admin dialect="scim" api-base=${apiBase} user-id=${SCIM_USERS.jordan} lang=${lang || nothing}></profile-account-admin>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Both reset methods and both switches. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="admin-switches"]');
    await expect(root.querySelectorAll('[part~="admin-method"] input')).toHaveLength(2);
  },
};

/** In Spanish. */
export const Spanish: Story = {
  args: { lang: 'es' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="admin-password"]');
    await waitFor(() => expect(root.querySelector('h2')!.textContent).toContain('Administración'));
  },
};

/** Waiting for the user and the server's schemas. */
export const Loading: Story = {
  parameters: { ...realmParameters({ faults: [['GET /Schemas', { hang: true }]] }) },
};

/** The schemas could not be loaded: the error and "Try again". */
export const ServerError: Story = {
  parameters: { ...realmParameters({ faults: [['GET /Schemas', { status: 500 }]] }) },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="retry"]');
  },
};
