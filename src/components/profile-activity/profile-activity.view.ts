/**
 * The list of `<profile-activity>`, loaded on demand together with the first page: the events,
 * "Load more" and the count. A controller of the element that owns the list.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ActivityEvent, Page } from '../../api/model.js';
import { dateTime, isoDate, relativeTime } from '../../internal/format.js';
import { number } from '../../internal/intl.js';
import { ItemTemplates } from '../../internal/item-templates.js';
import type { Services } from '../../internal/profile-element.js';
import { errorView } from '../../internal/states.js';
import { adoptViewStyles } from '../../internal/view.js';
import type { ProfileActivity } from './profile-activity.js';
import { styles } from './profile-activity.view.styles.js';

const key = (e: ActivityEvent) => `${e.createdAt}\n${e.title}\n${e.description}`;
/** Newest first; events without a valid date last. */
const time = (e: ActivityEvent) => Date.parse(e.createdAt) || 0;

export class ActivityView {
  readonly #host: ProfileActivity;
  readonly #services: Services;
  /** The events shown, newest first. */
  #items: ActivityEvent[] = [];
  /** The last page loaded. */
  #last!: Page<ActivityEvent>;
  /** The "Load more" in flight, and what aborts it (leaving the page, or a reload of page 1). */
  #more?: AbortController;
  /** Why the last "Load more" failed. */
  #moreError?: unknown;
  /** Each event's template. */
  readonly #made = new ItemTemplates<ActivityEvent>();

  constructor(host: ProfileActivity, services: Services) {
    this.#host = host;
    this.#services = services;
    adoptViewStyles(host, styles);
  }

  /** Starts the list again from page 1 (a reload replaces a "Load more" in flight). */
  reset(page: Page<ActivityEvent>) {
    this.#more?.abort();
    this.#more = this.#moreError = undefined;
    this.#items = [];
    this.#add(page);
  }

  #add(page: Page<ActivityEvent>) {
    // Events that arrived meanwhile shift the pages: an event seen already is not shown twice.
    const seen = new Set(this.#items.map(key));
    this.#items = [...this.#items, ...page.items.filter((e) => !seen.has(key(e)))].sort((a, b) => time(b) - time(a));
    this.#last = page;
    this.#host.requestUpdate();
  }

  async #loadMore() {
    const api = this.#services.client;
    if (this.#more || !api?.listActivity) return;
    const more = (this.#more = new AbortController());
    const signal = AbortSignal.any([more.signal, this.#services.signal]);
    const shown = this.#items.length;
    this.#moreError = undefined;
    this.#host.requestUpdate();
    try {
      this.#add(await api.listActivity(this.#last.page + 1, this.#host.perPage, signal));
      await this.#host.updateComplete;
      // Move focus to the first new event, so keyboard users continue where the list grew.
      this.#host.renderRoot.querySelectorAll('li')[shown]?.focus();
    } catch (e) {
      if (signal.aborted) return;
      this.#moreError = e;
      this.#services.report('load-activity', e);
    } finally {
      if (this.#more === more) this.#more = undefined;
      this.#host.requestUpdate();
    }
  }

  /** One event of the list (see {@link ItemTemplates}). */
  #item(e: ActivityEvent, locale: string) {
    return this.#made.get(e, locale, () => {
      const full = dateTime(e.createdAt, locale);
      return html`<li part="activity-item" tabindex="-1">
        <span part="activity-title">${e.title}</span>
        ${full
          ? html`<time part="activity-time" class="muted" datetime=${isoDate(e.createdAt)!} title=${full}>${relativeTime(e.createdAt, locale)}</time
              ><span class="sr-only">, ${full}</span>`
          : nothing}
        ${e.description ? html`<p part="activity-description" class="muted">${e.description}</p>` : nothing}
      </li>`;
    });
  }

  /** The events, newest first, with "Load more" and "Showing 10 of 45". */
  render() {
    const items = this.#items;
    if (!items.length) return html`<p part="activity-empty" class="muted">${msg('No account activity yet.', { id: 'activity.empty' })}</p>`;
    const { locale } = this.#services;
    const last = this.#last;
    const total = Math.max(last.total, items.length);
    return html`<ol part="activity-list">
        ${items.map((e) => this.#item(e, locale))}
      </ol>
      <div class="more">
        ${this.#moreError
          ? errorView(this.#moreError, () => this.#loadMore())
          : last.page < last.totalPages
            ? html`<button type="button" part="activity-more" aria-disabled=${!!this.#more} @click=${() => this.#loadMore()}>
                ${this.#more ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${msg('Load more', { id: 'activity.more' })}
              </button>`
            : nothing}
        <span part="activity-count" class="muted" role="status">${msg(str`Showing ${number(items.length, locale)} of ${number(total, locale)}`, { id: 'activity.count' })}</span>
      </div>`;
  }
}
