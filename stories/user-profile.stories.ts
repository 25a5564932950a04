import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { SeedData } from '../mocks/seed.js';
import { CONFIG, realmParameters } from './support.js';

type Dialect = keyof typeof CONFIG;

interface Args {
  dialect: Dialect;
  /** `help-center` attribute. */
  helpCenter: boolean;
  /** `hide` attribute. */
  hide: string;
  /** `lang` attribute (else the toolbar's language). */
  lang?: string;
  /** `theme` attribute: `light`, `dark` or unset (the page's scheme). */
  theme?: string;
}

/** The composite's shadow root once `selector` shows in it. */
async function shown(canvasElement: HTMLElement, selector: string) {
  const el = canvasElement.querySelector('user-profile')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 3000 });
  return el.shadowRoot!;
}

/** In the stories the help centre's sign-on URL is a `#hash`, so the preview stays where it is. */
const seed = (s: SeedData) => {
  s.modyo.zendeskSsoUrl = '#help-centre';
};

/**
 * The whole profile area with one configuration: header (avatar, name, email, unread badge, help
 * centre), account status and details where the backend has them, and every section. The layout
 * goes from one column at 320 px to two on wide containers (container queries).
 */
const meta: Meta<Args> = {
  title: 'Elements/user-profile',
  component: 'user-profile',
  parameters: { ...realmParameters({ seed }) },
  args: { dialect: 'modyo', helpCenter: true, hide: '' },
  argTypes: {
    dialect: { control: 'inline-radio', options: Object.keys(CONFIG), description: 'which backend (each has its own mock)' },
    helpCenter: { control: 'boolean', description: '`help-center`: a button into the help centre (modyo)' },
    hide: { control: 'text', description: 'sections not to render nor fetch: `notifications sites edit danger activity details`' },
  },
  render: ({ dialect, helpCenter, hide, lang, theme }) => {
    const c: Record<string, string> = CONFIG[dialect];
    return html`<user-profile
      api-base=${c['api-base']!}
      realm=${c.realm ?? nothing}
      dialect=${c.dialect ?? nothing}
      ?help-center=${helpCenter}
      hide=${hide || nothing}
      lang=${lang || nothing}
      theme=${theme || nothing}
    ></user-profile>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Modyo: every section, and the help-centre button. */
export const Modyo: Story = {
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="name"]');
    for (const part of ['notifications', 'edit', 'sites', 'activity', 'danger', 'help']) {
      await expect(root.querySelector(`[part~="${part}"]`)).toBeTruthy();
    }
  },
};

/** The rest dialect (Bird-style `/me`): read-only account details; no notifications, sites nor activity. */
export const RestWithDetails: Story = {
  args: { dialect: 'rest' },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="details"]');
  },
};

/** An account waiting for confirmation (rest `status: pending`). */
export const PendingAccount: Story = {
  args: { dialect: 'rest' },
  parameters: { ...realmParameters({ seed: (s) => void (s.rest.user.status = 'pending') }) },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="status"]');
  },
};

/** A suspended account (rest `status: banned`). */
export const SuspendedAccount: Story = {
  args: { dialect: 'rest' },
  parameters: { ...realmParameters({ seed: (s) => void (s.rest.user.status = 'banned') }) },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '.banned');
  },
};

/** SCIM 2.0 (`/Me`, e.g. Asgardeo): the form follows `/Schemas`. */
export const Scim: Story = {
  args: { dialect: 'scim' },
};

/** The help centre cannot be reached: the error shows under the header. */
export const HelpCentreFails: Story = {
  parameters: { ...realmParameters({ seed, faults: [['GET /integrations/zendesk_sso_url', { status: 500 }]] }) },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="help"]');
    root.querySelector<HTMLButtonElement>('[part~="help"]')!.click();
    await shown(canvasElement, '[part~="help-error"]');
  },
};

/** Only some sections: `hide="notifications edit danger"`. */
export const SomeSections: Story = {
  args: { hide: 'notifications edit danger' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="sites"]');
    await expect(root.querySelector('[part~="edit"]')).toBeNull();
  },
};

/** 320 px wide: one column, nothing cut off. */
export const Narrow: Story = {
  render: (args, context) => html`<div style="width: 320px">${meta.render!(args, context)}</div>`,
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="name"]');
    const el = root.host as HTMLElement;
    await expect(el.scrollWidth).toBeLessThanOrEqual(320);
  },
};

/** Waiting for `/me`. */
export const Loading: Story = {
  parameters: { ...realmParameters({ faults: [['GET /me', { hang: true }]] }) },
};

/** `/me` failed: the error and "Try again". */
export const ServerError: Story = {
  parameters: { ...realmParameters({ faults: [['GET /me', { status: 500 }]] }) },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="retry"]');
  },
};

/** Not signed in (401): the message and the page's own sign-in link in the `signed-out` slot. */
export const SignedOut: Story = {
  parameters: { ...realmParameters({ signedIn: false }) },
  render: () => html`<user-profile api-base=${CONFIG.modyo['api-base']} realm=${CONFIG.modyo.realm}>
    <a slot="signed-out" href="#sign-in">Sign in</a>
  </user-profile>`,
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="signed-out"]');
  },
};

/** Every section in Spanish (the unread badge, the sections' titles, dates and numbers). */
export const Spanish: Story = {
  args: { lang: 'es' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="badge"]');
    await waitFor(() => expect(root.querySelector('[part~="badge"]')!.textContent).toContain('sin leer'));
  },
};

/** Every section in Brazilian Portuguese. */
export const Portuguese: Story = {
  args: { lang: 'pt' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="badge"]');
    await waitFor(() => expect(root.querySelector('[part~="badge"]')!.textContent).toContain('não lidas'));
  },
};

/** The dark scheme, whatever the page's: `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="name"]');
    const el = canvasElement.querySelector('user-profile')!;
    await expect(getComputedStyle(el).colorScheme).toBe('dark');
  },
};
