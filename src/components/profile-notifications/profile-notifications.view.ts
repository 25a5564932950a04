/**
 * The content of `<profile-notifications>`, loaded on demand together with the first page: the
 * list, the detail view (with the sanitizer), read-marking, "Mark all as read", "Load more", and
 * keeping the list current (refresh on tab visibility, polling, reads from other tabs). The element
 * keeps the state; these functions read and write it on the element they are given.
 *
 * `locale` and `report` are `protected` on `ProfileElement`: read here as `el['locale']`.
 */
import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { isAbort, toApiError } from '../../api/errors.js';
import type { Notification, NotificationPage } from '../../api/model.js';
import { NotificationReadEvent } from '../../events/notification-read.js';
import { NotificationsUnreadChangedEvent } from '../../events/notifications-unread-changed.js';
import { dateTime, isoDate, relativeTime } from '../shared/format.js';
import { safeUrl } from '../shared/safe-url.js';
import { sanitizeInto } from '../shared/sanitize.js';
import { errorText, unreadText } from '../shared/states.js';
import type { ProfileNotifications as El } from './profile-notifications.js';

export { styles } from './profile-notifications.view.styles.js';

/** Message posted on `BroadcastChannel('profile-elements')` so other tabs apply a read without a request. */
export type ReadMessage = { type: 'read'; id: string } | { type: 'all-read' };

/** Follows the page until the element leaves it (`actions` aborts): tab visibility, the other tabs, polling. */
export function connect(el: El) {
  const { signal } = (el.actions = new AbortController());
  const channel = (el.channel = new BroadcastChannel('profile-elements'));
  channel.onmessage = ({ data }: MessageEvent<ReadMessage>) => received(el, data);
  signal.addEventListener('abort', () => channel.close());
  document.addEventListener('visibilitychange', () => refresh(el), { signal });
  schedule(el);
}

/** Plans the next poll (every `poll` seconds, when set). */
export function schedule(el: El) {
  clearTimeout(el.timer);
  if (el.poll > 0 && el.isConnected) el.timer = setTimeout(() => refresh(el), el.poll * 1000);
}

/** Reloads page 1 into the list, unless hidden, disconnected or a request is in flight (then later). */
function refresh(el: El) {
  clearTimeout(el.timer);
  if (document.hidden || !el.isConnected) return; // resumes on visibilitychange / reconnection
  if (el.items && el.task.status !== TaskStatus.PENDING && !el.loadingMore) void el.task.run();
  else schedule(el);
}

const time = (n: Notification) => Date.parse(n.sentAt) || -Infinity;
/** Unread first, then read; each newest first; invalid dates last. */
const order = (a: Notification, b: Notification) => +a.read - +b.read || time(b) - time(a) || 0;

/** Adds a page to the list by id (no duplicates when the server's pages shift); returns the first new id. */
export function merge(el: El, p: NotificationPage): string | undefined {
  const old = new Map((el.items ?? []).map((n) => [n.id, n]));
  const byId = new Map(old);
  for (const n of p.items) byId.set(n.id, { ...n, read: n.read || el.allPending || el.pending.has(n.id) });
  el.items = [...byId.values()].sort(order);
  el.page = Math.max(el.page, p.page);
  el.pages = p.totalPages;
  count(el, Math.max(0, el.allPending ? 0 : p.unread - el.pending.size));
  // Items are rendered by position: keep focus on the same notification when the order changes.
  const active = el.shadowRoot?.activeElement?.id;
  if (active?.startsWith('n-')) el.focusId = active.slice(2);
  return el.items.find((n) => !old.has(n.id))?.id;
}

function count(el: El, n: number) {
  if (n === el.unread) return;
  el.unread = n;
  el.dispatchEvent(new NotificationsUnreadChangedEvent({ count: n }));
}

/** Sets `read` on the loaded items `which` picks, and the count (by the change, or to `n`). */
function setRead(el: El, which: (n: Notification) => boolean, read: boolean, n?: number) {
  const ids = new Set<string>();
  el.items = el.items?.map((x) => (x.read !== read && which(x) ? (ids.add(x.id), { ...x, read }) : x));
  if (el.items) count(el, n ?? Math.max(0, el.unread! + (read ? -ids.size : ids.size)));
  return ids;
}

/** Applies what another tab (or element) read, without a request. */
function received(el: El, data: ReadMessage | undefined) {
  if (data?.type === 'all-read') setRead(el, () => true, true, 0);
  else if (data?.type === 'read') setRead(el, (n) => n.id === data.id, true);
}

async function open(el: El, n: Notification) {
  el.opened = n;
  el.failure = undefined;
  const api = el.source;
  if (n.read || !api?.markNotificationRead) return;
  // Optimistic: the UI and the count first, the request after; undone if it fails.
  setRead(el, (x) => x.id === n.id, true);
  el.pending.add(n.id);
  try {
    const saved = await api.markNotificationRead(n.id, el.actions.signal);
    el.dispatchEvent(new NotificationReadEvent({ notification: saved ?? { ...n, read: true } }));
    el.channel?.postMessage({ type: 'read', id: n.id } satisfies ReadMessage);
  } catch (e) {
    if (toApiError(e).status === 404) el.items = el.items?.filter((x) => x.id !== n.id); // deleted meanwhile
    else {
      setRead(el, (x) => x.id === n.id, false);
      failed(el, e, 'mark-read');
    }
  } finally {
    el.pending.delete(n.id);
  }
}

async function readAll(el: El) {
  const api = el.source;
  if (!el.unread || !api?.markAllNotificationsRead) return;
  const before = el.unread;
  const ids = setRead(el, () => true, true, 0);
  el.failure = undefined;
  el.allPending = true;
  try {
    await api.markAllNotificationsRead(el.actions.signal);
    el.channel?.postMessage({ type: 'all-read' } satisfies ReadMessage);
  } catch (e) {
    setRead(el, (x) => ids.has(x.id), false, before);
    failed(el, e, 'mark-all-read');
  } finally {
    el.allPending = false;
  }
}

