import { msg } from '@lit/localize';
import { adoptStyles, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { ActivityEvent, Page } from '../../api/model.js';
import { loadView } from '../../controllers/load-view.js';
import { LoadTask } from '../../controllers/load-task.js';
import { hostStyles } from '../../styles/host.js';
import { ProfileElement } from '../shared/profile-element.js';
import { configView, errorView, loadingView } from '../shared/states.js';

/** The parts `<user-profile>` exports from this element. */
export const ACTIVITY_PARTS =
  'activity-list, activity-item, activity-title, activity-description, activity-time, activity-empty, activity-more, activity-count, loading:activity-loading, error:activity-error, retry:activity-retry';

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
  static override styles = hostStyles;

  /** Events per page (default 10). */
  @property({ type: Number, attribute: 'per-page' }) perPage = 10;

  // The state below is internal: the list view (`profile-activity.view.ts`, loaded on demand with
  // the first page) reads and writes it.

  /** @internal The events shown, newest first. */
  @state() items: ActivityEvent[] = [];
  /** @internal The "Load more" in flight. */
  @state() more?: Promise<unknown>;
  /** @internal Why the last "Load more" failed. */
  @state() moreError?: unknown;
  /** @internal The last page loaded. */
  last?: Page<ActivityEvent>;
  /** @internal Aborts the "Load more" in flight. */
  moreAbort?: AbortController;
  /** @internal The list view, loaded with the first page. */
  view?: typeof import('./profile-activity.view.js');

  private task = new LoadTask(this, {
    args: () => [this.client, this.perPage] as const,
    task: async ([api, perPage], { signal }) => {
      if (!api?.listActivity) return undefined;
      // The view comes with the data, in parallel: no extra wait. A failed import (offline) is a network error.
      const [view, page] = await Promise.all([loadView(() => import('./profile-activity.view.js')), api.listActivity(1, perPage, signal)]);
      signal.throwIfAborted(); // left the page while the view was still loading
      // The view brings its own styles: adopted once, after the element's.
      if (!this.view) adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof ProfileActivity).elementStyles, view.styles]);
      this.view = view;
      return page;
    },
    onComplete: (page) => {
      this.moreAbort?.abort();
      this.more = this.moreError = undefined;
      this.items = [];
      if (page) this.view!.add(this, page);
    },
    onError: (e) => this.report('load-activity', e),
  });

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.moreAbort?.abort(new DOMException('The element left the page', 'AbortError'));
  }

  override render() {
    const { task, client } = this;
    if (client && !client.listActivity) return nothing;
    return html`<h2>${msg('Recent activity', { id: 'activity.title' })}</h2>
      ${this.configError
        ? configView(this.configError)
        : task.status === TaskStatus.ERROR
          ? errorView(task.error, () => task.run())
          : task.status === TaskStatus.COMPLETE && this.view
            ? this.view.render(this)
            : loadingView()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-activity': ProfileActivity;
  }
}
