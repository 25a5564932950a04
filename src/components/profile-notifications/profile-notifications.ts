import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { isAbort, toApiError } from '../../api/errors.js';
import type { Notification, NotificationPage } from '../../api/model.js';
import type { ProfileApi } from '../../api/profile-api.js';
import { LoadTask } from '../../controllers/load-task.js';
import { NotificationReadEvent } from '../../events/notification-read.js';
import { NotificationsUnreadChangedEvent } from '../../events/notifications-unread-changed.js';
import { hostStyles } from '../../styles/host.js';
import { dateTime, isoDate, relativeTime } from '../shared/format.js';
import { ProfileElement } from '../shared/profile-element.js';
import { safeUrl } from '../shared/safe-url.js';
import { sanitizeInto } from '../shared/sanitize.js';
import { configView, errorText, errorView, loadingView } from '../shared/states.js';
import { styles } from './profile-notifications.styles.js';

/** The parts `<user-profile>` exports from this element. */
export const NOTIFICATION_PARTS =
  'notification-badge, notification-mark-all, notification-list, notification-item, notification-unread, notification-subject, notification-time, notification-more, notifications-empty, notification-detail, notification-back, notification-body, notification-link, loading:notification-loading, error:notification-error, retry:notification-retry';

/** Message posted on `BroadcastChannel('profile-elements')` so other tabs apply a read without a request. */
type ReadMessage = { type: 'read'; id: string } | { type: 'all-read' };

