/**
 * The content of `<profile-notifications>`, loaded on demand together with the first page: the
 * list, the detail view (with the sanitizer), read-marking, "Mark all as read", "Load more", and
 * keeping the list current (refresh on tab visibility, polling, reads from other tabs). A controller
 * of the element that owns the list.
 */
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { isAbort, toApiError } from '../../api/errors.js';
import type { Notification, NotificationPage } from '../../api/model.js';
import type { ProfileApi } from '../../api/profile-api.js';
import { NotificationReadEvent } from '../../events/notification-read.js';
import { NotificationsUnreadChangedEvent } from '../../events/notifications-unread-changed.js';
import { dateTime, isoDate, relativeTime } from '../../internal/format.js';
import { ItemTemplates } from '../../internal/item-templates.js';
import type { Services } from '../../internal/profile-element.js';
import type { SyncMessage } from '../../internal/tab-sync.js';
import { sanitizeInto } from '../../internal/sanitize.js';
import { errorText, unreadText } from '../../internal/states.js';
import { safeUrl } from '../../internal/url.js';
import { adoptViewStyles } from '../../internal/view.js';
import type { ProfileNotifications } from './profile-notifications.js';
import { styles } from './profile-notifications.view.styles.js';

const time = (n: Notification) => Date.parse(n.sentAt) || -Infinity;
/** Unread first, then read; each newest first; invalid dates last. */
const order = (a: Notification, b: Notification) => +a.read - +b.read || time(b) - time(a) || 0;

const subject = (n: Notification) => n.subject.trim() || msg('(No subject)', { id: 'notifications.noSubject' });

export class NotificationsView implements ReactiveController {
  readonly #host: ProfileNotifications;
  readonly #services: Services;
  /** Loads page 1 again unless a load is in flight; whether it did. */
  readonly #reload: () => boolean;
  /** The client the items came from. */
  #source?: ProfileApi;
  /** The loaded notifications, sorted; undefined until the first page arrives. */
  #items?: Notification[];
  #unread?: number;
  /** The notification shown in full, and the one whose body is in the DOM. */
  #opened?: Notification;
  #filled?: Notification;
  /** The last failed action, as a sentence (shown until the next action). */
  #failure?: string;
  /** A next page is loading. */
  #loadingMore = false;
  /** The last page loaded, and the server's page count. */
  #page = 1;
  #pages = 1;
  /** Ids being marked read (or every one: `#allPending`): a refresh meanwhile must not show them unread. */
  #pending = new Set<string>();
  #allPending = false;
  /** Id of the item to focus after the next render (the title when that item is gone). */
  #focusId?: string;
  /** The next poll, and the `poll` it was planned with. */
  #timer?: ReturnType<typeof setTimeout>;
  #poll = 0;
  /** Each item's template (a read one is a new object). */
  readonly #made = new ItemTemplates<Notification>();

  constructor(host: ProfileNotifications, services: Services, reload: () => boolean) {
    this.#host = host;
    this.#services = services;
    this.#reload = reload;
    adoptViewStyles(host, styles);
    host.addController(this); // (connected already: `hostConnected` runs now)
  }

