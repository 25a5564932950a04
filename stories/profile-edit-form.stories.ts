import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { CONFIG, realmParameters } from './support.js';

const { 'api-base': apiBase, realm } = CONFIG.modyo;

/** The element's shadow root once `selector` shows in it. */
async function shown(canvasElement: HTMLElement, selector: string) {
  const el = canvasElement.querySelector('profile-edit-form')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 3000 });
  return el.shadowRoot!;
}

/** Types into a field the way a user does: the value changes and `input` fires. */
function type(root: ShadowRoot, name: string, value: string) {
  const c = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  c.value = value;
  c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const save = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('[part~="edit-save"]')!.click();

interface Args {
  /** `lang` attribute (empty: the toolbar's locale). */
  lang: string;
}

/**
 * Edit the user's own profile: the realm's standard and custom fields in position order, read-only
 * ones as text with the reason, browser validation before sending, only changed values sent,
 * server field errors on their fields, and email subscriptions saved one by one.
 */
const meta: Meta<Args> = {
  title: 'Elements/profile-edit-form',
  component: 'profile-edit-form',
  parameters: { ...realmParameters() },
  args: { lang: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'en', 'es', 'pt'], description: '`lang` attribute' } },
  render: ({ lang }) => html`<profile-edit-form api-base=${apiBase} realm=${realm} lang=${lang || nothing}></profile-edit-form>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The seeded Modyo realm: standard fields, custom fields of all seven types, subscriptions. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="edit-subscription"]');
    await expect(root.querySelectorAll('[part~="edit-readonly"]')).toHaveLength(2);
  },
};

/** A change typed, not saved yet: the indicator and Reset. */
export const UnsavedChanges: Story = {
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="edit-form"]');
    type(root, 'first_name', 'Ann');
    await shown(canvasElement, '[part~="edit-dirty"]');
  },
};

/** Saved: the polite confirmation. */
export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="edit-form"]');
    type(root, 'custom.about_me', 'I like hiking.');
    save(root);
    await waitFor(() => expect(root.querySelector('[part~="edit-status"]')!.textContent).toContain('saved'), { timeout: 3000 });
  },
};

/** Browser validation before any request: a summary linking to each field, errors on the fields. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="edit-form"]');
    type(root, 'custom.mobile_phone', '');
    type(root, 'birth_date', '2999-01-01');
    save(root);
    await shown(canvasElement, '[part~="edit-summary"]');
  },
};

/** The server refused some values (422): its messages on the fields. */
export const ServerFieldErrors: Story = {
  parameters: { ...realmParameters({ faults: [['PUT /me', { status: 422, body: { errors: { first_name: ['is reserved'], household_size: ['is too large'] } } }]] }) },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="edit-form"]');
    type(root, 'first_name', 'Admin');
    type(root, 'custom.household_size', '40');
    save(root);
    await shown(canvasElement, '[part~="edit-summary"]');
  },
};

/** The save failed (500): the message, and every typed value still there. */
export const SaveFailed: Story = {
  parameters: { ...realmParameters({ faults: [['PUT /me', { status: 500 }]] }) },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="edit-form"]');
    type(root, 'first_name', 'Ann');
    save(root);
    await shown(canvasElement, '[part~="edit-error"]');
    await expect(root.querySelector<HTMLInputElement>('[name="first_name"]')!.value).toBe('Ann');
  },
};

/** Saving: the button is busy and not re-clickable. */
export const Saving: Story = {
  parameters: { ...realmParameters({ faults: [['PUT /me', { hang: true }]] }) },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="edit-form"]');
    type(root, 'first_name', 'Ann');
    save(root);
    await shown(canvasElement, '[part~="edit-save"][aria-busy="true"]');
  },
};

/** A subscription switch moved back: the server refused the change. */
export const SubscriptionFailed: Story = {
  parameters: { ...realmParameters({ faults: [['PUT /subscriptions/:id', { status: 503 }]] }) },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="edit-subscription"]');
    root.querySelector<HTMLInputElement>('[part~="edit-subscription"] input')!.click();
    await shown(canvasElement, '[part~="edit-subscriptions"] [role="alert"]');
  },
};

/** SCIM 2.0 (`GET /Schemas` drives the form): read-only attributes, multi-valued ones, an inline password form. */
export const ScimDialect: Story = {
  render: ({ lang }) => html`<profile-edit-form api-base=${CONFIG.scim['api-base']} dialect="scim" lang=${lang || nothing}></profile-edit-form>`,
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="edit-password"]');
  },
};

/** The Bird-style `rest` dialect: name, bio, avatar URL, locale and time zone. */
export const RestDialect: Story = {
  render: ({ lang }) => html`<profile-edit-form api-base=${CONFIG.rest['api-base']} dialect="rest" lang=${lang || nothing}></profile-edit-form>`,
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="edit-form"] [name="timezone"]');
  },
};

/** Waiting for the realm configuration. */
export const Loading: Story = {
  parameters: { ...realmParameters({ faults: [['GET /profile_configuration', { hang: true }]] }) },
};

/** The configuration could not be loaded: the error and "Try again". */
export const LoadError: Story = {
  parameters: { ...realmParameters({ faults: [['GET /profile_configuration', { status: 500 }]] }) },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="retry"]');
  },
};

/** Signed out (401). */
export const SignedOut: Story = {
  parameters: { ...realmParameters({ signedIn: false }) },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="error"]');
  },
};

/** In Spanish, with a validation error. */
export const Spanish: Story = {
  args: { lang: 'es' },
  play: ValidationErrors.play,
};

/** In Brazilian Portuguese, with a validation error. */
export const Portuguese: Story = {
  args: { lang: 'pt' },
  play: ValidationErrors.play,
};
