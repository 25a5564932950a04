import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { CONFIG, realmParameters } from './support.js';

const { 'api-base': apiBase, realm } = CONFIG.modyo;

/** The element's shadow root once `selector` shows in it. */
async function shown(canvasElement: HTMLElement, selector: string) {
  const el = canvasElement.querySelector('profile-notifications')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 3000 });
  return el.shadowRoot!;
}

/**
 * The user's notifications: unread first, then read, each newest first. Opening one shows its
 * sanitized content and marks it read at once; "Mark all as read"; "Load more" pages; the unread
 * count is announced to screen readers. Read state follows in other tabs of the site.
 */
const meta: Meta = {
  title: 'Elements/profile-notifications',
  component: 'profile-notifications',
  parameters: { ...realmParameters() },
  args: { poll: 0, 'per-page': 10 },
  argTypes: {
    poll: { control: 'number', description: 'Refresh every this many seconds (0: when the tab becomes visible again)' },
    'per-page': { control: 'number', description: 'Notifications per page' },
  },
  render: (args) =>
    html`<profile-notifications api-base=${apiBase} realm=${realm} poll=${args.poll ?? 0} per-page=${args['per-page'] ?? 10}></profile-notifications>`,
};
export default meta;
type Story = StoryObj;

/** Thirty notifications, ten unread, in three pages. */
export const Many: Story = {
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="notification-item"]');
    await expect(root.querySelectorAll('[part~="notification-unread"]')).toHaveLength(6);
    await expect(root.querySelector('[part~="notification-badge"]')!.textContent).toContain('10 unread');
  },
};

/** One notification opened: its content, sanitized (this one carries a `<script>` and a `javascript:` link). */
export const Opened: Story = {
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="notification-item"]');
    root.querySelector<HTMLButtonElement>('#n-28')!.click();
    await waitFor(() => expect(root.querySelector('[part~="notification-body"] strong')).toBeTruthy());
    await expect(root.querySelector('[part~="notification-body"] script')).toBeNull();
  },
};

/** No notifications at all. */
export const None: Story = {
  parameters: { ...realmParameters({ seed: (s) => void (s.modyo.notifications = []) }) },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="notification-empty"]');
  },
};

/** Everything read: no badge, "Mark all as read" disabled. */
export const AllRead: Story = {
  parameters: { ...realmParameters({ seed: (s) => s.modyo.notifications.forEach((n) => (n.opened = true)) }) },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="notification-item"]');
    await expect(root.querySelector('[part~="notification-badge"]')).toBeNull();
    await expect(root.querySelector('[part~="notification-mark-all"]')!.getAttribute('aria-disabled')).toBe('true');
  },
};

/** Long subjects, a missing subject and an invalid date: wrapped, "(No subject)", no time. */
export const LongSubjects: Story = {
  parameters: { ...realmParameters({
    seed: (s) => {
      const [a, b, c] = s.modyo.notifications;
      a!.subject = 'Your statement for the period from the first of the month to the last day of the month is now available to download';
      b!.subject = 'Supercalifragilisticexpialidocious-notification-subject-without-any-spaces-at-all-to-break-it';
      c!.subject = '';
      c!.sent_at = 'not a date';
    },
  }) },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="notification-item"]');
    await expect(root.textContent).toContain('(No subject)');
  },
};

/** Many pages: "Load more" appends the next one. */
export const Paging: Story = {
  parameters: { ...realmParameters({ notifications: 45 }) },
  args: { 'per-page': 5 },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="notification-more"]');
    root.querySelector<HTMLButtonElement>('[part~="notification-more"]')!.click();
    await waitFor(() => expect(root.querySelectorAll('[part~="notification-item"]')).toHaveLength(10));
  },
};

/** Marking read fails on the server: the item returns to unread and the error shows. */
export const MarkReadFails: Story = {
  parameters: { ...realmParameters({ faults: [['PUT /notifications/:id', { status: 500 }]] }) },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="notification-item"]');
    root.querySelector<HTMLButtonElement>('#n-30')!.click();
    await shown(canvasElement, '[part~="error"]');
  },
};

/** Waiting for the server. */
export const Loading: Story = {
  parameters: { ...realmParameters({ faults: [['GET /notifications', { hang: true }]] }) },
};

/** The server failed: the error and "Try again". */
export const ServerError: Story = {
  parameters: { ...realmParameters({ faults: [['GET /notifications', { status: 500 }]] }) },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part~="retry"]');
  },
};

/** In Spanish. */
export const Spanish: Story = {
  render: () => html`<profile-notifications lang="es" api-base=${apiBase} realm=${realm}></profile-notifications>`,
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="notification-item"]');
    await waitFor(() => expect(root.textContent).toContain('Notificaciones'));
  },
};

/** In Brazilian Portuguese. */
export const Portuguese: Story = {
  render: () => html`<profile-notifications lang="pt-BR" api-base=${apiBase} realm=${realm}></profile-notifications>`,
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[part~="notification-item"]');
    await waitFor(() => expect(root.textContent).toContain('Notificações'));
  },
};
