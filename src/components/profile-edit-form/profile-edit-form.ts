import { msg } from '@lit/localize';
import { adoptStyles, html, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { FieldDefinition, FieldValues, Profile, Subscription } from '../../api/model.js';
import { FormConnection } from '../../controllers/form-connection.js';
import { FormUnsaved } from '../../controllers/form-unsaved.js';
import { loadView } from '../../controllers/load-view.js';
import { LoadTask } from '../../controllers/load-task.js';
import { hostStyles } from '../../styles/host.js';
import { ProfileElement } from '../shared/profile-element.js';
import { configView, errorView, loadingView } from '../shared/states.js';

/** The parts `<user-profile>` exports from this element. */
export const EDIT_PARTS = 'form summary field readonly label input hint field-error actions save reset dirty status error credentials link password subscriptions subscription'
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
 * @csspart edit-field-error - A field's error message.
 * @csspart edit-actions - The row of form buttons and messages.
 * @csspart edit-save - The save button.
 * @csspart edit-reset - The reset button (back to the loaded values).
 * @csspart edit-dirty - The "Unsaved changes" indicator.
 * @csspart edit-status - Polite success messages ("Saved").
 * @csspart edit-error - A save error that belongs to no field (network, 409, 5xx).
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
  static override styles = hostStyles;

  // The state below is internal: the content view (`profile-edit-form.view.ts`, loaded on demand
  // with the data) reads and writes it.

  /** @internal The form's values: raw control values once edited (typed by `norm` for comparing and sending). */
  @state() values: FieldValues = {};
  /** @internal Error message per field key (browser validation or the server's 422 / SCIM 400). */
  @state() errors: Record<string, string> = {};
  /** @internal A save is in flight. */
  @state() saving = false;
  /** @internal The last failed save, for a form-level message. */
  @state() failure?: unknown;
  /** @internal The form's polite status message. */
  @state() note = '';
  /** @internal The password form's error per input. */
  @state() pw: string[] = [];
  /** @internal The password form's status message. */
  @state() pwNote = '';
  /** @internal Why a password change failed, when no field is to blame (network, 5xx…). */
  @state() pwFail = '';
  /** @internal A password change is in flight. */
  @state() pwBusy = false;
  /** @internal The user's subscriptions, once loaded. */
  @state() subs?: Subscription[];
  /** @internal The subscriptions' status message. */
  @state() subNote = '';
  /** @internal Why the last subscription change failed. */
  @state() subError = '';

  /** @internal The profile the values were loaded from. */
  profile?: Profile;
  /** @internal The values shown at load (defaults filled in): what a save, "unsaved changes" and Reset compare to. */
  start: FieldValues = {};
  /** @internal The realm's fields. */
  fields: FieldDefinition[] = [];
  /** @internal Subscriptions with a change in flight. */
  pending = new Set<string>();
  /** @internal The signal of saves, password changes and toggles: aborted when the element leaves the page. */
  connection = new FormConnection(this);
  /** @internal The content view, loaded with the data. */
  view?: typeof import('./profile-edit-form.view.js');

  private task = new LoadTask(this, {
    // Inside <user-profile>, wait for its one GET /me rather than making a second.
    // After a failure, also when <user-profile>'s shared configuration loads for another section.
    args: () => [this.client, !this.shared || !!this.shared.profile, this.configRetry] as const,
    task: async ([api, ready], { signal }) => {
      if (!api || !ready) return undefined;
      // The view comes with the data, in parallel: no extra wait.
      const [view, config, profile] = await Promise.all([loadView(() => import('./profile-edit-form.view.js')), this.formConfig(api, signal), this.profileFrom(api, signal)]);
      // The view brings its own styles, adopted after the element's (the loading state needs none).
      if (!this.view) adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof ProfileEditForm).elementStyles, view.styles]);
      this.view = view;
      this.fields = config.fields;
      view.load(this, profile);
      return config;
    },
    onComplete: () => (this.configFailed = false),
    onError: (e) => {
      this.configFailed = true;
      this.report('load-form', e);
    },
  });

  /** @internal The subscriptions' load, once the form config says there are any (its error shows in the view). */
  subsTask = new LoadTask(this, {
    args: () => [this.client, this.task.value?.subscriptions] as const,
    task: async ([api, on], { signal }) => (this.subs = on && api?.listSubscriptions ? await api.listSubscriptions(signal) : undefined),
    onError: (e) => this.report('load-subscriptions', e),
  });

  constructor() {
    super();
    new FormUnsaved(this, () => !!this.view?.dirty(this));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // Another section saved the profile: follow it, unless that would overwrite the user's edits.
    const p = this.shared?.profile;
    if (p && this.profile && p !== this.profile && !this.view!.dirty(this)) this.view!.load(this, p);
  }

  override render() {
    const { task } = this;
    return html`<h2>${msg('Edit profile', { id: 'edit.title' })}</h2>
      ${this.configError
        ? configView(this.configError)
        : task.status === TaskStatus.ERROR
          ? errorView(task.error, () => task.run())
          : task.value
            ? this.view!.render(this, task.value)
            : loadingView()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-edit-form': ProfileEditForm;
  }
}
