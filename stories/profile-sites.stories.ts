import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { Site } from '../src/api/model.js';
import { CONFIG, realmParameters } from './support.js';

const { 'api-base': apiBase, realm } = CONFIG.modyo;

/** The element's shadow root once `selector` shows in it. */
async function shown(canvasElement: HTMLElement, selector: string) {
  const el = canvasElement.querySelector('profile-sites')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 3000 });
  return el.shadowRoot!;
}

/**
 * The sites (digital channels) enabled in the account: logo, name, description and a link that
 * opens in a new tab. From `GET /sites`, or without a request from the `.sites` property or from
 * `<a>` links inside the element.
 */
const meta: Meta = {
  title: 'Elements/profile-sites',
  component: 'profile-sites',
  parameters: { ...realmParameters() },
  render: () => html`<profile-sites api-base=${apiBase} realm=${realm}></profile-sites>`,
};
export default meta;
type Story = StoryObj;

/** The three seeded sites, from the API. */
export const FromApi: Story = {
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="site"]');
    await expect(root.querySelectorAll('[part~="site"]')).toHaveLength(3);
  },
};

/** A logo that fails to load: the site's initial stands in. */
export const BrokenLogo: Story = {
  parameters: { ...realmParameters({ seed: (s) => void (s.modyo.sites[0]!.logo_url = 'data:image/png;base64,bm90IGFuIGltYWdl') }) },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, 'span[part~="site-logo"]');
    await expect(root.querySelector('span[part~="site-logo"]')!.textContent).toBe('O');
  },
};

/** No site enabled yet. */
export const Empty: Story = {
  parameters: { ...realmParameters({ seed: (s) => void (s.modyo.sites = []) }) },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="site-empty"]');
  },
};

/** Sites the page knows already, through the `.sites` property: no request. */
export const FromProperty: Story = {
  render: () => {
    const sites: Site[] = [
      { id: '1', name: 'Intranet', url: 'https://intranet.example.com/', description: 'News and tools for employees.' },
      { id: '2', name: 'Partner portal', url: 'https://partners.example.com/' },
    ];
    return html`<profile-sites .sites=${sites}></profile-sites>`;
  },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="site"]');
    await expect(root.querySelectorAll('[part~="site"]')).toHaveLength(2);
  },
};

/** Links a CMS template rendered inside the element: shown in its slot, styled like the others; no request. */
export const FromLinks: Story = {
  render: () => html`<profile-sites api-base=${apiBase} realm=${realm}>
    <a href="https://banking.example.com/">Online Banking</a>
    <a href="https://rewards.example.com/">Rewards Club</a>
  </profile-sites>`,
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, 'slot');
    await expect(root.querySelector('slot')!.assignedElements()).toHaveLength(2);
  },
};

/** Waiting for the server. */
export const Loading: Story = {
  parameters: { ...realmParameters({ faults: [['GET /sites', { hang: true }]] }) },
};

/** The server failed: the error and "Try again". */
export const ServerError: Story = {
  parameters: { ...realmParameters({ faults: [['GET /sites', { status: 500 }]] }) },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="retry"]');
  },
};

/** The session ended (401). */
export const SignedOut: Story = {
  parameters: { ...realmParameters({ signedIn: false }) },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="error"]');
  },
};
