import { msg } from '@lit/localize';
import { html } from 'lit';
import { AccountLoader } from '../../internal/account-data.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { configView, taskView } from '../../internal/states.js';
import { styles } from './profile-edit-form.styles.js';
import type { EditFormView } from './profile-edit-form.view.js';
import type { Subscription } from '../../api/model.js';
import type { ProfileApi } from '../../api/profile-api.js';

/** The parts `<user-profile>` exports from this element. */
export const EDIT_PARTS = 'form summary field readonly label input hint pending field-error actions save reset dirty status error unsupported credentials link password subscriptions subscription'
  .split(' ')
  .map((p) => `edit-${p}`)
  .concat('loading:edit-loading', 'error:edit-load-error', 'retry:edit-retry')
  .join();

/**
 * Edit the user's own profile: the realm's standard and custom fields (any dialect's field
 * definitions), password and email changes, and email-campaign subscriptions.
 *
 * Only changed values are sent. Validation runs in the browser before any request; server field
 * errors land on their fields; what the user typed survives any failed save.
 *
 * @summary Edit the user's own profile: standard and custom fields, password, email subscriptions.
 *
 * @fires profile-saving - `{changes}` before a save; cancelable: `preventDefault()` sends nothing.
 * @fires profile-saved - `{profile}` after a save, with the profile the server returned.
 * @fires profile-error - `{operation, status, message}`; operations `load-form`, `save-profile`, `change-password`, `load-subscriptions`, `save-subscription`.
 * @fires profile-unauthorized - `{status}` on 401.
 *
 * @csspart edit-form - The form.
 * @csspart edit-summary - The error summary at the top, linking to each field in error.
 * @csspart edit-field - One field: label, control, hint and error (a `<fieldset>` for option groups).
 * @csspart edit-readonly - A read-only field (also `edit-field`), shown as text with the reason.
 * @csspart edit-label - A field's label or legend.
 * @csspart edit-input - A text input, text area or select.
 * @csspart edit-hint - A field's hint.
 * @csspart edit-pending - A field's new value awaiting verification (a changed email, a mobile number to confirm).
 * @csspart edit-field-error - A field's error message.
 * @csspart edit-actions - The row of form buttons and messages.
 * @csspart edit-save - The save button.
 * @csspart edit-reset - The reset button (back to the loaded values).
 * @csspart edit-dirty - The "Unsaved changes" indicator.
 * @csspart edit-status - Polite success messages ("Saved").
 * @csspart edit-error - A save error that belongs to no field (network, 409, 5xx).
 * @csspart edit-unsupported - Why the profile is shown but not offered for editing (the server takes no changes).
 * @csspart edit-credentials - The password and email section.
 * @csspart edit-link - A link to the realm's page for changing password or email.
 * @csspart edit-password - The inline password form (backends that support it).
 * @csspart edit-subscriptions - The email subscriptions group.
 * @csspart edit-subscription - One subscription switch with its label.
 * @csspart loading - The loading message.
 * @csspart error - A loading error.
 * @csspart retry - The "Try again" button.
 *
 * @cssprop --profile-color-accent - Save button, switches and focus ring.
 * @cssprop --profile-color-danger - Errors.
 * @cssprop --profile-color-success - The "Saved" message.
 * @cssprop --profile-color-border - Control borders.
 * @cssprop --profile-radius - Corner radius.
 * @cssprop --profile-spacing - Base spacing unit.
 */
export class ProfileEditForm extends ProfileElement {
  static override styles = styles;

  /** The form, password and subscriptions: created when its chunk arrives with the data, then kept. */
  #view?: EditFormView;

  /** The subscriptions, asked for with the rest (not after the configuration says there are some). */
  #subs?: { api: ProfileApi; signal: AbortSignal; list: Promise<Subscription[]> };

  // Inside <user-profile>, its one GET /me and realm configuration; the view comes with them.
  #data = new AccountLoader(
    this,
    this.services,
    'load-form',
    () => import('./profile-edit-form.view.js'),
    ({ api, view, config, profile }) => (this.#view ??= new view.EditFormView(this, this.services)).load(config, profile, config.subscriptions ? this.#subscriptions(api) : undefined),
    (api) => this.#subscriptions(api),
  );

  /**
   * `GET /subscriptions` once per client and connection, started with the configuration: a realm
   * without subscriptions costs one request that nobody waits for, and every other page one round
   * trip less. Its failure is the view's to show (only where the realm has subscriptions).
   */
  #subscriptions(api: ProfileApi) {
    if (!api.listSubscriptions) return undefined;
    if (this.#subs?.api !== api || this.#subs.signal.aborted) {
      const list = api.listSubscriptions(this.signal);
      list.catch(() => {});
      this.#subs = { api, signal: this.signal, list };
    }
    return this.#subs.list;
  }

  override render() {
    return html`<h2>${msg('Edit profile', { id: 'edit.title' })}</h2>
      ${this.configError ? configView(this.configError) : taskView(this.#data.task, () => this.#view!.render())}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-edit-form': ProfileEditForm;
  }
}
