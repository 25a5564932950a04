import { msg } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LoadTask } from '../../internal/load-task.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { configView, taskView } from '../../internal/states.js';
import { loadView } from '../../internal/view.js';
import { styles } from './profile-notifications.styles.js';
import type { NotificationsView } from './profile-notifications.view.js';

/** The parts `<user-profile>` exports from this element. */
export const NOTIFICATION_PARTS =
  'notification-badge, notification-mark-all, notification-list, notification-item, notification-unread, notification-subject, notification-time, notification-more, notification-empty, notifications-empty, notification-detail, notification-back, notification-body, notification-link, loading:notification-loading, error:notification-error, retry:notification-retry';

/**
 * The user's notifications: unread first, each opening into its full (sanitized) content and being
 * marked read at once; an unread count, "Mark all as read" and "Load more". Read state is shared
 * with other tabs of the site, and the list refreshes when the tab becomes visible again (and every
 * `poll` seconds when set).
 *
 * @summary The user's notifications: list, detail, read-marking, unread count.
 *
 * @fires notification-read - `{notification}` when a notification was opened and the server marked it read.
 * @fires notifications-unread-changed - `{count}` when the unread count changes, including after the first load.
 * @fires profile-error - `{operation, status, message}`; operations `load-notifications`, `mark-read`, `mark-all-read`.
 * @fires profile-unauthorized - `{status}` on 401.
 *
 * @csspart notification-badge - The unread count next to the title.
 * @csspart notification-mark-all - The "Mark all as read" button.
 * @csspart notification-list - The list of notifications.
 * @csspart notification-item - One notification in the list.
 * @csspart notification-unread - An unread notification (together with `notification-item`).
 * @csspart notification-subject - A notification's subject.
 * @csspart notification-time - When a notification was sent.
 * @csspart notification-more - The "Load more" button.
 * @csspart notification-empty - The message shown when there are no notifications.
 * @csspart notifications-empty - Deprecated alias of `notification-empty` (every part is `<area>-<thing>`).
 * @csspart notification-detail - The open notification.
 * @csspart notification-back - The "Back" button of the open notification.
 * @csspart notification-body - The open notification's content.
 * @csspart notification-link - The open notification's link, when it has one.
 * @csspart loading - The loading message (exported by `<user-profile>` as `notification-loading`).
 * @csspart error - An error message (exported as `notification-error`).
 * @csspart retry - The "Try again" button (exported as `notification-retry`).
 */
export class ProfileNotifications extends ProfileElement {
  static override styles = styles;

  /** Refresh the list every this many seconds (0: only when the tab becomes visible again). */
  @property({ type: Number }) poll = 0;

  /** Notifications per page ("Load more" fetches the next page). */
  @property({ type: Number, attribute: 'per-page' }) perPage = 10;

  /** The list, the detail, read-marking and keeping the list current: created when its chunk arrives with the first page, then kept. */
  #view?: NotificationsView;

  /** Loads page 1 (the first time with the view); the view's refreshes run it again. */
  #task = new LoadTask(this, {
    args: () => [this.client] as const,
    task: async ([api], { signal }) => {
      if (!api?.listNotifications) return undefined;
      // The view comes with the data, in parallel: no extra wait. A failed import (offline) is a network error.
      const [view, page] = await Promise.all([loadView(() => import('./profile-notifications.view.js')), api.listNotifications(1, this.perPage, signal)]);
      signal.throwIfAborted(); // left the page while the view was still loading
      // Its refreshes load page 1 again, unless a load is in flight already.
      this.#view ??= new view.NotificationsView(this, this.services, () => this.#task.status !== TaskStatus.PENDING && (void this.#task.run(), true));
      return { api, page };
    },
    // Only the latest run completes: a replaced one (even from an adapter ignoring the signal) is dropped.
    onComplete: (loaded) => loaded && this.#view!.merge(loaded.page, loaded.api),
    onError: (e) => {
      this.report('load-notifications', e);
      this.#view?.schedule();
    },
  });

  override render() {
    if (this.configError) return configView(this.configError);
    if (!this.client?.listNotifications) return nothing;
    const title = html`<h2 tabindex="-1">${msg('Notifications', { id: 'notifications.title' })}</h2>`;
    // Once a list is shown, refreshes and their failures happen around it (the view says so).
    return this.#view?.shown(this.client)
      ? this.#view.render(title)
      : html`<div class="bar">${title}</div>
          ${taskView(this.#task, () => nothing)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-notifications': ProfileNotifications;
  }
}
