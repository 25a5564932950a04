import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { AccountLoader } from '../../internal/account-data.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { configView, taskView } from '../../internal/states.js';
import { styles } from './profile-delete-account.styles.js';
import type { DeleteView } from './profile-delete-account.view.js';

/** The parts `<user-profile>` exports from this element. */
export const DELETE_PARTS = 'text open dialog input error cancel confirm done'
  .split(' ')
  .map((p) => `delete-${p}`)
  .concat('loading:delete-loading', 'error:delete-load-error', 'retry:delete-retry')
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
 * @fires account-deleted - `{pending?}` once the server accepted the deletion: `{}` when done, `{pending: true}` when in progress (HTTP 202).
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
  static override styles = styles;

  /** The warning, the dialog and the deletion: created when its chunk arrives with the data, then kept. */
  #view?: DeleteView;

  // Inside <user-profile>, its one GET /me and realm configuration; the view (dialog and deletion)
  // comes with them, so the dialog opens on the first click.
  #data = new AccountLoader(this, this.services, 'load-delete', () => import('./profile-delete-account.view.js'), ({ view, config, profile }) => {
    (this.#view ??= new view.DeleteView(this, this.services)).load(config, profile);
  });

  protected override updated() {
    const config = this.#data.task.value?.config;
    if (config) this.hidden = !config.canDelete && !config.deleteUnsupported;
  }

  override render() {
    const config = this.#data.task.value?.config;
    if (config && !config.canDelete && !config.deleteUnsupported) return nothing;
    return html`<h2>${msg('Delete account', { id: 'delete.title' })}</h2>
      ${this.configError ? configView(this.configError) : taskView(this.#data.task, () => this.#view!.render())}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-delete-account': ProfileDeleteAccount;
  }
}