const time = (n: Notification) => Date.parse(n.sentAt) || -Infinity;
/** Unread first, then read; each newest first; invalid dates last. */
const order = (a: Notification, b: Notification) => +a.read - +b.read || time(b) - time(a) || 0;

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

  /** The loaded notifications, sorted; undefined until the first page arrives. */
  @state() private items?: Notification[];
  @state() private unread?: number;
  /** The notification shown in full. */
  @state() private opened?: Notification;
  /** The last failed action, as a sentence (shown until the next action). */
  @state() private failure?: string;
  @state() private loadingMore = false;

  #api?: ProfileApi;
  #page = 1;
  #pages = 1;
  /** Ids being marked read (or every one: `#allPending`): a refresh meanwhile must not show them unread. */
  #pending = new Set<string>();
  #allPending = false;
  /** Id of the item to focus after the next render (the title when that item is gone). */
  #focus?: string;
  #timer?: ReturnType<typeof setTimeout>;
  #channel?: BroadcastChannel;
  /** Aborts the actions (marking read, loading more) when the element leaves the page. */
  #actions = new AbortController();

  private task = new LoadTask(this, {
    args: () => [this.client] as const,
    task: ([api], { signal }) => {
      if (api !== this.#api) {
        this.#api = api;
        this.items = this.opened = undefined;
        this.#page = 1;
      }
      return api?.listNotifications?.(1, this.perPage, signal);
    },
    // Only the latest run completes: a replaced one (even from an adapter ignoring the signal) is dropped.
    onComplete: (page) => {
      if (page) this.#merge(page);
      this.#schedule();
    },
    onError: (e) => {
      this.report('load-notifications', e);
      this.#schedule();
    },
  });

  override connectedCallback() {
    super.connectedCallback();
    this.#actions = new AbortController();
    document.addEventListener('visibilitychange', this.#refresh);
    this.#channel = new BroadcastChannel('profile-elements');
    this.#channel.onmessage = ({ data }: MessageEvent<ReadMessage>) => {
      if (data?.type === 'all-read') this.#setRead(() => true, true, 0);
      else if (data?.type === 'read') this.#setRead((n) => n.id === data.id, true);
    };
    this.#schedule();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#actions.abort(); // an AbortError: not reported
    document.removeEventListener('visibilitychange', this.#refresh);
    this.#channel?.close();
    clearTimeout(this.#timer);
  }

  #schedule() {
    clearTimeout(this.#timer);
    if (this.poll > 0 && this.isConnected) this.#timer = setTimeout(this.#refresh, this.poll * 1000);
  }

  /** Reloads page 1 into the list, unless hidden, disconnected or a request is in flight (then later). */
  #refresh = () => {
    clearTimeout(this.#timer);
    if (document.hidden || !this.isConnected) return; // resumes on visibilitychange / reconnection
    if (this.items && this.task.status !== TaskStatus.PENDING && !this.loadingMore) void this.task.run();
    else this.#schedule();
  };

  /** Adds a page to the list by id: no duplicates when the server's pages shift. */
  #merge(p: NotificationPage): string | undefined {
    const old = new Map((this.items ?? []).map((n) => [n.id, n]));
    const byId = new Map(old);
    for (const n of p.items) byId.set(n.id, { ...n, read: n.read || this.#allPending || this.#pending.has(n.id) });
    this.items = [...byId.values()].sort(order);
    this.#page = Math.max(this.#page, p.page);
    this.#pages = p.totalPages;
    this.#count(Math.max(0, this.#allPending ? 0 : p.unread - this.#pending.size));
    // Items are rendered by position: keep focus on the same notification when the order changes.
    const active = this.shadowRoot?.activeElement?.id;
    if (active?.startsWith('n-')) this.#focus = active.slice(2);
    return this.items.find((n) => !old.has(n.id))?.id;
  }

  #count(n: number) {
    if (n === this.unread) return;
    this.unread = n;
    this.dispatchEvent(new NotificationsUnreadChangedEvent({ count: n }));
  }

  /** Sets `read` on the loaded items `which` picks, and the count (by the change, or to `count`). */
  #setRead(which: (n: Notification) => boolean, read: boolean, count?: number) {
    const ids = new Set<string>();
    this.items = this.items?.map((n) => (n.read !== read && which(n) ? (ids.add(n.id), { ...n, read }) : n));
    if (this.items) this.#count(count ?? Math.max(0, this.unread! + (read ? -ids.size : ids.size)));
    return ids;
  }

  async #open(n: Notification) {
    this.opened = n;
    this.failure = undefined;
    const api = this.#api;
    if (n.read || !api?.markNotificationRead) return;
    // Optimistic: the UI and the count first, the request after; undone if it fails.
    this.#setRead((x) => x.id === n.id, true);
    this.#pending.add(n.id);
    try {
      const saved = await api.markNotificationRead(n.id, this.#actions.signal);
      this.dispatchEvent(new NotificationReadEvent({ notification: saved ?? { ...n, read: true } }));
      this.#channel?.postMessage({ type: 'read', id: n.id } satisfies ReadMessage);
    } catch (e) {
      if (toApiError(e).status === 404) this.items = this.items?.filter((x) => x.id !== n.id); // deleted meanwhile
      else {
        this.#setRead((x) => x.id === n.id, false);
        this.#failed(e, 'mark-read');
      }
    } finally {
      this.#pending.delete(n.id);
    }
  }

  async #readAll() {
    const api = this.#api;
    if (!this.unread || !api?.markAllNotificationsRead) return;
    const before = this.unread;
    const ids = this.#setRead(() => true, true, 0);
    this.failure = undefined;
    this.#allPending = true;
    try {
      await api.markAllNotificationsRead(this.#actions.signal);
      this.#channel?.postMessage({ type: 'all-read' } satisfies ReadMessage);
    } catch (e) {
      this.#setRead((x) => ids.has(x.id), false, before);
      this.#failed(e, 'mark-all-read');
    } finally {
      this.#allPending = false;
    }
  }

  #failed(e: unknown, operation: string) {
    if (!isAbort(e)) this.failure = `${msg('Could not mark as read.', { id: 'notifications.readFailed' })} ${errorText(e)}`;
    this.report(operation, e);
  }

  async #more() {
    const api = this.#api;
    if (this.loadingMore || !api?.listNotifications) return;
    this.loadingMore = true;
    this.failure = undefined;
    try {
      const p = await api.listNotifications(this.#page + 1, this.perPage, this.#actions.signal);
      // Focus the first new item; with none new and no more pages, the last one (the button is gone).
      this.#focus = this.#merge(p) ?? (this.#page < this.#pages ? undefined : this.items?.at(-1)?.id);
    } catch (e) {
      if (!isAbort(e)) this.failure = errorText(e);
      this.report('load-notifications', e);
    } finally {
      this.loadingMore = false;
    }
  }

  #back() {
    this.#focus = this.opened?.id;
    this.opened = undefined;
  }

  protected override updated(changed: PropertyValues) {
    const root = this.shadowRoot!;
    if (changed.has('poll')) this.#schedule();
    if (changed.has('opened') && this.opened) {
      sanitizeInto(root.querySelector('.body')!, this.opened.body).catch((e: unknown) => (this.failure = errorText(e)));
      root.querySelector('h3')!.focus();
    }
    if (this.#focus !== undefined) {
      (root.getElementById(`n-${this.#focus}`) ?? root.querySelector('h2'))?.focus();
      this.#focus = undefined;
    }
  }

  override render() {
    if (this.configError) return configView(this.configError);
    if (!this.client?.listNotifications) return nothing;
    const { task, items, opened } = this;
    return html`<div class="bar">
        <h2 tabindex="-1">${msg('Notifications', { id: 'notifications.title' })}</h2>
        ${items ? this.#badge(this.unread ?? 0) : nothing}
        ${items?.length && !opened && this.#api?.markAllNotificationsRead
          ? html`<button type="button" part="notification-mark-all" aria-disabled=${!this.unread} @click=${this.#readAll}>
              ${msg('Mark all as read', { id: 'notifications.markAll' })}
            </button>`
          : nothing}
      </div>
      ${this.failure ? html`<p part="error" role="alert">${this.failure}</p>` : nothing}
      ${items
        ? opened
          ? this.#detail(opened)
          : this.#list(items)
        : task.status === TaskStatus.ERROR
          ? errorView(task.error, () => task.run())
          : loadingView()}`;
  }

  /** The count, in a polite live region so changes are announced. */
  #badge(n: number) {
    const count = n.toLocaleString(this.locale);
    return html`<span role="status">
      ${n
        ? html`<span part="notification-badge"
            >${new Intl.PluralRules(this.locale).select(n) === 'one'
              ? msg(str`${count} unread`, { id: 'notifications.unreadOne' })
              : msg(str`${count} unread`, { id: 'notifications.unreadOther' })}</span
          >`
        : html`<span class="sr-only">${msg('No unread notifications', { id: 'notifications.noneUnread' })}</span>`}
    </span>`;
  }

  #list(items: Notification[]) {
    if (!items.length) return html`<p part="notifications-empty" class="muted">${msg('You have no notifications.', { id: 'notifications.empty' })}</p>`;
    return html`<ul part="notification-list" class="list">
        ${items.map(
          (n) => html`<li part="notification-item${n.read ? '' : ' notification-unread'}">
            <button type="button" class="item" id="n-${n.id}" @click=${() => this.#open(n)}>
              ${n.read
                ? nothing
                : html`<span class="dot" aria-hidden="true"></span><span class="sr-only">${msg('Unread:', { id: 'notifications.unreadMark' })} </span>`}
              <span part="notification-subject" class="subject">${this.#subject(n)}</span>
              ${this.#time(n.sentAt)}
            </button>
          </li>`,
        )}
      </ul>
      ${this.#page < this.#pages
        ? html`<button type="button" part="notification-more" aria-disabled=${this.loadingMore} @click=${this.#more}>
            ${this.loadingMore ? msg('Loading…', { id: 'common.loading' }) : msg('Load more', { id: 'notifications.more' })}
          </button>`
        : nothing}`;
  }

  #detail(n: Notification) {
    const href = safeUrl(n.url);
    return html`<article part="notification-detail" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#back()}>
      <button type="button" part="notification-back" @click=${this.#back}>
        <span aria-hidden="true">←</span> ${msg('Back', { id: 'notifications.back' })}
      </button>
      <h3 tabindex="-1">${this.#subject(n)}</h3>
      ${this.#time(n.sentAt)}
      <div part="notification-body" class="body"></div>
      ${href
        ? html`<p>
            <a part="notification-link" href=${href} target="_blank" rel="noopener noreferrer"
              >${msg('Open link', { id: 'notifications.link' })}<span class="sr-only"> ${msg('(opens in a new tab)', { id: 'notifications.newTab' })}</span></a
            >
          </p>`
        : nothing}
    </article>`;
  }

  #subject = (n: Notification) => n.subject.trim() || msg('(No subject)', { id: 'notifications.noSubject' });

  /** Relative time with the full date as tooltip and for assistive technology; nothing for an invalid date. */
  #time(iso: string) {
    const date = dateTime(iso, this.locale);
    return date
      ? html`<time part="notification-time" class="muted" datetime=${isoDate(iso)!} title=${date}
          ><span aria-hidden="true">${relativeTime(iso, this.locale)}</span><span class="sr-only">${date}</span></time
        >`
      : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-notifications': ProfileNotifications;
  }
}
