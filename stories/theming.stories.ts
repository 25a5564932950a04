import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import { CONFIG, realmParameters } from './support.js';

/** The public design tokens (contract §6), in the order the README documents them. */
const TOKENS = {
  '--profile-color-text': 'Text',
  '--profile-color-muted': 'Secondary text (hints, dates, emails)',
  '--profile-color-background': 'Background of the elements and their controls',
  '--profile-color-surface': 'Background of the header and panels',
  '--profile-color-border': 'Borders of sections and controls (keep ≥ 3:1 against the background)',
  '--profile-color-accent': 'Links, primary buttons, badges, focus ring',
  '--profile-color-on-accent': 'Text on the accent colour',
  '--profile-color-danger': 'Errors and destructive actions',
  '--profile-color-success': 'Success messages',
  '--profile-focus-ring': 'Focus outline colour (default: the accent)',
  '--profile-radius': 'Corner radius, e.g. 0, 4px, 1rem',
  '--profile-spacing': 'Base spacing unit, e.g. 0.75rem',
  '--profile-font': 'Font shorthand; default: inherited from the page',
  '--profile-color-scheme': '`light`, `dark` or `light dark` (default: follows the OS)',
} as const;
type Token = keyof typeof TOKENS;

const SECTIONS = ['notifications', 'edit', 'sites', 'activity', 'danger'] as const;

interface ThemingArgs extends Partial<Record<Token, string>> {
  /** `::part()` rules added to the page, as a theme author would in the CMS stylesheet. */
  parts: string;
  /** Sections not rendered nor fetched (`hide` attribute). */
  hide: (typeof SECTIONS)[number][];
}

/** A `<style>` element made in the DOM (no `unsafeCSS`): the designer's rules, live. */
function pageStyle(text: string) {
  const style = document.createElement('style');
  style.textContent = text;
  return style;
}

const colour = (token: Token) => ({
  control: 'color' as const,
  description: TOKENS[token],
  table: { category: 'design tokens' },
});
const text = (token: Token) => ({ control: 'text' as const, description: TOKENS[token], table: { category: 'design tokens' } });

/**
 * Theme `<user-profile>` without touching its code: `--profile-*` custom properties on the element
 * or any ancestor, `::part()` rules for anything more specific, and `hide` (or
 * `::part(x) { display: none }`) for sections a site does not want. Change the controls: the
 * element follows live, without reloading its data.
 */
const meta: Meta<ThemingArgs> = {
  title: 'Theming',
  component: 'user-profile',
  parameters: { ...realmParameters({ notifications: 12 }) },
  argTypes: {
    '--profile-color-text': colour('--profile-color-text'),
    '--profile-color-muted': colour('--profile-color-muted'),
    '--profile-color-background': colour('--profile-color-background'),
    '--profile-color-surface': colour('--profile-color-surface'),
    '--profile-color-border': colour('--profile-color-border'),
    '--profile-color-accent': colour('--profile-color-accent'),
    '--profile-color-on-accent': colour('--profile-color-on-accent'),
    '--profile-color-danger': colour('--profile-color-danger'),
    '--profile-color-success': colour('--profile-color-success'),
    '--profile-focus-ring': colour('--profile-focus-ring'),
    '--profile-radius': text('--profile-radius'),
    '--profile-spacing': text('--profile-spacing'),
    '--profile-font': text('--profile-font'),
    '--profile-color-scheme': {
      control: 'inline-radio',
      options: ['light', 'dark', 'light dark'],
      description: TOKENS['--profile-color-scheme'],
      table: { category: 'design tokens' },
    },
    parts: { control: 'text', description: '`::part()` rules for the page', table: { category: 'page CSS' } },
    hide: { control: 'inline-check', options: SECTIONS, description: 'Sections not to render nor fetch', table: { category: 'attributes' } },
  },
  args: { parts: '', hide: [] },
  render: ({ parts, hide, ...tokens }) => html`
    ${pageStyle(parts)}
    <user-profile
      api-base=${CONFIG.modyo['api-base']}
      realm=${CONFIG.modyo.realm}
      hide=${hide.join(' ')}
      style=${styleMap(tokens)}
    ></user-profile>
  `,
};
export default meta;
type Story = StoryObj<ThemingArgs>;

/** The profile element inside the story's canvas and its shadow root. */
async function profileIn(canvasElement: HTMLElement) {
  const el = canvasElement.querySelector('user-profile')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('[part~="name"]'), 'the profile header').toBeTruthy(), { timeout: 3000 });
  return { el, root: el.shadowRoot! };
}

