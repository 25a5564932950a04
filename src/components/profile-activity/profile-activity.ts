import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LoadTask } from '../../internal/load-task.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { configView, taskView } from '../../internal/states.js';
import { loadView } from '../../internal/view.js';
import { styles } from './profile-activity.styles.js';
import type { ActivityView } from './profile-activity.view.js';

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
  static override styles = styles;

  /** Events per page (default 10). */
  @property({ type: Number, attribute: 'per-page' }) perPage = 10;

  /** The list, "Load more" and the count: created when its chunk arrives with the first page, then kept. */
  #view?: ActivityView;

  #task = new LoadTask(this, {
    args: () => [this.client, this.perPage] as const,
    task: async ([api, perPage], { signal }) => {
      if (!api?.listActivity) return undefined;
      // The view comes with the data, in parallel: no extra wait. A failed import (offline) is a network error.
      const [view, page] = await Promise.all([loadView(() => import('./profile-activity.view.js')), api.listActivity(1, perPage, signal)]);
      signal.throwIfAborted(); // left the page while the view was still loading
      this.#view ??= new view.ActivityView(this, this.services);
      return page;
    },
    // Only the latest run completes: a replaced one (even from an adapter ignoring the signal) is dropped.
    onComplete: (page) => page && this.#view!.reset(page),
    onError: (e) => this.report('load-activity', e),
  });

  override render() {
    const { client } = this;
    if (client && !client.listActivity) return nothing;
    return html`<h2>${msg('Recent activity', { id: 'activity.title' })}</h2>
      ${this.configError ? configView(this.configError) : taskView(this.#task, () => this.#view!.render())}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-activity': ProfileActivity;
  }
}