  /** Follows the page until the element leaves it (its signal aborts): tab visibility, the other tabs of this account, polling. */
  hostConnected() {
    const { signal, sync } = this.#services;
    sync.listen((m) => this.#received(m), signal);
    document.addEventListener('visibilitychange', () => this.#refresh(), { signal });
    this.schedule();
  }

  hostDisconnected() {
    clearTimeout(this.#timer);
  }

  /** Whether the list (from `api`) is on screen: then refreshes happen around it. */
  shown(api: ProfileApi | undefined): boolean {
    return !!this.#items && api === this.#source;
  }

  /** Plans the next poll (every `poll` seconds, when set). */
  schedule() {
    clearTimeout(this.#timer);
    this.#poll = this.#host.poll;
    if (this.#poll > 0 && this.#host.isConnected) this.#timer = setTimeout(() => this.#refresh(), this.#poll * 1000);
  }

  /** Reloads page 1 into the list, unless hidden, disconnected or a request is in flight (then later). */
  #refresh() {
    clearTimeout(this.#timer);
    if (document.hidden || !this.#host.isConnected) return; // resumes on visibilitychange / reconnection
    if (!this.#items || this.#loadingMore || !this.#reload()) this.schedule();
  }

  /** Adds a page to the list by id (no duplicates when the server's pages shift); returns the first new id. */
  merge(p: NotificationPage, api = this.#source): string | undefined {
    if (api !== this.#source) {
      // Another client (new configuration): another list.
      this.#source = api;
      this.#items = this.#opened = undefined;
      this.#page = 1;
    }
    const old = new Map((this.#items ?? []).map((n) => [n.id, n]));
    const byId = new Map(old);
    for (const n of p.items) byId.set(n.id, { ...n, read: n.read || this.#allPending || this.#pending.has(n.id) });
    this.#items = [...byId.values()].sort(order);
    this.#page = Math.max(this.#page, p.page);
    this.#pages = p.totalPages;
    this.#count(Math.max(0, this.#allPending ? 0 : p.unread - this.#pending.size));
    // Items are rendered by position: keep focus on the same notification when the order changes.
    const active = this.#host.shadowRoot?.activeElement?.id;
    if (active?.startsWith('n-')) this.#focusId = active.slice(2);
    this.#host.requestUpdate();
    this.schedule();
    return this.#items.find((n) => !old.has(n.id))?.id;
  }

  #count(n: number) {
    if (n === this.#unread) return;
    this.#unread = n;
    this.#host.dispatchEvent(new NotificationsUnreadChangedEvent({ count: n }));
  }

  /** Sets `read` on the loaded items `which` picks, and the count (by the change, or to `n`). */
  #setRead(which: (n: Notification) => boolean, read: boolean, n?: number) {
    const ids = new Set<string>();
    this.#items = this.#items?.map((x) => (x.read !== read && which(x) ? (ids.add(x.id), { ...x, read }) : x));
    if (this.#items) this.#count(n ?? Math.max(0, this.#unread! + (read ? -ids.size : ids.size)));
    this.#host.requestUpdate();
    return ids;
  }

  /** Applies what another tab (or element) of this account read, without a request. */
  #received(m: SyncMessage) {
    if (m.type === 'all-read') this.#setRead(() => true, true, 0);
    else if (m.type === 'read') this.#setRead((n) => n.id === m.id, true);
  }

  async #open(n: Notification) {
    this.#opened = n;
    this.#failure = undefined;
    this.#host.requestUpdate();
    const api = this.#source;
    if (n.read || !api?.markNotificationRead) return;
    // Optimistic: the UI and the count first, the request after; undone if it fails.
    this.#setRead((x) => x.id === n.id, true);
    this.#pending.add(n.id);
    try {
      const saved = await api.markNotificationRead(n.id, this.#services.signal);
      this.#host.dispatchEvent(new NotificationReadEvent({ notification: saved ?? { ...n, read: true } }));
      this.#services.sync.post({ type: 'read', id: n.id });
    } catch (e) {
      if (toApiError(e).status === 404) {
        this.#items = this.#items?.filter((x) => x.id !== n.id); // deleted meanwhile
        this.#host.requestUpdate();
      } else {
        this.#setRead((x) => x.id === n.id, false);
        this.#failed(e, 'mark-read');
      }
    } finally {
      this.#pending.delete(n.id);
    }
  }

  async #readAll() {
    const api = this.#source;
    if (!this.#unread || !api?.markAllNotificationsRead) return;
    const before = this.#unread;
    const ids = this.#setRead(() => true, true, 0);
    this.#failure = undefined;
    this.#allPending = true;
    try {
      await api.markAllNotificationsRead(this.#services.signal);
      this.#services.sync.post({ type: 'all-read' });
    } catch (e) {
      this.#setRead((x) => ids.has(x.id), false, before);
      this.#failed(e, 'mark-all-read');
    } finally {
      this.#allPending = false;
    }
  }

  #failed(e: unknown, operation: string) {
    if (!isAbort(e)) this.#failure = `${msg('Could not mark as read.', { id: 'notifications.readFailed' })} ${errorText(e)}`;
    this.#services.report(operation, e);
    this.#host.requestUpdate();
  }

  async #more() {
    const api = this.#source;
    if (this.#loadingMore || !api?.listNotifications) return;
    this.#loadingMore = true;
    this.#failure = undefined;
    this.#host.requestUpdate();
    try {
      const p = await api.listNotifications(this.#page + 1, this.#host.perPage, this.#services.signal);
      // Focus the first new item; with none new and no more pages, the last one (the button is gone).
      this.#focusId = this.merge(p) ?? (this.#page < this.#pages ? undefined : this.#items?.at(-1)?.id);
    } catch (e) {
      if (!isAbort(e)) this.#failure = errorText(e);
      this.#services.report('load-notifications', e);
    } finally {
      this.#loadingMore = false;
      this.#host.requestUpdate();
    }
  }

  #back() {
    this.#focusId = this.#opened?.id;
    this.#opened = undefined;
    this.#host.requestUpdate();
  }

  /** After a render: follows a new `poll`, fills an opened notification's body and moves focus where it belongs. */
  hostUpdated() {
    const root = this.#host.shadowRoot!;
    if (this.#host.poll !== this.#poll) this.schedule();
    if (this.#opened !== this.#filled && (this.#filled = this.#opened)) {
      const n = this.#opened!;
      sanitizeInto(root.querySelector('.body')!, n.body, msg('(opens in a new tab)', { id: 'notifications.newTab' }), n.baseUrl).catch((e: unknown) => {
        this.#failure = errorText(e);
        this.#host.requestUpdate();
      });
      root.querySelector('h3')!.focus();
    }
    if (this.#focusId !== undefined) {
      (root.getElementById(`n-${this.#focusId}`) ?? root.querySelector('h2'))?.focus();
      this.#focusId = undefined;
    }
  }

  /** The loaded content: `title` (the element's heading), the count, "Mark all as read", then the list or the open notification. */
  render(title: TemplateResult) {
    const items = this.#items!;
    const opened = this.#opened;
    return html`<div class="bar">
        ${title} ${this.#badge(this.#unread ?? 0)}
        ${items.length && !opened && this.#source?.markAllNotificationsRead
          ? html`<button type="button" part="notification-mark-all" aria-disabled=${!this.#unread} @click=${() => this.#readAll()}>
              ${msg('Mark all as read', { id: 'notifications.markAll' })}
            </button>`
          : nothing}
      </div>
      ${this.#failure ? html`<p part="error" role="alert">${this.#failure}</p>` : nothing}
      ${opened ? this.#detail(opened) : this.#list(items)}`;
  }

  /** The count, in a polite live region so changes are announced. */
  #badge(n: number) {
    return html`<span role="status">
      ${n
        ? html`<span part="notification-badge">${unreadText(n, this.#services.locale)}</span>`
        : html`<span class="sr-only">${msg('No unread notifications', { id: 'notifications.noneUnread' })}</span>`}
    </span>`;
  }

  #list(items: Notification[]) {
    if (!items.length) return html`<p part="notification-empty notifications-empty" class="muted">${msg('You have no notifications.', { id: 'notifications.empty' })}</p>`;
    return html`<ul part="notification-list" class="list">
        ${items.map((n) => this.#item(n))}
      </ul>
      ${this.#page < this.#pages
        ? html`<button type="button" part="notification-more" aria-disabled=${this.#loadingMore} @click=${() => this.#more()}>
            ${this.#loadingMore ? msg('Loading…', { id: 'common.loading' }) : msg('Load more', { id: 'notifications.more' })}
          </button>`
        : nothing}`;
  }

  /** One item of the list (see {@link ItemTemplates}). */
  #item(n: Notification) {
    return this.#made.get(
      n,
      this.#services.locale,
      () => html`<li part="notification-item${n.read ? '' : ' notification-unread'}">
        <button type="button" class="item" id="n-${n.id}" @click=${() => this.#open(n)}>
          ${n.read
            ? nothing
            : html`<span class="dot" aria-hidden="true"></span><span class="sr-only">${msg('Unread:', { id: 'notifications.unreadMark' })} </span>`}
          <span part="notification-subject" class="subject">${subject(n)}</span>
          ${this.#sent(n.sentAt)}
        </button>
      </li>`,
    );
  }

  #detail(n: Notification) {
    const href = safeUrl(n.url);
    return html`<article part="notification-detail" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#back()}>
      <button type="button" part="notification-back" @click=${() => this.#back()}>
        <span aria-hidden="true">←</span> ${msg('Back', { id: 'notifications.back' })}
      </button>
      <h3 tabindex="-1">${subject(n)}</h3>
      ${this.#sent(n.sentAt)}
      <div part="notification-body" class="body"></div>
      <p role="status" class="muted">${this.#items?.some((x) => x.id === n.id) ? nothing : msg('This notification has since been deleted.', { id: 'notifications.gone' })}</p>
      ${href
        ? html`<p>
            <a part="notification-link" href=${href} target="_blank" rel="noopener noreferrer"
              >${msg('Open link', { id: 'notifications.link' })}<span class="sr-only"> ${msg('(opens in a new tab)', { id: 'notifications.newTab' })}</span></a
            >
          </p>`
        : nothing}
    </article>`;
  }

  /** Relative time with the full date as tooltip and for assistive technology; nothing for an invalid date. */
  #sent(iso: string) {
    const { locale } = this.#services;
    const date = dateTime(iso, locale);
    return date
      ? html`<time part="notification-time" class="muted" datetime=${isoDate(iso)!} title=${date}
          ><span aria-hidden="true">${relativeTime(iso, locale)}</span><span class="sr-only">${date}</span></time
        >`
      : nothing;
  }
}
