import { msg, str } from '@lit/localize';
import type { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { isAbort, serverWords, toApiError } from '../api/errors.js';
import { intl, number } from './intl.js';

/**
 * A sentence for the user about a failed request: a refusal (4xx) in the server's own words where it
 * gave some (a SCIM `detail`, a Modyo `error`, a Bird `message`), else by what failed.
 */
export function errorText(e: unknown): string {
  const err = toApiError(e);
  const { status, kind, retryAfter } = err;
  if (kind === 'timeout') return msg('The server took too long to answer. Try again.', { id: 'err.timeout' });
  if (status === -1) return msg('The server could not be reached. Check your connection and try again.', { id: 'err.network' });
  if (kind === 'parse' || kind === 'shape') return msg('The server sent an answer we could not read. Try again later.', { id: 'err.shape' });
  if (kind === 'gone') return msg('This account has been deleted.', { id: 'err.gone' });
  // (A 401 is the signed-out state; a 429 says when to try again.)
  const words = status >= 400 && status < 500 && status !== 401 && status !== 429 ? serverWords(err) : undefined;
  if (words) return /[.!?…]$/.test(words) ? words : `${words}.`;
  // Not implemented by this server: no use trying again.
  if (kind === 'unsupported' || status === 501) return msg('This server does not offer this.', { id: 'err.unsupported' });
  switch (status) {
    case 401:
      return msg('Your session has ended. Sign in again to see your profile.', { id: 'err.401' });
    case 403:
      return msg('You do not have permission to do this.', { id: 'err.403' });
    case 404:
      return msg('This was not found. It may have been removed.', { id: 'err.404' });
    case 409:
      return msg('This changed somewhere else meanwhile. Reload and try again.', { id: 'err.409' });
    case 400:
    case 422:
      return msg('Some values were not accepted. Check the fields marked below.', { id: 'err.422' });
    case 429:
      return retryAfter
        ? msg(str`Too many requests. Try again in ${retryAfter} seconds.`, { id: 'err.429s' })
        : msg('Too many requests. Wait a moment and try again.', { id: 'err.429' });
  }
  return msg('Something went wrong on the server. Try again in a moment.', { id: 'err.server' });
}

/** "1 unread" / "12 unread", with the locale's plural rules and digits (the badge in the header and in the notifications). */
export function unreadText(n: number, locale: string): string {
  const count = number(n, locale);
  return intl(Intl.PluralRules, locale).select(n) === 'one'
    ? msg(str`${count} unread`, { id: 'notifications.unreadOne' })
    : msg(str`${count} unread`, { id: 'notifications.unreadOther' });
}

/** The loading state of a data view: announced politely, with a visible spinner and text. */
export const loadingView = (label = msg('Loading…', { id: 'common.loading' })): TemplateResult =>
  html`<p part="loading" role="status" class="muted"><span class="spinner" aria-hidden="true"></span>${label}</p>`;

/** Whether trying again could help: not for what the server does not implement (501). */
const retryable = (e: unknown) => {
  const { status, kind } = toApiError(e);
  return kind !== 'unsupported' && kind !== 'gone' && status !== 501;
};

/** The error state of a data view: what happened, and a way to try again (where that can help). */
export const errorView = (e: unknown, retry: () => void): TemplateResult =>
  // An aborted load (the element left the page; it loads again when it comes back) is no failure.
  isAbort(e)
    ? loadingView()
    : html`<div part="error" role="alert">
    <p>${errorText(e)}</p>
    ${retryable(e) ? html`<button type="button" part="retry" @click=${retry}>${msg('Try again', { id: 'common.retry' })}</button>` : nothing}
  </div>`;

/** The view when a required config attribute is missing: tells the site owner which one. */
export const configView = (attr: string): TemplateResult =>
  html`<p part="error" role="alert">${attr === 'user-id'
    ? msg('Administrator mode ("user-id") needs dialect="scim".', { id: 'common.configAdmin' })
    : msg(str`This profile is not configured: set the "${attr}" attribute.`, { id: 'common.config' })}</p>`;

/**
 * A data task's four states with the shared views: loading (initial, pending, or complete without a
 * value yet), the error with "Try again", and `complete(value)`. While a task that has a value runs
 * again (a refresh), its last value stays on screen.
 */
export function taskView<T>(task: Task<readonly unknown[], T>, complete: (value: T) => unknown): unknown {
  const content = (v: T | undefined) => (v === undefined ? loadingView() : complete(v));
  return task.render({
    initial: () => loadingView(),
    pending: () => content(task.value),
    complete: content,
    error: (e) => errorView(e, () => void task.run()),
  });
}
