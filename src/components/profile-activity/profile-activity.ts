import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { ActivityEvent, Page } from '../../api/model.js';
import { LoadTask } from '../../controllers/load-task.js';
import { hostStyles } from '../../styles/host.js';
import { dateTime, isoDate, relativeTime } from '../shared/format.js';
import { ProfileElement } from '../shared/profile-element.js';
import { configView, errorView, loadingView } from '../shared/states.js';
import { styles } from './profile-activity.styles.js';

/** The parts `<user-profile>` exports from this element. */
export const ACTIVITY_PARTS =
  'activity-list, activity-item, activity-title, activity-description, activity-time, activity-empty, activity-more, activity-count, loading:activity-loading, error:activity-error, retry:activity-retry';

const key = (e: ActivityEvent) => `${e.createdAt}\n${e.title}\n${e.description}`;
/** Newest first; events without a valid date last. */
const time = (e: ActivityEvent) => Date.parse(e.createdAt) || 0;

/**
 * The user's recent account events (sign-ins, profile changes, …), newest first, a page at a time
 * with "Load more".
 *
 * Rendered only when the backend offers activity (`listActivity`; Modyo `GET /events`).
 *
 * @summary The user's recent account events.
 *
 * @fires profile-error - `{operation: 'load-activity', status, message}` when events cannot be loaded.
 * @fires profile-unauthorized - `{status}` on 401.
 *
 * @csspart activity-list - The list of events.
 * @csspart activity-item - One event.
 * @csspart activity-title - An event's title.
 * @csspart activity-description - An event's description.
 * @csspart activity-time - When an event happened (relative; the full date as its tooltip).
 * @csspart activity-empty - The message shown when there are no events.
 * @csspart activity-more - The "Load more" button.
 * @csspart activity-count - "Showing 10 of 45", announced as more load.
 * @csspart loading - The loading message.
 * @csspart error - An error message.
 * @csspart retry - The "Try again" button.
 */
export class ProfileActivity extends ProfileElement {
  static override styles = [hostStyles, styles];

  /** Events per page (default 10). */
  @property({ type: Number, attribute: 'per-page' }) perPage = 10;

  @state() private items: ActivityEvent[] = [];
  @state() private more?: Promise<unknown>;
  @state() private moreError?: unknown;
  #last?: Page<ActivityEvent>;
  #abort?: AbortController;

  private task = new LoadTask(this, {
    args: () => [this.client, this.perPage] as const,
    task: ([api, perPage], { signal }) => api?.listActivity?.(1, perPage, signal),
    onComplete: (page) => {
      this.#abort?.abort();
      this.more = this.moreError = undefined;
      this.items = [];
      if (page) this.#add(page);
    },
    onError: (e) => this.report('load-activity', e),
  });

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#abort?.abort(new DOMException('The element left the page', 'AbortError'));
  }

  #add(page: Page<ActivityEvent>) {
    // Events that arrived meanwhile shift the pages: an event seen already is not shown twice.
    const seen = new Set(this.items.map(key));
    this.items = [...this.items, ...page.items.filter((e) => !seen.has(key(e)))].sort((a, b) => time(b) - time(a));
    this.#last = page;
  }

  async #loadMore() {
    const api = this.client;
    if (this.more || !api?.listActivity || !this.#last) return;
    const signal = (this.#abort = new AbortController()).signal;
    const shown = this.items.length;
    this.moreError = undefined;
    try {
      await (this.more = api.listActivity(this.#last.page + 1, this.perPage, signal).then((p) => this.#add(p)));
      await this.updateComplete;
      // Move focus to the first new event, so keyboard users continue where the list grew.
      this.renderRoot.querySelectorAll('li')[shown]?.focus();
    } catch (e) {
      if (signal.aborted) return;
      this.moreError = e;
      this.report('load-activity', e);
    } finally {
      if (this.#abort.signal === signal) this.more = undefined; // (a reload may have replaced this one)
    }
  }

  override render() {
    const { task, client } = this;
    if (client && !client.listActivity) return nothing;
    return html`<h2>${msg('Recent activity', { id: 'activity.title' })}</h2>
      ${this.configError
        ? configView(this.configError)
        : task.status === TaskStatus.ERROR
          ? errorView(task.error, () => task.run())
          : task.status === TaskStatus.COMPLETE
            ? this.#list()
            : loadingView()}`;
  }

  #list() {
    const { items } = this;
    if (!items.length) return html`<p part="activity-empty" class="muted">${msg('No account activity yet.', { id: 'activity.empty' })}</p>`;
    const last = this.#last!;
    const total = Math.max(last.total, items.length);
    return html`<ol part="activity-list">
        ${items.map((e) => {
          const full = dateTime(e.createdAt, this.locale);
          return html`<li part="activity-item" tabindex="-1">
            <span part="activity-title">${e.title}</span>
            ${full
              ? html`<time part="activity-time" class="muted" datetime=${isoDate(e.createdAt)!} title=${full}>${relativeTime(e.createdAt, this.locale)}</time>`
              : nothing}
            ${e.description ? html`<p part="activity-description" class="muted">${e.description}</p>` : nothing}
          </li>`;
        })}
      </ol>
      <div class="more">
        ${this.moreError
          ? errorView(this.moreError, () => this.#loadMore())
          : last.page < last.totalPages
            ? html`<button type="button" part="activity-more" aria-disabled=${!!this.more} @click=${this.#loadMore}>
                ${this.more ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${msg('Load more', { id: 'activity.more' })}
              </button>`
            : nothing}
        <span part="activity-count" class="muted" role="status">${msg(str`Showing ${items.length} of ${total}`, { id: 'activity.count' })}</span>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-activity': ProfileActivity;
  }
}
