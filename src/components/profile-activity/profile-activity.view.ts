/**
 * The list of `<profile-activity>`, loaded on demand together with the first page: the events,
 * "Load more" and the count. The element keeps the state; these functions read and write it on
 * the element they are given.
 *
 * `client`, `locale` and `report` are `protected` on `ProfileElement`: read here as `el['client']`.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ActivityEvent, Page } from '../../api/model.js';
import { dateTime, isoDate, relativeTime } from '../shared/format.js';
import { errorView } from '../shared/states.js';
import type { ProfileActivity as El } from './profile-activity.js';

export { styles } from './profile-activity.styles.js';

const key = (e: ActivityEvent) => `${e.createdAt}\n${e.title}\n${e.description}`;
/** Newest first; events without a valid date last. */
const time = (e: ActivityEvent) => Date.parse(e.createdAt) || 0;

/** Adds a page to the list. */
export function add(el: El, page: Page<ActivityEvent>) {
  // Events that arrived meanwhile shift the pages: an event seen already is not shown twice.
  const seen = new Set(el.items.map(key));
  el.items = [...el.items, ...page.items.filter((e) => !seen.has(key(e)))].sort((a, b) => time(b) - time(a));
  el.last = page;
}

async function loadMore(el: El) {
  const api = el['client'];
  if (el.more || !api?.listActivity || !el.last) return;
  const abort = (el.moreAbort = new AbortController());
  const shown = el.items.length;
  el.moreError = undefined;
  try {
    await (el.more = api.listActivity(el.last.page + 1, el.perPage, abort.signal).then((p) => add(el, p)));
    await el.updateComplete;
    // Move focus to the first new event, so keyboard users continue where the list grew.
    el.renderRoot.querySelectorAll('li')[shown]?.focus();
  } catch (e) {
    if (abort.signal.aborted) return;
    el.moreError = e;
    el['report']('load-activity', e);
  } finally {
    if (el.moreAbort === abort) el.more = undefined; // (a reload may have replaced this one)
  }
}

/** The events, newest first, with "Load more" and "Showing 10 of 45". */
export function render(el: El) {
  const { items } = el;
  if (!items.length) return html`<p part="activity-empty" class="muted">${msg('No account activity yet.', { id: 'activity.empty' })}</p>`;
  const locale = el['locale'];
  const last = el.last!;
  const total = Math.max(last.total, items.length);
  return html`<ol part="activity-list">
      ${items.map((e) => {
        const full = dateTime(e.createdAt, locale);
        return html`<li part="activity-item" tabindex="-1">
          <span part="activity-title">${e.title}</span>
          ${full
            ? html`<time part="activity-time" class="muted" datetime=${isoDate(e.createdAt)!} title=${full}>${relativeTime(e.createdAt, locale)}</time
                ><span class="sr-only">, ${full}</span>`
            : nothing}
          ${e.description ? html`<p part="activity-description" class="muted">${e.description}</p>` : nothing}
        </li>`;
      })}
    </ol>
    <div class="more">
      ${el.moreError
        ? errorView(el.moreError, () => loadMore(el))
        : last.page < last.totalPages
          ? html`<button type="button" part="activity-more" aria-disabled=${!!el.more} @click=${() => loadMore(el)}>
              ${el.more ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${msg('Load more', { id: 'activity.more' })}
            </button>`
          : nothing}
      <span part="activity-count" class="muted" role="status">${msg(str`Showing ${items.length.toLocaleString(locale)} of ${total.toLocaleString(locale)}`, { id: 'activity.count' })}</span>
    </div>`;
}
