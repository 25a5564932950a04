import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { isAbort, toApiError } from '../../api/errors.js';
import type { FieldDefinition, FieldValues, FormConfig, Profile, Subscription } from '../../api/model.js';
import { FormConnection } from '../../controllers/form-connection.js';
import { FormUnsaved } from '../../controllers/form-unsaved.js';
import { LoadTask } from '../../controllers/load-task.js';
import { ProfileSavedEvent } from '../../events/profile-saved.js';
import { ProfileSavingEvent } from '../../events/profile-saving.js';
import { hostStyles } from '../../styles/host.js';
import { ProfileElement } from '../shared/profile-element.js';
import { safeUrl } from '../shared/safe-url.js';
import { configView, errorText, errorView, loadingView } from '../shared/states.js';
import { diff, fieldLabel, isBool, norm, problem } from './fields.js';
import { field, readonly } from './templates.js';
import { styles } from './profile-edit-form.styles.js';

/** The parts `<user-profile>` exports from this element. */
export const EDIT_PARTS = 'form summary field readonly label input hint field-error actions save reset dirty status error credentials link password subscriptions subscription'
  .split(' ')
  .map((p) => `edit-${p}`)
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
  static override styles = [hostStyles, styles];

  /** The form's values: raw control values once edited (typed by `norm` for comparing and sending). */
  @state() private values: FieldValues = {};
  /** Error message per field key (browser validation or the server's 422 / SCIM 400). */
  @state() private errors: Record<string, string> = {};
  @state() private saving = false;
  /** The last failed save, for a form-level message. */
  @state() private failure?: unknown;
  @state() private note = '';
  @state() private pw: string[] = [];
  @state() private pwNote = '';
  @state() private pwBusy = false;
  @state() private subs?: Subscription[];
  @state() private subNote = '';
  @state() private subError = '';

  /** The profile the values were loaded from; the server's values, typed: what a save compares to. */
  #profile?: Profile;
  #loaded: FieldValues = {};
  /** The values shown at load (defaults filled in): what "unsaved changes" and Reset compare to. */
  #start: FieldValues = {};
  #fields: FieldDefinition[] = [];
  #pending = new Set<string>();
  #connection = new FormConnection(this);

  private task = new LoadTask(this, {
    // Inside <user-profile>, wait for its one GET /me rather than making a second.
    args: () => [this.client, !this.shared || !!this.shared.profile] as const,
    task: async ([api, ready], { signal }) => {
      if (!api || !ready) return undefined;
      const [config, profile] = await Promise.all([this.formConfig(api, signal), this.profileFrom(api, signal)]);
      this.#fields = config.fields;
      this.#load(profile);
      return config;
    },
    onError: (e) => this.report('load-form', e),
  });

  private subsTask = new LoadTask(this, {
    args: () => [this.client, this.task.value?.subscriptions] as const,
    task: async ([api, on], { signal }) => (this.subs = on && api?.listSubscriptions ? await api.listSubscriptions(signal) : undefined),
    onError: (e) => this.report('load-subscriptions', e),
  });

  constructor() {
    super();
    new FormUnsaved(this, () => this.#dirty);
  }

  get #dirty() {
    return Object.keys(diff(this.#fields, this.values, this.#start)).length > 0;
  }

  /** Takes a (re)loaded profile as the new baseline; `typed` keeps what was edited since that snapshot. */
  #load(p: Profile, typed?: FieldValues) {
    const before = this.values;
    this.#profile = p;
    this.#loaded = {};
    this.#start = {};
    for (const f of this.#fields) {
      this.#loaded[f.key] = norm(f, p.values[f.key]);
      this.#start[f.key] = norm(f, p.values[f.key] ?? f.defaultValue);
    }
    this.values = { ...this.#start };
    if (typed) for (const k in before) if (before[k] !== typed[k]) this.values[k] = before[k];
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // Another section saved the profile: follow it, unless that would overwrite the user's edits.
    const p = this.shared?.profile;
    if (p && this.#profile && p !== this.#profile && !this.#dirty) this.#load(p);
  }

  #$ = <T extends HTMLElement>(selector: string) => this.renderRoot.querySelector<T>(selector);

  #input(e: Event) {
    const el = e.target as HTMLInputElement;
    const f = this.#fields.find((f) => f.key === el.name);
    // A half-typed number or date has no value yet: keep the last one rather than render '' over
    // what is being typed; validation reads the control itself.
    if (!f || el.validity.badInput) return;
    const v = f.multiple && (el.type === 'checkbox' || el.multiple) ? (new FormData(el.form!).getAll(f.key) as string[]) : isBool(f) ? el.checked : el.value;
    this.values = { ...this.values, [f.key]: v };
    this.note = '';
    // An error shown on this field goes away as soon as the value is right.
    if (this.errors[f.key]) this.#validate([f], { ...this.errors });
  }

  /** Checks `fields` into `errors` (replacing theirs); returns whether they are all fine. */
  #validate(fields: FieldDefinition[], errors: Record<string, string> = {}) {
    for (const f of fields) {
      const m = problem(f, norm(f, this.values[f.key]), this.#$<HTMLInputElement>(`#f${this.#fields.indexOf(f)}`));
      if (m) errors[f.key] = m;
      else delete errors[f.key];
    }
    this.errors = errors;
    return !Object.keys(errors).length;
  }

  async #focusSummary() {
    await this.updateComplete;
    this.#$('[part~=edit-summary]')?.focus();
  }

  async #save(e: SubmitEvent) {
    e.preventDefault();
    const api = this.client;
    if (this.saving || !api) return;
    this.note = '';
    this.failure = undefined;
    if (!this.#validate(this.#fields.filter((f) => f.editable))) return this.#focusSummary();
    const changes = diff(this.#fields, this.values, this.#loaded);
    if (!Object.keys(changes).length) {
      this.note = msg('There are no changes to save.', { id: 'edit.nothing' });
      return;
    }
    if (!this.dispatchEvent(new ProfileSavingEvent({ changes }))) return;
    this.saving = true;
    const typed = this.values;
    try {
      const profile = await api.updateProfile(changes, this.#connection.signal);
      this.#load(profile, typed);
      this.note = msg('Your changes were saved.', { id: 'edit.saved' });
      this.dispatchEvent(new ProfileSavedEvent({ profile }));
    } catch (err) {
      // Nothing typed is touched: the values stay as they are, with the errors beside them.
      this.report('save-profile', err);
      if (isAbort(err)) return;
      this.failure = err;
      this.errors = Object.fromEntries(Object.entries(toApiError(err).fieldErrors).map(([k, m]) => [k, m.join(' ')]));
      if (Object.keys(this.errors).length) void this.#focusSummary();
    } finally {
      this.saving = false;
    }
  }

  async #reset() {
    // The native reset (right after this event) empties every control, half-typed ones too; one
    // render of empty values brings the bindings in line with that, the next puts the loaded values back.
    this.values = {};
    this.errors = {};
    this.failure = undefined;
    this.note = '';
    await this.updateComplete;
    this.values = { ...this.#start };
  }

  async #changePassword(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const [a, b] = [...form.querySelectorAll('input')].map((i) => i.value);
    const api = this.client;
    if (this.pwBusy || !api?.changePassword) return;
    this.pwNote = '';
    this.pw = [
      a.length < 8 ? msg('Use at least 8 characters.', { id: 'edit.pw.short' }) : '',
      a !== b ? msg('The passwords do not match.', { id: 'edit.pw.mismatch' }) : '',
    ];
    if (this.pw.some(Boolean)) {
      await this.updateComplete;
      return form.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
    }
    this.pwBusy = true;
    try {
      await api.changePassword(a, undefined, this.#connection.signal);
      form.reset();
      this.pwNote = msg('Your password was changed.', { id: 'edit.pw.done' });
    } catch (err) {
      this.report('change-password', err);
      this.pw = [Object.values(toApiError(err).fieldErrors).flat().join(' ') || errorText(err)];
    } finally {
      this.pwBusy = false;
    }
  }

  async #toggle(s: Subscription, on: boolean) {
    const api = this.client;
    if (!api?.setSubscription) return;
    // Optimistic: the switch moves at once; it moves back if the server says no.
    s.subscribed = on;
    this.#pending.add(s.id);
    this.subNote = this.subError = '';
    this.requestUpdate();
    try {
      await api.setSubscription(s.id, on, this.#connection.signal);
      this.subNote = msg(str`Saved your choice for ${s.name}.`, { id: 'edit.sub.saved' });
    } catch (err) {
      s.subscribed = !on;
      this.report('save-subscription', err);
      if (!isAbort(err)) this.subError = `${msg(str`${s.name} was not changed.`, { id: 'edit.sub.failed' })} ${errorText(err)}`;
    } finally {
      this.#pending.delete(s.id);
      this.requestUpdate();
    }
  }

  override render() {
    const { task } = this;
    return html`<h2>${msg('Edit profile', { id: 'edit.title' })}</h2>
      ${this.configError
        ? configView(this.configError)
        : task.status === TaskStatus.ERROR
          ? errorView(task.error, () => task.run())
          : task.value
            ? this.#form(task.value)
            : loadingView()}`;
  }

  #form(c: FormConfig) {
    const fields = this.#fields;
    const errors = Object.entries(this.errors);
    return html`${errors.length
        ? html`<div part="edit-summary" role="alert" tabindex="-1">
            <p><strong>${this.failure ? errorText(this.failure) : msg('Please correct these fields:', { id: 'edit.summary' })}</strong></p>
            <ul>
              ${errors.map(([k, m]) => {
                const i = fields.findIndex((f) => f.key === k);
                const focus = (e: Event) => {
                  e.preventDefault();
                  this.#$(`#f${i}`)?.focus();
                };
                return html`<li>${i < 0 ? `${k}: ${m}` : html`<a href="#f${i}" @click=${focus}>${fieldLabel(fields[i])}: ${m}</a>`}</li>`;
              })}
            </ul>
          </div>`
        : nothing}
      <form part="edit-form" novalidate @submit=${this.#save} @input=${this.#input} @reset=${this.#reset}>
        ${fields.map((f, i) => (f.editable ? field(f, i, this.values[f.key], this.errors[f.key]) : readonly(f, this.#profile?.values[f.key], c, this.locale)))}
        <div part="edit-actions">
          <button class="primary" part="edit-save" aria-disabled=${this.saving} aria-busy=${this.saving}>
            ${this.saving ? html`<span class="spinner" aria-hidden="true"></span>${msg('Saving…', { id: 'edit.saving' })}` : msg('Save changes', { id: 'edit.save' })}
          </button>
          <button type="reset" part="edit-reset">${msg('Reset', { id: 'edit.reset' })}</button>
          ${this.#dirty ? html`<span part="edit-dirty" class="muted">${msg('Unsaved changes', { id: 'edit.dirty' })}</span>` : nothing}
          <p part="edit-status" role="status" class="ok">${this.note}</p>
          ${this.failure && !errors.length ? html`<p part="edit-error" role="alert" class="err">${errorText(this.failure)}</p>` : nothing}
        </div>
      </form>
      ${this.#password(c)} ${this.#subscriptions()}`;
  }

  #password(c: FormConfig) {
    const pw = c.password;
    const link = pw.kind === 'link' && safeUrl(pw.url);
    const change = msg('Change password', { id: 'edit.changePassword' });
    if (!link && !(pw.kind === 'inline' && this.client?.changePassword)) return nothing;
    return html`<section part="edit-credentials">
      <h3>${msg('Password', { id: 'edit.password' })}</h3>
      ${link
        ? html`<p><a part="edit-link" href=${link}>${change}</a></p>`
        : html`<form part="edit-password" novalidate @submit=${this.#changePassword}>
            ${[msg('New password (at least 8 characters)', { id: 'edit.pw.new' }), msg('Confirm new password', { id: 'edit.pw.confirm' })].map(
              (label, i) => html`<div part="edit-field">
                <label part="edit-label" for="pw${i}">${label}</label>
                <input part="edit-input" id="pw${i}" type="password" autocomplete="new-password" required aria-describedby=${this.pw[i] ? `pw${i}e` : nothing} aria-invalid=${this.pw[i] ? 'true' : nothing} />
                ${this.pw[i] ? html`<p part="edit-field-error" id="pw${i}e" class="err">${this.pw[i]}</p>` : nothing}
              </div>`,
            )}
            <div part="edit-actions">
              <button part="edit-save" aria-disabled=${this.pwBusy} aria-busy=${this.pwBusy}>
                ${this.pwBusy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${change}
              </button>
              <p part="edit-status" role="status" class="ok">${this.pwNote}</p>
            </div>
          </form>`}
    </section>`;
  }

  #subscriptions() {
    const t = this.subsTask;
    if (t.status === TaskStatus.ERROR) return html`<section part="edit-subscriptions">${errorView(t.error, () => t.run())}</section>`;
    if (!this.subs?.length) return nothing;
    return html`<fieldset part="edit-subscriptions">
      <legend>${msg('Email subscriptions', { id: 'edit.subs' })}</legend>
      ${this.subs.map(
        (s) => html`<label part="edit-subscription" class="opt">
          <input type="checkbox" role="switch" .checked=${s.subscribed} aria-busy=${this.#pending.has(s.id)}
            @click=${(e: Event) => this.#pending.has(s.id) && e.preventDefault()}
            @change=${(e: Event) => this.#toggle(s, (e.target as HTMLInputElement).checked)} />
          <span>${s.name}${s.description ? html`<br /><span class="muted">${s.description}</span>` : nothing}</span>
        </label>`,
      )}
      <p role="status" class="ok">${this.subNote}</p>
      ${this.subError ? html`<p role="alert" class="err">${this.subError}</p>` : nothing}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-edit-form': ProfileEditForm;
  }
}
