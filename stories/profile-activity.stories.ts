import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { CONFIG, realmParameters } from './support.js';

const { 'api-base': apiBase, realm } = CONFIG.modyo;

/** The element's shadow root once `selector` shows in it. */
async function shown(canvasElement: HTMLElement, selector: string) {
  const el = canvasElement.querySelector('profile-activity')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 3000 });
  return el.shadowRoot!;
}

interface Args {
  /** Events per page. */
  perPage: number;
  /** `lang` attribute (else the toolbar's language). */
  lang?: string;
}

/**
 * The user's recent account events (Modyo `GET /events`): newest first, a page at a time with
 * "Load more"; times relative ("3 hours ago") with the full date as a tooltip.
 */
const meta: Meta<Args> = {
  title: 'Elements/profile-activity',
  component: 'profile-activity',
  parameters: { ...realmParameters() },
  args: { perPage: 10 },
  argTypes: { perPage: { control: { type: 'number', min: 1, max: 50 }, description: '`per-page` attribute' } },
  render: ({ perPage, lang }) =>
    html`<profile-activity api-base=${apiBase} realm=${realm} per-page=${perPage} lang=${lang || nothing}></profile-activity>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The first page of the 45 seeded events; "Load more" fetches the next. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="activity-more"]');
    await expect(root.querySelectorAll('[part~="activity-item"]')).toHaveLength(10);
    root.querySelector<HTMLButtonElement>('[part~="activity-more"]')!.click();
    await waitFor(() => expect(root.querySelectorAll('[part~="activity-item"]')).toHaveLength(20), { timeout: 3000 });
  },
};

/** Everything on one page: no "Load more". */
export const AllOnOnePage: Story = {
  args: { perPage: 50 },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="activity-item"]');
    await expect(root.querySelector('[part~="activity-more"]')).toBeNull();
  },
};

/** No activity yet. */
export const Empty: Story = {
  parameters: { ...realmParameters({ seed: (s) => void (s.modyo.events = []) }) },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="activity-empty"]');
  },
};

/** Waiting for the server. */
export const Loading: Story = {
  parameters: { ...realmParameters({ faults: [['GET /events', { hang: true }]] }) },
};

/** The server failed: the error and "Try again". */
export const ServerError: Story = {
  parameters: { ...realmParameters({ faults: [['GET /events', { status: 500 }]] }) },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="retry"]');
  },
};

/** The session ended: a sign-in message, and `profile-unauthorized` for the page. */
export const SignedOut: Story = {
  parameters: { ...realmParameters({ signedIn: false }) },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="error"]');
    await expect(root.querySelector('[part~="error"]')!.textContent).toContain('Sign in');
  },
};

/** In Spanish: relative times and the "Load more" count follow the language. */
export const Spanish: Story = {
  args: { lang: 'es' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="activity-more"]');
    await waitFor(() => expect(root.querySelector('[part~="activity-more"]')!.textContent).toContain('Cargar más'));
  },
};

/** In Brazilian Portuguese. */
export const Portuguese: Story = {
  args: { lang: 'pt' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="activity-more"]');
    await waitFor(() => expect(root.querySelector('[part~="activity-more"]')!.textContent).toContain('Carregar mais'));
  },
};
