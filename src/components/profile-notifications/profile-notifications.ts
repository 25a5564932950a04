import { msg } from '@lit/localize';
import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { Notification } from '../../api/model.js';
import type { ProfileApi } from '../../api/profile-api.js';
import { loadView } from '../../controllers/load-view.js';
import { LoadTask } from '../../controllers/load-task.js';
import { hostStyles } from '../../styles/host.js';
import { ProfileElement } from '../shared/profile-element.js';
import { configView, errorView, loadingView } from '../shared/states.js';
import { styles } from './profile-notifications.styles.js';

/** The parts `<user-profile>` exports from this element. */
export const NOTIFICATION_PARTS =
  'notification-badge, notification-mark-all, notification-list, notification-item, notification-unread, notification-subject, notification-time, notification-more, notifications-empty, notification-detail, notification-back, notification-body, notification-link, loading:notification-loading, error:notification-error, retry:notification-retry';

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
 * @csspart notifications-empty - The message shown when there are no notifications.
 * @csspart notification-detail - The open notification.
 * @csspart notification-back - The "Back" button of the open notification.
 * @csspart notification-body - The open notification's content.
 * @csspart notification-link - The open notification's link, when it has one.
 * @csspart loading - The loading message (exported by `<user-profile>` as `notification-loading`).
 * @csspart error - An error message (exported as `notification-error`).
 * @csspart retry - The "Try again" button (exported as `notification-retry`).
 */
export class ProfileNotifications extends ProfileElement {
  static override styles = [hostStyles, styles];

  /** Refresh the list every this many seconds (0: only when the tab becomes visible again). */
  @property({ type: Number }) poll = 0;

  /** Notifications per page ("Load more" fetches the next page). */
  @property({ type: Number, attribute: 'per-page' }) perPage = 10;

  // The state below is internal: the content view (`profile-notifications.view.ts`, loaded on demand
  // with the first page) reads and writes it.

  /** @internal The loaded notifications, sorted; undefined until the first page arrives. */
  @state() items?: Notification[];
  /** @internal The unread count. */
  @state() unread?: number;
  /** @internal The notification shown in full. */
  @state() opened?: Notification;
  /** @internal The last failed action, as a sentence (shown until the next action). */
  @state() failure?: string;
  /** @internal A next page is loading. */
  @state() loadingMore = false;

  /** @internal The client the items came from. */
  source?: ProfileApi;
  /** @internal The last page loaded. */
  page = 1;
  /** @internal The server's page count. */
  pages = 1;
  /** @internal Ids being marked read (or every one: `allPending`): a refresh meanwhile must not show them unread. */
  pending = new Set<string>();
  /** @internal "Mark all as read" is in flight. */
  allPending = false;
  /** @internal Id of the item to focus after the next render (the title when that item is gone). */
  focusId?: string;
  /** @internal Tells the other tabs (and elements) what was read. */
  channel?: BroadcastChannel;
  /** @internal Aborts the actions (marking read, loading more) and stops following the page when the element leaves it. */
  actions = new AbortController();
  /** @internal The next poll. */
  timer?: ReturnType<typeof setTimeout>;
  /** @internal The content view, loaded with the first page. */
  view?: typeof import('./profile-notifications.view.js');

  /** @internal Loads page 1 (the first time with the view); the view's refreshes run it again. */
  task = new LoadTask(this, {
    args: () => [this.client] as const,
    task: async ([api], { signal }) => {
      if (api !== this.source) {
        this.source = api;
        this.items = this.opened = undefined;
        this.page = 1;
      }
      if (!api?.listNotifications) return undefined;
      // The view comes with the data, in parallel: no extra wait. A failed import (offline) is a network error.
      const [view, page] = await Promise.all([loadView(() => import('./profile-notifications.view.js')), api.listNotifications(1, this.perPage, signal)]);
      signal.throwIfAborted(); // left the page while the view was still loading
      if (!this.view) {
        // The view brings its own styles (adopted after the element's) and, from now on, follows the page.
        adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof ProfileNotifications).elementStyles, view.styles]);
        view.connect(this);
      }
      this.view = view;
      return page;
    },
    // Only the latest run completes: a replaced one (even from an adapter ignoring the signal) is dropped.
    onComplete: (page) => {
      if (page) this.view!.merge(this, page);
      this.view?.schedule(this);
    },
    onError: (e) => {
      this.report('load-notifications', e);
      this.view?.schedule(this);
    },
  });

  // Refreshing (visibility, polling) and hearing other tabs only matter once the view shows a list:
  // the view starts them when it loads and on each connection; leaving the page stops them.
  override connectedCallback() {
    super.connectedCallback();
    this.view?.connect(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.actions.abort(); // an AbortError: not reported
  }

  protected override updated(changed: PropertyValues<this>) {
    this.view?.updated(this, changed);
  }

  override render() {
    if (this.configError) return configView(this.configError);
    if (!this.client?.listNotifications) return nothing;
    const { task, view } = this;
    const title = html`<h2 tabindex="-1">${msg('Notifications', { id: 'notifications.title' })}</h2>`;
    return view && this.items
      ? view.render(this, title)
      : html`<div class="bar">${title}</div>
          ${task.status === TaskStatus.ERROR ? errorView(task.error, () => task.run()) : loadingView()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-notifications': ProfileNotifications;
  }
}
