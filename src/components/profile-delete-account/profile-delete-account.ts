import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { toApiError } from '../../api/errors.js';
import type { DeleteResult } from '../../api/model.js';
import { FormConnection } from '../../controllers/form-connection.js';
import { LoadTask } from '../../controllers/load-task.js';
import { AccountDeletedEvent } from '../../events/account-deleted.js';
import { AccountDeletingEvent } from '../../events/account-deleting.js';
import { hostStyles } from '../../styles/host.js';
import { ProfileElement } from '../shared/profile-element.js';
import { configView, errorText, errorView, loadingView } from '../shared/states.js';
import { styles } from './profile-delete-account.styles.js';

/** The parts `<user-profile>` exports from this element. */
export const DELETE_PARTS = 'text open dialog input error cancel confirm done'
  .split(' ')
  .map((p) => `delete-${p}`)
  .join();

/**
 * Permanent account deletion with typed confirmation: a native modal dialog whose delete button
 * is enabled only once the user has typed their username (or their email where there is none).
 *
 * Hidden (the host gets `hidden`) when the realm does not allow deletion; says so, without a
 * button, when the backend cannot delete accounts (SCIM 501).
 *
 * @summary Permanent account deletion with typed confirmation.
 *
 * @fires account-deleting - `{}` before the request; cancelable: `preventDefault()` sends nothing.
 * @fires account-deleted - `{}` once the server accepted the deletion (done, or in progress).
 * @fires profile-error - `{operation: 'delete-account' | 'load-delete', status, message}` when a request fails.
 * @fires profile-unauthorized - `{status}` on 401.
 *
 * @csspart delete-text - What deletion means (or that the account cannot be deleted here).
 * @csspart delete-open - The button that opens the confirmation dialog.
 * @csspart delete-dialog - The confirmation dialog.
 * @csspart delete-input - The field where the user types their username or email.
 * @csspart delete-error - Why the deletion failed, inside the dialog.
 * @csspart delete-cancel - The dialog's cancel button.
 * @csspart delete-confirm - The dialog's delete button.
 * @csspart delete-done - The message shown once the account is deleted (or being deleted).
 * @csspart loading - The loading message.
 * @csspart error - A loading error.
 * @csspart retry - The "Try again" button.
 *
 * @cssprop --profile-color-danger - The delete buttons.
 * @cssprop --profile-radius - Corner radius of the dialog.
 * @cssprop --profile-spacing - Base spacing unit.
 */
export class ProfileDeleteAccount extends ProfileElement {
  static override styles = [hostStyles, styles];

  @state() private typed = '';
  @state() private busy = false;
  @state() private failure?: unknown;
  @state() private result?: DeleteResult;
  @state() private unsupported = false;
  #connection = new FormConnection(this);

  private task = new LoadTask(this, {
    // Inside <user-profile>, wait for its one GET /me rather than making a second.
    args: () => [this.client, !this.shared || !!this.shared.profile] as const,
    task: ([api, ready], { signal }) => (api && ready ? Promise.all([this.formConfig(api, signal), this.profileFrom(api, signal)]) : undefined),
    onError: (e) => this.report('load-delete', e),
  });

  #$ = <T extends HTMLElement>(s: string) => this.renderRoot.querySelector<T>(s);

  protected override updated() {
    const config = this.task.value?.[0];
    if (config) this.hidden = !config.canDelete && !config.deleteUnsupported;
  }