function failed(el: El, e: unknown, operation: string) {
  if (!isAbort(e)) el.failure = `${msg('Could not mark as read.', { id: 'notifications.readFailed' })} ${errorText(e)}`;
  el['report'](operation, e);
}

async function more(el: El) {
  const api = el.source;
  if (el.loadingMore || !api?.listNotifications) return;
  el.loadingMore = true;
  el.failure = undefined;
  try {
    const p = await api.listNotifications(el.page + 1, el.perPage, el.actions.signal);
    // Focus the first new item; with none new and no more pages, the last one (the button is gone).
    el.focusId = merge(el, p) ?? (el.page < el.pages ? undefined : el.items?.at(-1)?.id);
  } catch (e) {
    if (!isAbort(e)) el.failure = errorText(e);
    el['report']('load-notifications', e);
  } finally {
    el.loadingMore = false;
  }
}

function back(el: El) {
  el.focusId = el.opened?.id;
  el.opened = undefined;
}

/** After a render: fills an opened notification's body and moves focus where it belongs. */
export function updated(el: El, changed: PropertyValues<El>) {
  const root = el.shadowRoot!;
  if (changed.has('poll')) schedule(el);
  if (changed.has('opened') && el.opened) {
    sanitizeInto(root.querySelector('.body')!, el.opened.body, msg('(opens in a new tab)', { id: 'notifications.newTab' }), el.opened.baseUrl).catch((e: unknown) => (el.failure = errorText(e)));
    root.querySelector('h3')!.focus();
  }
  if (el.focusId !== undefined) {
    (root.getElementById(`n-${el.focusId}`) ?? root.querySelector('h2'))?.focus();
    el.focusId = undefined;
  }
}

/** The loaded content: `title` (the element's heading), the count, "Mark all as read", then the list or the open notification. */
export function render(el: El, title: TemplateResult) {
  const { items, opened } = el;
  return html`<div class="bar">
      ${title} ${badge(el, el.unread ?? 0)}
      ${items!.length && !opened && el.source?.markAllNotificationsRead
        ? html`<button type="button" part="notification-mark-all" aria-disabled=${!el.unread} @click=${() => readAll(el)}>
            ${msg('Mark all as read', { id: 'notifications.markAll' })}
          </button>`
        : nothing}
    </div>
    ${el.failure ? html`<p part="error" role="alert">${el.failure}</p>` : nothing}
    ${opened ? detail(el, opened) : list(el, items!)}`;
}

/** The count, in a polite live region so changes are announced. */
function badge(el: El, n: number) {
  return html`<span role="status">
    ${n
      ? html`<span part="notification-badge">${unreadText(n, el['locale'])}</span>`
      : html`<span class="sr-only">${msg('No unread notifications', { id: 'notifications.noneUnread' })}</span>`}
  </span>`;
}

function list(el: El, items: Notification[]) {
  if (!items.length) return html`<p part="notifications-empty" class="muted">${msg('You have no notifications.', { id: 'notifications.empty' })}</p>`;
  return html`<ul part="notification-list" class="list">
      ${items.map(
        (n) => html`<li part="notification-item${n.read ? '' : ' notification-unread'}">
          <button type="button" class="item" id="n-${n.id}" @click=${() => open(el, n)}>
            ${n.read
              ? nothing
              : html`<span class="dot" aria-hidden="true"></span><span class="sr-only">${msg('Unread:', { id: 'notifications.unreadMark' })} </span>`}
            <span part="notification-subject" class="subject">${subject(n)}</span>
            ${sent(el, n.sentAt)}
          </button>
        </li>`,
      )}
    </ul>
    ${el.page < el.pages
      ? html`<button type="button" part="notification-more" aria-disabled=${el.loadingMore} @click=${() => more(el)}>
          ${el.loadingMore ? msg('Loading…', { id: 'common.loading' }) : msg('Load more', { id: 'notifications.more' })}
        </button>`
      : nothing}`;
}

function detail(el: El, n: Notification) {
  const href = safeUrl(n.url);
  return html`<article part="notification-detail" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && back(el)}>
    <button type="button" part="notification-back" @click=${() => back(el)}>
      <span aria-hidden="true">←</span> ${msg('Back', { id: 'notifications.back' })}
    </button>
    <h3 tabindex="-1">${subject(n)}</h3>
    ${sent(el, n.sentAt)}
    <div part="notification-body" class="body"></div>
    <p role="status" class="muted">${el.items?.some((x) => x.id === n.id) ? nothing : msg('This notification has since been deleted.', { id: 'notifications.gone' })}</p>
    ${href
      ? html`<p>
          <a part="notification-link" href=${href} target="_blank" rel="noopener noreferrer"
            >${msg('Open link', { id: 'notifications.link' })}<span class="sr-only"> ${msg('(opens in a new tab)', { id: 'notifications.newTab' })}</span></a
          >
        </p>`
      : nothing}
  </article>`;
}

const subject = (n: Notification) => n.subject.trim() || msg('(No subject)', { id: 'notifications.noSubject' });

/** Relative time with the full date as tooltip and for assistive technology; nothing for an invalid date. */
function sent(el: El, iso: string) {
  const locale = el['locale'];
  const date = dateTime(iso, locale);
  return date
    ? html`<time part="notification-time" class="muted" datetime=${isoDate(iso)!} title=${date}
        ><span aria-hidden="true">${relativeTime(iso, locale)}</span><span class="sr-only">${date}</span></time
      >`
    : nothing;
}
