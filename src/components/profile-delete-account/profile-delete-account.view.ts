/**
 * The content of `<profile-delete-account>`, loaded on demand together with its data: the warning,
 * the confirmation dialog and the deletion, then the outcome. The element keeps the state; these
 * functions read and write it on the element they are given.
 *
 * `client` and `report` are `protected` on `ProfileElement`: read here as `el['client']`.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { toApiError } from '../../api/errors.js';
import type { FormConfig, Profile } from '../../api/model.js';
import { AccountDeletedEvent } from '../../events/account-deleted.js';
import { AccountDeletingEvent } from '../../events/account-deleting.js';
import { errorText } from '../shared/states.js';
import type { ProfileDeleteAccount as El } from './profile-delete-account.js';

const $ = <T extends HTMLElement>(el: El, selector: string) => el.renderRoot.querySelector<T>(selector);
const dialog = (el: El) => $<HTMLDialogElement>(el, 'dialog')!;

function open(el: El) {
  el.typed = '';
  el.failure = undefined;
  dialog(el).showModal();
}

async function remove(el: El, e: SubmitEvent, expected: string) {
  e.preventDefault();
  const api = el['client'];
  // One request, whatever the clicks or the held-down Enter key.
  if (el.busy || !api || el.typed !== expected || !el.dispatchEvent(new AccountDeletingEvent({}))) return;
  el.busy = true;
  el.failure = undefined;
  try {
    const result = await api.deleteAccount(el.connection.signal);
    dialog(el).close();
    el.result = result;
    el.dispatchEvent(new AccountDeletedEvent(result === 'pending' ? { pending: true } : {}));
    await el.updateComplete;
    $(el, '[part~=delete-done]')?.focus();
  } catch (err) {
    // The dialog stays open with what was typed and why it failed.
    el['report']('delete-account', err);
    const { status, kind } = toApiError(err);
    if (status === 501 || kind === 'unsupported') {
      dialog(el).close();
      el.unsupported = true;
      await el.updateComplete;
      $(el, '[part~=delete-text]')?.focus();
    } else el.failure = err;
  } finally {
    el.busy = false;
  }
}

/** The loaded content: the outcome once deleted, else the warning, the opener and the dialog. */
export function render(el: El, config: FormConfig, profile: Profile) {
  if (el.result) {
    return html`<p part="delete-done" role="status" tabindex="-1">
      ${el.result === 'deleted'
        ? msg('Your account has been deleted.', { id: 'delete.done' })
        : msg('Your account deletion is in progress.', { id: 'delete.pending' })}
    </p>`;
  }
  if (config.deleteUnsupported || el.unsupported) {
    return html`<p part="delete-text" role="status" tabindex="-1">${msg('Your account cannot be deleted here. Contact your organisation to delete it.', { id: 'delete.unsupported' })}</p>`;
  }
  const expected = profile.username || profile.email || profile.id;
  const error = el.failure ? errorText(el.failure) : '';
  return html`<p part="delete-text">
      ${msg('Deleting your account is permanent: your profile, preferences, subscriptions and notifications are erased and cannot be recovered, and you are signed out.', { id: 'delete.warning' })}
    </p>
    <button class="danger" part="delete-open" aria-haspopup="dialog" @click=${() => open(el)}>${msg('Delete account…', { id: 'delete.open' })}</button>
    <dialog part="delete-dialog" aria-labelledby="t" @cancel=${(e: Event) => el.busy && e.preventDefault()} @close=${() => $(el, '[part~=delete-open]')?.focus()}>
      <form novalidate @submit=${(e: SubmitEvent) => remove(el, e, expected)}>
        <h3 id="t">${msg('Delete your account permanently?', { id: 'delete.confirmTitle' })}</h3>
        <p>${msg('This cannot be undone.', { id: 'delete.undone' })}</p>
        <label for="c">
          ${profile.username
            ? msg(str`To confirm, type your username: ${expected}`, { id: 'delete.typeUsername' })
            : profile.email
              ? msg(str`To confirm, type your email address: ${expected}`, { id: 'delete.typeEmail' })
              : msg(str`To confirm, type your account ID: ${expected}`, { id: 'delete.typeId' })}
        </label>
        <input part="delete-input" id="c" autocomplete="off" autocapitalize="none" spellcheck="false" .value=${el.typed}
          aria-describedby=${error ? 'e' : nothing} @input=${(e: Event) => (el.typed = (e.target as HTMLInputElement).value)} />
        ${error ? html`<p part="delete-error" id="e" role="alert">${error}</p>` : nothing}
        <div class="actions">
          <button type="button" part="delete-cancel" @click=${() => el.busy || dialog(el).close()}>${msg('Cancel', { id: 'delete.cancel' })}</button>
          <button class="danger" part="delete-confirm" ?disabled=${el.typed !== expected} aria-disabled=${el.busy} aria-busy=${el.busy}>
            ${el.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${msg('Delete my account', { id: 'delete.confirm' })}
          </button>
        </div>
      </form>
    </dialog>`;
}