  #open() {
    this.typed = '';
    this.failure = undefined;
    this.#$<HTMLDialogElement>('dialog')!.showModal();
  }

  async #delete(e: SubmitEvent, expected: string) {
    e.preventDefault();
    const api = this.client;
    // One request, whatever the clicks or the held-down Enter key.
    if (this.busy || !api || this.typed !== expected || !this.dispatchEvent(new AccountDeletingEvent({}))) return;
    this.busy = true;
    this.failure = undefined;
    try {
      const result = await api.deleteAccount(this.#connection.signal);
      this.#$<HTMLDialogElement>('dialog')!.close();
      this.result = result;
      this.dispatchEvent(new AccountDeletedEvent(result === 'pending' ? { pending: true } : {}));
      await this.updateComplete;
      this.#$('[part~=delete-done]')?.focus();
    } catch (err) {
      // The dialog stays open with what was typed and why it failed.
      this.report('delete-account', err);
      const { status, kind } = toApiError(err);
      if (status === 501 || kind === 'unsupported') {
        this.#$<HTMLDialogElement>('dialog')!.close();
        this.unsupported = true;
        await this.updateComplete;
        this.#$('[part~=delete-text]')?.focus();
      } else this.failure = err;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const { task } = this;
    const [config, profile] = task.value ?? [];
    if (config && !config.canDelete && !config.deleteUnsupported) return nothing;
    return html`<h2>${msg('Delete account', { id: 'delete.title' })}</h2>
      ${this.configError
        ? configView(this.configError)
        : task.status === TaskStatus.ERROR
          ? errorView(task.error, () => task.run())
          : !config || !profile
            ? loadingView()
            : this.result
              ? html`<p part="delete-done" role="status" tabindex="-1">
                  ${this.result === 'deleted'
                    ? msg('Your account has been deleted.', { id: 'delete.done' })
                    : msg('Your account deletion is in progress.', { id: 'delete.pending' })}
                </p>`
              : config.deleteUnsupported || this.unsupported
                ? html`<p part="delete-text" role="status" tabindex="-1">${msg('Your account cannot be deleted here. Contact your organisation to delete it.', { id: 'delete.unsupported' })}</p>`
                : this.#content(profile.username || profile.email || profile.id, !profile.username && !!profile.email)}`;
  }

  #content(expected: string, byEmail: boolean) {
    const error = this.failure ? errorText(this.failure) : '';
    return html`<p part="delete-text">
        ${msg('Deleting your account is permanent: your profile, preferences, subscriptions and notifications are erased and cannot be recovered, and you are signed out.', { id: 'delete.warning' })}
      </p>
      <button class="danger" part="delete-open" aria-haspopup="dialog" @click=${this.#open}>${msg('Delete account…', { id: 'delete.open' })}</button>
      <dialog part="delete-dialog" aria-labelledby="t" @cancel=${(e: Event) => this.busy && e.preventDefault()} @close=${() => this.#$('[part~=delete-open]')?.focus()}>
        <form novalidate @submit=${(e: SubmitEvent) => this.#delete(e, expected)}>
          <h3 id="t">${msg('Delete your account permanently?', { id: 'delete.confirmTitle' })}</h3>
          <p>${msg('This cannot be undone.', { id: 'delete.undone' })}</p>
          <label for="c">
            ${byEmail
              ? msg(str`To confirm, type your email address: ${expected}`, { id: 'delete.typeEmail' })
              : msg(str`To confirm, type your username: ${expected}`, { id: 'delete.typeUsername' })}
          </label>
          <input part="delete-input" id="c" autocomplete="off" autocapitalize="none" spellcheck="false" .value=${this.typed}
            aria-describedby=${error ? 'e' : nothing} @input=${(e: Event) => (this.typed = (e.target as HTMLInputElement).value)} />
          ${error ? html`<p part="delete-error" id="e" role="alert">${error}</p>` : nothing}
          <div class="actions">
            <button type="button" part="delete-cancel" @click=${() => this.busy || this.#$<HTMLDialogElement>('dialog')!.close()}>${msg('Cancel', { id: 'delete.cancel' })}</button>
            <button class="danger" part="delete-confirm" ?disabled=${this.typed !== expected} aria-disabled=${this.busy} aria-busy=${this.busy}>
              ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${msg('Delete my account', { id: 'delete.confirm' })}
            </button>
          </div>
        </form>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-delete-account': ProfileDeleteAccount;
  }
}
