import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { AccountLoader } from '../../internal/account-data.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { configView, taskView } from '../../internal/states.js';
import { styles } from './profile-account-admin.styles.js';
import type { AccountAdminView } from './profile-account-admin.view.js';

/** The parts `<user-profile>` exports from this element. */
export const ADMIN_PARTS = 'password method input toggle submit status error field-error switches switch dialog confirm cancel'
  .split(' ')
  .map((p) => `admin-${p}`)
  .concat('loading:admin-loading', 'error:admin-load-error', 'retry:admin-retry')
  .join();

/**
 * What an administrator does to another user's account besides editing it (the Asgardeo Console):
 * reset the password — by inviting the user to set their own (the server emails them) or by setting
 * a temporary one, typed twice — and lock or disable the account, each behind a confirmation.
 *
 * Administrator mode only: with `user-id` on the scim dialect (or inside `<user-profile user-id>`).
 * Offers only what the server's schemas list (`forcePasswordReset`, `accountLocked`,
 * `accountDisabled`); renders nothing elsewhere.
 *
 * @summary An administrator's password reset and account switches for one user.
 *
 * @fires password-reset - `{userId, method}` once the server accepted a reset (`invite` or `temporary`).
 * @fires account-status-changed - `{userId, locked, disabled}` once the server locked or unlocked, disabled or enabled the account.
 * @fires profile-error - `{operation, status, message}`; operations `load-admin`, `reset-password`, `account-status`.
 * @fires profile-unauthorized - `{status}` on 401.
 *
 * @csspart admin-password - The password reset form.
 * @csspart admin-method - The choice between the two reset methods.
 * @csspart admin-input - A temporary-password input.
 * @csspart admin-toggle - The button that shows or hides the temporary password.
 * @csspart admin-submit - A form's button.
 * @csspart admin-status - Polite success messages.
 * @csspart admin-error - Why an action failed, when no field is to blame.
 * @csspart admin-field-error - The server's (or the browser's) words about a temporary password.
 * @csspart admin-switches - The lock and disable switches.
 * @csspart admin-switch - One switch with its label.
 * @csspart admin-dialog - The confirmation dialog before locking or disabling.
 * @csspart admin-confirm - The dialog's confirm button.
 * @csspart admin-cancel - The dialog's cancel button.
 * @csspart loading - The loading message.
 * @csspart error - A loading error.
 * @csspart retry - The "Try again" button.
 *
 * @cssprop --profile-color-danger - The switches when on (locked, disabled).
 */
export class ProfileAccountAdmin extends ProfileElement {
  static override styles = styles;

  /** The forms: created when their chunk arrives with the data, then kept. */
  #view?: AccountAdminView;

  #data = new AccountLoader(this, this.services, 'load-admin', () => import('./profile-account-admin.view.js'), ({ view, config, profile }) => {
    (this.#view ??= new view.AccountAdminView(this, this.services)).load(config, profile);
  });

  protected override updated() {
    const config = this.#data.task.value?.config;
    if (config) this.hidden = !config.admin;
  }

  override render() {
    const { client } = this;
    // Administrator mode only: nothing to show for the user's own profile.
    if (client && !client.resetPassword && !client.setAccountStatus) return nothing;
    const config = this.#data.task.value?.config;
    if (config && !config.admin) return nothing;
    return html`<h2>${msg('Account administration', { id: 'admin.title' })}</h2>
      ${this.configError ? configView(this.configError) : taskView(this.#data.task, () => this.#view!.render())}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-account-admin': ProfileAccountAdmin;
  }
}
