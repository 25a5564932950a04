/**
 * The content of `<profile-delete-account>`, loaded on demand together with its data: the warning,
 * the confirmation dialog and the deletion, then the outcome. A controller of the element that owns
 * the dialog's state.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { toApiError } from '../../api/errors.js';
import type { DeleteResult, FormConfig, Profile } from '../../api/model.js';
import { AccountDeletedEvent } from '../../events/account-deleted.js';
import { AccountDeletingEvent } from '../../events/account-deleting.js';
import type { Services } from '../../internal/profile-element.js';
import { errorText } from '../../internal/states.js';
import { adoptViewStyles } from '../../internal/view.js';
import type { ProfileDeleteAccount } from './profile-delete-account.js';
import { styles } from './profile-delete-account.view.styles.js';

export class DeleteView {
  readonly #host: ProfileDeleteAccount;
  readonly #services: Services;
  #config!: FormConfig;
  #profile!: Profile;
  /** What the user typed in the confirmation field. */
  #typed = '';
  /** The deletion is in flight. */
  #busy = false;
  /** The last failed deletion, shown in the dialog. */
  #failure?: unknown;
  /** The server accepted the deletion: done, or in progress. */
  #result?: DeleteResult;
  /** The backend answered that it cannot delete accounts (501). */
  #unsupported = false;

  constructor(host: ProfileDeleteAccount, services: Services) {
    this.#host = host;
    this.#services = services;
    adoptViewStyles(host, styles);
  }

  load(config: FormConfig, profile: Profile) {
    this.#config = config;
    this.#profile = profile;
    this.#host.requestUpdate();
  }

  #$<T extends HTMLElement>(selector: string) {
    return this.#host.renderRoot.querySelector<T>(selector);
  }

  #dialog() {
    return this.#$<HTMLDialogElement>('dialog')!;
  }

  #open() {
    this.#typed = '';
    this.#failure = undefined;
    this.#host.requestUpdate();
    this.#dialog().showModal();
  }

  async #remove(e: SubmitEvent, expected: string) {
    e.preventDefault();
    const api = this.#services.client;
    // One request, whatever the clicks or the held-down Enter key.
    if (this.#busy || !api || this.#typed !== expected || !this.#host.dispatchEvent(new AccountDeletingEvent({}))) return;
    this.#busy = true;
    this.#failure = undefined;
    this.#host.requestUpdate();
    try {
      const result = await api.deleteAccount(this.#services.signal);
      this.#dialog().close();
      this.#result = result;
      this.#host.requestUpdate();
      this.#host.dispatchEvent(new AccountDeletedEvent({ ...(result === 'pending' ? { pending: true } : {}), ...(this.#admin ? { userId: this.#profile.id } : {}) }));
      this.#services.sync.post({ type: 'deleted' });
      await this.#host.updateComplete;
      this.#$('[part~=delete-done]')?.focus();
    } catch (err) {
      // The dialog stays open with what was typed and why it failed.
      this.#services.report('delete-account', err);
      const { status, kind } = toApiError(err);
      if (status === 501 || kind === 'unsupported') {
        this.#dialog().close();
        this.#unsupported = true;
        this.#host.requestUpdate();
        await this.#host.updateComplete;
        this.#$('[part~=delete-text]')?.focus();
      } else this.#failure = err;
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }

  /** Administrator mode: another user's account (the Console's wording and flow). */
  get #admin() {
    return !!this.#profile.account;
  }

  /** The loaded content: the outcome once deleted, else the warning, the opener and the dialog. */
  render() {
    const admin = this.#admin;
    if (this.#result) {
      return html`<p part="delete-done" role="status" tabindex="-1">
        ${admin
          ? msg('The user has been deleted.', { id: 'profile.userDeleted' })
          : this.#result === 'deleted'
            ? msg('Your account has been deleted.', { id: 'delete.done' })
            : msg('Your account deletion is in progress.', { id: 'delete.pending' })}
      </p>`;
    }
    if (this.#config.deleteUnsupported || this.#unsupported) {
      return html`<p part="delete-text" role="status" tabindex="-1">${msg('Your account cannot be deleted here. Contact your organisation to delete it.', { id: 'delete.unsupported' })}</p>`;
    }
    const profile = this.#profile;
    const expected = profile.username || profile.email || profile.id;
    const error = this.#failure ? errorText(this.#failure) : '';
    const busy = this.#busy;
    return html`<p part="delete-text">
        ${admin
          ? msg('Deleting this user is permanent: their profile and access are erased and cannot be recovered.', { id: 'delete.adminWarning' })
          : msg('Deleting your account is permanent: your profile, preferences, subscriptions and notifications are erased and cannot be recovered, and you are signed out.', { id: 'delete.warning' })}
      </p>
      <button class="danger" part="delete-open" aria-haspopup="dialog" @click=${() => this.#open()}>${admin ? msg('Delete user…', { id: 'delete.adminOpen' }) : msg('Delete account…', { id: 'delete.open' })}</button>
      <dialog part="delete-dialog" aria-labelledby="t" @cancel=${(e: Event) => this.#busy && e.preventDefault()} @close=${() => this.#$('[part~=delete-open]')?.focus()}>
        <form novalidate @submit=${(e: SubmitEvent) => this.#remove(e, expected)}>
          <h3 id="t">${admin ? msg(str`Delete ${profile.name} permanently?`, { id: 'delete.adminTitle' }) : msg('Delete your account permanently?', { id: 'delete.confirmTitle' })}</h3>
          <p>${msg('This cannot be undone.', { id: 'delete.undone' })}</p>
          <label for="c">
            ${admin
              ? msg(str`To confirm, type the user's username: ${expected}`, { id: 'delete.adminTypeUsername' })
              : profile.username
              ? msg(str`To confirm, type your username: ${expected}`, { id: 'delete.typeUsername' })
              : profile.email
                ? msg(str`To confirm, type your email address: ${expected}`, { id: 'delete.typeEmail' })
                : msg(str`To confirm, type your account ID: ${expected}`, { id: 'delete.typeId' })}
          </label>
          <input part="delete-input" id="c" autocomplete="off" autocapitalize="none" spellcheck="false" .value=${this.#typed}
            aria-describedby=${error ? 'e' : nothing} @input=${(e: Event) => {
              this.#typed = (e.target as HTMLInputElement).value;
              this.#host.requestUpdate();
            }} />
          ${error ? html`<p part="delete-error" id="e" role="alert">${error}</p>` : nothing}
          <div class="actions">
            <button type="button" part="delete-cancel" @click=${() => this.#busy || this.#dialog().close()}>${msg('Cancel', { id: 'delete.cancel' })}</button>
            <button class="danger" part="delete-confirm" ?disabled=${this.#typed !== expected} aria-disabled=${busy} aria-busy=${busy}>
              ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${admin ? msg('Delete user', { id: 'delete.adminConfirm' }) : msg('Delete my account', { id: 'delete.confirm' })}
            </button>
          </div>
        </form>
      </dialog>`;
  }
}