/** The built-in tokens: follows the toolbar's theme (light or dark) and the page's font. */
export const Defaults: Story = {
  play: async ({ canvasElement }) => {
    const { el, root } = await profileIn(canvasElement);
    const header = root.querySelector('[part~="header"]')!;
    // The font is the page's (the story's wrapper stands for the page), not one the element picked.
    await expect(getComputedStyle(header).fontFamily).toBe(getComputedStyle(el.parentElement!).fontFamily);
  },
};

/** A bank's brand: teal accent, square corners, a serif font, and a header restyled with `::part`. */
export const Brand: Story = {
  args: {
    '--profile-color-text': '#132b26',
    '--profile-color-muted': '#4a5f5a',
    '--profile-color-background': '#ffffff',
    '--profile-color-surface': '#e9f4f1',
    '--profile-color-border': '#6f8a84',
    '--profile-color-accent': '#0b6b58',
    '--profile-color-on-accent': '#ffffff',
    '--profile-color-danger': '#a4262c',
    '--profile-radius': '2px',
    '--profile-spacing': '1.25rem',
    '--profile-font': '17px/1.6 Georgia, "Times New Roman", serif',
    '--profile-color-scheme': 'light',
    parts: `user-profile::part(header) {
  border-inline-start: 6px solid #0b6b58;
}
user-profile::part(name) {
  letter-spacing: 0.02em;
}
user-profile::part(avatar) {
  border-radius: 4px;
}`,
  },
  play: async ({ canvasElement }) => {
    const { root } = await profileIn(canvasElement);
    const header = root.querySelector('[part~="header"]')!;
    await expect(getComputedStyle(header).backgroundColor).toBe('rgb(233, 244, 241)');
    await expect(getComputedStyle(header).borderInlineStartWidth).toBe('6px');
    await expect(getComputedStyle(header).fontFamily).toContain('Georgia');
    await expect(getComputedStyle(header).borderTopLeftRadius).toBe('2px');
  },
};

/** A dark brand, forced with `--profile-color-scheme: dark` whatever the OS says. */
export const NightBrand: Story = {
  args: {
    '--profile-color-scheme': 'dark',
    '--profile-color-text': '#f3efe6',
    '--profile-color-muted': '#b9b2a4',
    '--profile-color-background': '#1f1b16',
    '--profile-color-surface': '#2b261f',
    '--profile-color-border': '#7d7467',
    '--profile-color-accent': '#f2b84b',
    '--profile-color-on-accent': '#1f1b16',
    '--profile-color-danger': '#ff9e8f',
    '--profile-color-success': '#8fd6a1',
    '--profile-radius': '14px',
  },
  play: async ({ canvasElement }) => {
    const { el, root } = await profileIn(canvasElement);
    await expect(getComputedStyle(el).colorScheme).toBe('dark');
    await expect(getComputedStyle(el).backgroundColor).toBe('rgb(31, 27, 22)');
    await expect(getComputedStyle(root.querySelector('[part~="name"]')!).color).toBe('rgb(243, 239, 230)');
  },
};

/** The built-in dark scheme, whatever the toolbar says. */
export const Dark: Story = {
  args: { '--profile-color-scheme': 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { el } = await profileIn(canvasElement);
    await expect(getComputedStyle(el).backgroundColor).toBe('rgb(24, 24, 27)');
  },
};

/**
 * Two ways to drop sections: `hide="activity danger"` neither renders nor fetches them;
 * `::part(sites) { display: none }` only hides (the sites are still requested).
 */
export const HiddenSections: Story = {
  args: {
    hide: ['activity', 'danger'],
    parts: 'user-profile::part(sites) {\n  display: none;\n}',
  },
  play: async ({ canvasElement }) => {
    const { root } = await profileIn(canvasElement);
    await expect(root.querySelector('[part~="activity"]')).toBeNull();
    await expect(root.querySelector('[part~="danger"]')).toBeNull();
    const sites = root.querySelector('[part~="sites"]')!;
    await expect(getComputedStyle(sites).display).toBe('none');
    await expect(root.querySelector('[part~="edit"]')).toBeTruthy();
  },
};

/** A narrow phone (320 px): one column, nothing cut off. */
export const Narrow: Story = {
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: async ({ canvasElement }) => {
    const { el } = await profileIn(canvasElement);
    await expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
  },
};
