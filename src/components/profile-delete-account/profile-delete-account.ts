import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { DeleteResult } from '../../api/model.js';
import { FormConnection } from '../../controllers/form-connection.js';
import { loadView } from '../../controllers/load-view.js';
import { LoadTask } from '../../controllers/load-task.js';
import { hostStyles } from '../../styles/host.js';
import { ProfileElement } from '../shared/profile-element.js';
import { configView, errorView, loadingView } from '../shared/states.js';
import { styles } from './profile-delete-account.styles.js';

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
  static override styles = [hostStyles, styles];

  // The state below is internal: the content view (`profile-delete-account.view.ts`, loaded on
  // demand with the data) reads and writes it.

  /** @internal What the user typed in the confirmation field. */
  @state() typed = '';
  /** @internal The deletion is in flight. */
  @state() busy = false;
  /** @internal The last failed deletion, shown in the dialog. */
  @state() failure?: unknown;
  /** @internal The server accepted the deletion: done, or in progress. */
  @state() result?: DeleteResult;
  /** @internal The backend answered that it cannot delete accounts (501). */
  @state() unsupported = false;
  /** @internal The deletion's signal: aborted when the element leaves the page. */
  connection = new FormConnection(this);

  private task = new LoadTask(this, {
    // Inside <user-profile>, wait for its one GET /me rather than making a second.
    // After a failure, also when <user-profile>'s shared configuration loads for another section.
    args: () => [this.client, !this.shared || !!this.shared.profile, this.configRetry] as const,
    // The view (dialog and deletion) comes with the data, in parallel: the dialog opens on the first
    // click.
    task: ([api, ready], { signal }) =>
      api && ready ? Promise.all([this.formConfig(api, signal), this.profileFrom(api, signal), loadView(() => import('./profile-delete-account.view.js'))]) : undefined,
    onComplete: () => (this.configFailed = false),
    onError: (e) => {
      this.configFailed = true;
      this.report('load-delete', e);
    },
  });

  protected override updated() {
    const config = this.task.value?.[0];
    if (config) this.hidden = !config.canDelete && !config.deleteUnsupported;
  }

  override render() {
    const { task } = this;
    const [config, profile, view] = task.value ?? [];
    if (config && !config.canDelete && !config.deleteUnsupported) return nothing;
    return html`<h2>${msg('Delete account', { id: 'delete.title' })}</h2>
      ${this.configError
        ? configView(this.configError)
        : task.status === TaskStatus.ERROR
          ? errorView(task.error, () => task.run())
          : view
            ? view.render(this, config!, profile!)
            : loadingView()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-delete-account': ProfileDeleteAccount;
  }
}
