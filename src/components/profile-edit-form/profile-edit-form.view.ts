/**
 * The content of `<profile-edit-form>`, loaded on demand together with its data: the form (fields,
 * validation, error summary, save and reset), the password section and the subscriptions. A
 * controller of the element that owns the form's state.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController } from 'lit';
import { isAbort, serverWords, toApiError } from '../../api/errors.js';
import type { FieldDefinition, FieldValues, FormConfig, Profile, Subscription } from '../../api/model.js';
import { ProfileSavedEvent } from '../../events/profile-saved.js';
import { ProfileSavingEvent } from '../../events/profile-saving.js';
import { FormUnsaved } from '../../internal/form-unsaved.js';
import type { Services } from '../../internal/profile-element.js';
import { newPasswordErrors, passwordFieldWords } from '../../internal/password.js';
import { errorText, errorView } from '../../internal/states.js';
import { safeUrl } from '../../internal/url.js';
import { adoptViewStyles } from '../../internal/view.js';
import { diff, fieldLabel, isBool, norm, problem } from './profile-edit-form.fields.js';
import type { ProfileEditForm } from './profile-edit-form.js';
import { field, readonly } from './profile-edit-form.templates.js';
import { styles } from './profile-edit-form.view.styles.js';

export class EditFormView implements ReactiveController {
  readonly #host: ProfileEditForm;
  readonly #services: Services;
  #config!: FormConfig;
  /** The realm's fields. */
  #fields: FieldDefinition[] = [];
  /** The profile the values were loaded from. */
  #profile?: Profile;
  /** The values shown at load (defaults filled in): what a save, "unsaved changes" and Reset compare to. */
  #start: FieldValues = {};
  /** The form's values: raw control values once edited (typed by `norm` for comparing and sending). */
  #values: FieldValues = {};
  /** Error message per field key (browser validation or the server's 422 / SCIM 400). */
  #errors: Record<string, string> = {};
  #saving = false;
  /** The server takes no changes (its configuration says so, or a save was answered 501). */
  #readOnly = false;
  /** The last failed save, for a form-level message. */
  #failure?: unknown;
  /** The form's polite status message. */
  #note = '';
  /** The password form's error per input, its status, why it failed when no field is to blame, and whether it is in flight. */
  #pw: string[] = [];
  #pwNote = '';
  #pwFail = '';
  #pwBusy = false;
  /** The user's subscriptions (where the realm has them: loading, loaded or failed), their messages, and those with a change in flight. */
  #subsLoad?: Promise<Subscription[]>;
  #subs?: Subscription[];
  #subsError?: unknown;
  #subNote = '';
  #subError = '';
  #pending = new Set<string>();

  constructor(host: ProfileEditForm, services: Services) {
    this.#host = host;
    this.#services = services;
    host.addController(this);
    adoptViewStyles(host, styles);
    new FormUnsaved(host, () => this.#dirty());
  }

  /** Shows the subscriptions `list` brings (a new request's, or the first one's). */
  #subsFrom(list: Promise<Subscription[]> | undefined) {
    if (list === this.#subsLoad) return;
    this.#subsLoad = list;
    this.#subsError = undefined;
    list?.then(
      (s) => list === this.#subsLoad && (this.#subs = s),
      (e) => {
        if (list !== this.#subsLoad) return;
        // Aborted (the element left the page): asked again when it comes back.
        if (isAbort(e)) this.#subsLoad = undefined;
        else this.#subsError = e;
        this.#services.report('load-subscriptions', e);
      },
    ).finally(() => this.#host.requestUpdate());
  }

  /**
   * Takes a (re)loaded profile as the new baseline; `typed` keeps what was edited since that
   * snapshot; `subscriptions`, the realm's subscription list on its way.
   */
  load(config: FormConfig, p: Profile, subscriptions?: Promise<Subscription[]>, typed?: FieldValues) {
    if (subscriptions) this.#subsFrom(subscriptions);
    const before = this.#values;
    this.#config = config;
    this.#readOnly ||= !!config.readOnly;
    this.#fields = config.fields;
    this.#profile = p;
    this.#start = {};
    for (const f of this.#fields) this.#start[f.key] = norm(f, p.values[f.key] ?? f.defaultValue);
    this.#values = { ...this.#start };
    if (typed) for (const k in before) if (before[k] !== typed[k]) this.#values[k] = before[k];
    this.#host.requestUpdate();
  }

  hostConnected() {
    const { sync, signal, client } = this.#services;
    if (this.#config?.subscriptions && !this.#subsLoad && !this.#subs && client?.listSubscriptions) this.#subsFrom(client.listSubscriptions(signal));
    // Alone (inside <user-profile> it re-reads for everyone): another tab saved this account.
    sync.listen((m) => {
      if (m.type !== 'saved' || this.#services.shared) return;
      this.#services.client?.getProfile(signal).then(
        (p) => this.#follow(p),
        (e) => this.#services.report('load-form', e),
      );
    }, signal);
  }

  hostUpdate() {
    // Another section (or tab) saved the profile: follow it.
    const p = this.#services.shared?.profile;
    if (p && this.#profile && p !== this.#profile && p !== this.#followed) this.#follow(p);
  }

  /** The profile as saved elsewhere: shown, unless the user is editing (then their values stay, and a note says why). */
  #followed?: Profile;
  #follow(p: Profile) {
    this.#followed = p;
    if (!this.#dirty()) return this.load(this.#config, p);
    this.#note = msg('Your profile was changed elsewhere meanwhile. Saving keeps what you typed here.', { id: 'edit.changedElsewhere' });
    this.#host.requestUpdate();
  }

  #$<T extends HTMLElement>(selector: string) {
    return this.#host.renderRoot.querySelector<T>(selector);
  }

  #update(changes: Partial<{ note: string; failure: unknown }> = {}) {
    if ('note' in changes) this.#note = changes.note!;
    if ('failure' in changes) this.#failure = changes.failure;
    this.#host.requestUpdate();
  }

  /** Whether the values differ from those shown at load ("unsaved changes"). */
  #dirty() {
    return Object.keys(diff(this.#fields, this.#values, this.#start)).length > 0;
  }

  #input(e: Event) {
    const c = e.target as HTMLInputElement;
    const f = this.#fields.find((f) => f.key === c.name);
    // A half-typed number or date has no value yet: keep the last one rather than render '' over
    // what is being typed; validation reads the control itself.
    if (!f || c.validity.badInput) return;
    const v = f.multiple && (c.type === 'checkbox' || c.multiple) ? (new FormData(c.form!).getAll(f.key) as string[]) : isBool(f) ? c.checked : c.value;
    this.#values = { ...this.#values, [f.key]: v };
    this.#note = '';
    // An error shown on this field goes away as soon as the value is right.
    if (this.#errors[f.key]) this.#validate([f], { ...this.#errors });
    this.#host.requestUpdate();
  }

  /** A read-only field is shown when it says something: a value, or one awaiting verification (MyAccount's rule). */
  #shown(f: FieldDefinition) {
    const v = this.#profile?.values[f.key];
    return !!f.pending || typeof v === 'boolean' || typeof v === 'number' || (Array.isArray(v) ? v.length > 0 : !!v);
  }

  #control(f: FieldDefinition) {
    return this.#$<HTMLInputElement>(`#f${this.#fields.indexOf(f)}`);
  }

  /** Checks `fields` into the errors (replacing theirs); returns whether they are all fine. */
  #validate(fields: FieldDefinition[], errors: Record<string, string> = {}) {
    for (const f of fields) {
      const m = problem(f, norm(f, this.#values[f.key]), this.#control(f));
      if (m) errors[f.key] = m;
      else delete errors[f.key];
    }
    this.#errors = errors;
    this.#host.requestUpdate();
    return !Object.keys(errors).length;
  }

  async #focusSummary() {
    await this.#host.updateComplete;
    this.#$('[part~=edit-summary]')?.focus();
  }

  async #save(e: SubmitEvent) {
    e.preventDefault();
    const api = this.#services.client;
    if (this.#saving || !api) return;
    this.#update({ note: '', failure: undefined });
    // The browser judges only what the user changed (and what they typed that is no value yet): a
    // stored value nobody touched — a birth date from 1888, an address the server once accepted —
    // never blocks a save; the server stays the judge of those.
    const touched = diff(this.#fields, this.#values, this.#start);
    if (!this.#validate(this.#fields.filter((f) => f.key in touched || this.#control(f)?.validity?.badInput))) return this.#focusSummary();
    // Only what the user changed from what was shown; with it, the defaults shown for values the
    // profile does not have yet (what is saved is what the form shows: a required field's default
    // would otherwise look filled in and stay empty on the server).
    if (!this.#dirty()) return this.#update({ note: msg('There are no changes to save.', { id: 'edit.nothing' }) });
    const stored = Object.fromEntries(this.#fields.map((f) => [f.key, norm(f, this.#profile?.values[f.key])]));
    const changes = diff(this.#fields, this.#values, stored);
    if (!this.#host.dispatchEvent(new ProfileSavingEvent({ changes }))) return;
    this.#saving = true;
    this.#host.requestUpdate();
    const typed = this.#values;
    try {
      const profile = await api.updateProfile(changes, this.#services.signal);
      this.load(this.#config, profile, undefined, typed);
      this.#note = msg('Your changes were saved.', { id: 'edit.saved' });
      this.#host.dispatchEvent(new ProfileSavedEvent({ profile }));
      this.#services.sync.post({ type: 'saved' });
    } catch (err) {
      // Nothing typed is touched: the values stay as they are, with the errors beside them.
      this.#services.report('save-profile', err);
      if (isAbort(err)) return;
      if (toApiError(err).kind === 'unsupported') {
        // The server does not take changes at all: no form that can never save.
        this.#readOnly = true;
        this.#host.requestUpdate();
        await this.#host.updateComplete;
        this.#$('[part~=edit-unsupported]')?.focus();
        return;
      }
      this.#failure = err;
      // Errors on the form's fields go beside them; the others (`base`, a field this form does not
      // show) are listed without their key, see `#rejected`.
      const onFields = Object.entries(toApiError(err).fieldErrors).filter(([k]) => this.#fields.some((f) => f.key === k));
      this.#errors = Object.fromEntries(onFields.map(([k, m]) => [k, m.join(' ')]));
      if (Object.keys(this.#errors).length) void this.#focusSummary();
    } finally {
      this.#saving = false;
      this.#host.requestUpdate();
    }
  }

  async #reset() {
    // The native reset (right after this event) empties every control, half-typed ones too; one
    // render of empty values brings the bindings in line with that, the next puts the loaded values back.
    this.#values = {};
    this.#errors = {};
    this.#update({ note: '', failure: undefined });
    await this.#host.updateComplete;
    this.#values = { ...this.#start };
    this.#host.requestUpdate();
  }

  async #changePassword(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const [a, b] = [...form.querySelectorAll('input')].map((i) => i.value);
    const api = this.#services.client;
    if (this.#pwBusy || !api?.changePassword) return;
    this.#pwNote = this.#pwFail = '';
    this.#pw = newPasswordErrors(a, b);
    this.#host.requestUpdate();
    if (this.#pw.some(Boolean)) {
      await this.#host.updateComplete;
      return form.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
    }
    this.#pwBusy = true;
    try {
      await api.changePassword(a!, undefined, this.#services.signal);
      form.reset();
      this.#pwNote = msg('Your password was changed.', { id: 'edit.pw.done' });
    } catch (err) {
      this.#services.report('change-password', err);
      // The server's words about the password go on its field (and focus there); anything else is
      // announced for the whole form.
      const onField = passwordFieldWords(err);
      if (onField) this.#pw = [onField];
      else this.#pwFail = errorText(err);
      this.#pwBusy = false;
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      if (onField) form.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
    } finally {
      this.#pwBusy = false;
      this.#host.requestUpdate();
    }
  }

  async #toggle(s: Subscription, on: boolean) {
    const api = this.#services.client;
    if (!api?.setSubscription) return;
    // Optimistic: the switch moves at once; it moves back if the server says no.
    s.subscribed = on;
    this.#pending.add(s.id);
    this.#subNote = this.#subError = '';
    this.#host.requestUpdate();
    try {
      await api.setSubscription(s.id, on, this.#services.signal);
      this.#subNote = msg(str`Saved your choice for ${s.name}.`, { id: 'edit.sub.saved' });
    } catch (err) {
      s.subscribed = !on;
      this.#services.report('save-subscription', err);
      if (!isAbort(err)) this.#subError = `${msg(str`${s.name} was not changed.`, { id: 'edit.sub.failed' })} ${errorText(err)}`;
    } finally {
      this.#pending.delete(s.id);
      this.#host.requestUpdate();
    }
  }

  /** The server's messages about a refused save that name no field of this form. */
  #rejected(): string[] {
    if (!this.#failure) return [];
    const e = toApiError(this.#failure);
    // `base` (Rails' convention) holds whole sentences; other keys' messages need their key to make sense.
    const others = Object.entries(e.fieldErrors)
      .filter(([k]) => !this.#fields.some((f) => f.key === k))
      .flatMap(([k, m]) => (/^(custom\.)?base$/.test(k) ? m : m.map((x) => `${fieldLabel({ key: k } as FieldDefinition)}: ${x}`)));
    // A 400/422 with words of its own and no field errors at all: those words.
    const words = serverWords(e);
    if (!others.length && !Object.keys(e.fieldErrors).length && (e.status === 400 || e.status === 422) && words) others.push(words);
    return others;
  }

  /** The loaded content: error summary, form, password section and subscriptions. */
  render() {
    const fields = this.#fields;
    if (this.#readOnly) {
      // Shown, not offered: every value as text, and why.
      return html`<p part="edit-unsupported" role="status" tabindex="-1">${msg('This server does not allow changing your profile here.', { id: 'edit.unsupported' })}</p>
        ${fields.filter((f) => this.#shown(f)).map((f) => readonly(f, this.#profile?.values[f.key], this.#config, this.#services.locale, false))} ${this.#subscriptions()}`;
    }
    const errors = Object.entries(this.#errors);
    const others = this.#rejected();
    const failure = this.#failure;
    const status = failure && toApiError(failure).status;
    // A refusal that names no field of this form: say so, with the server's words, not "see below".
    const formError = !failure || errors.length ? '' : status === 400 || status === 422 ? [msg('The changes were not accepted.', { id: 'edit.rejected' }), ...others.map((m) => (/[.!?]$/.test(m) ? m : `${m}.`))].join(' ') : errorText(failure);
    return html`${errors.length
        ? html`<div part="edit-summary" role="alert" tabindex="-1">
            <p><strong>${!failure
              ? msg('Please correct these fields:', { id: 'edit.summary' })
              : errors.some(([k]) => fields.find((f) => f.key === k)?.editable)
                ? errorText(failure)
                : msg('The changes were not accepted.', { id: 'edit.rejected' })}</strong></p>
            <ul>
              ${errors.map(([k, m]) => {
                const i = fields.findIndex((f) => f.key === k);
                const focus = (e: Event) => {
                  e.preventDefault();
                  this.#$(`#f${i}`)?.focus();
                };
                // A read-only field has no control to go to.
                return html`<li>${fields[i]!.editable ? html`<a href="#f${i}" @click=${focus}>${fieldLabel(fields[i]!)}: ${m}</a>` : `${fieldLabel(fields[i]!)}: ${m}`}</li>`;
              })}
              ${others.map((m) => html`<li>${m}</li>`)}
            </ul>
          </div>`
        : nothing}
      <form part="edit-form" novalidate @submit=${(e: SubmitEvent) => this.#save(e)} @input=${(e: Event) => this.#input(e)} @reset=${() => this.#reset()}>
        ${fields.map((f, i) => (f.editable ? field(f, i, this.#values[f.key], this.#errors[f.key]) : this.#shown(f) ? readonly(f, this.#profile?.values[f.key], this.#config, this.#services.locale) : nothing))}
        <div part="edit-actions">
          <button class="primary" part="edit-save" aria-disabled=${this.#saving} aria-busy=${this.#saving}>
            ${this.#saving ? html`<span class="spinner" aria-hidden="true"></span>${msg('Saving…', { id: 'edit.saving' })}` : msg('Save changes', { id: 'edit.save' })}
          </button>
          <button type="reset" part="edit-reset">${msg('Reset', { id: 'edit.reset' })}</button>
          ${this.#dirty() ? html`<span part="edit-dirty" class="muted">${msg('Unsaved changes', { id: 'edit.dirty' })}</span>` : nothing}
          <p part="edit-status" role="status" class="ok">${this.#note}</p>
          ${formError ? html`<p part="edit-error" role="alert" class="err">${formError}</p>` : nothing}
        </div>
      </form>
      ${this.#password()} ${this.#subscriptions()}`;
  }

  #password() {
    const pw = this.#config.password;
    const link = pw.kind === 'link' && safeUrl(pw.url);
    const change = msg('Change password', { id: 'edit.changePassword' });
    if (!link && !(pw.kind === 'inline' && this.#services.client?.changePassword)) return nothing;
    return html`<section part="edit-credentials">
      <h3>${msg('Password', { id: 'edit.password' })}</h3>
      ${link
        ? html`<p><a part="edit-link" href=${link}>${change}</a></p>`
        : html`<form part="edit-password" novalidate @submit=${(e: SubmitEvent) => this.#changePassword(e)}>
            ${[msg('New password (at least 8 characters)', { id: 'edit.pw.new' }), msg('Confirm new password', { id: 'edit.pw.confirm' })].map(
              (label, i) => html`<div part="edit-field">
                <label part="edit-label" for="pw${i}">${label}</label>
                <input part="edit-input" id="pw${i}" type="password" autocomplete="new-password" required aria-describedby=${this.#pw[i] ? `pw${i}e` : nothing} aria-invalid=${this.#pw[i] ? 'true' : nothing} />
                ${this.#pw[i] ? html`<p part="edit-field-error" id="pw${i}e" class="err">${this.#pw[i]}</p>` : nothing}
              </div>`,
            )}
            <div part="edit-actions">
              <button part="edit-save" aria-disabled=${this.#pwBusy} aria-busy=${this.#pwBusy}>
                ${this.#pwBusy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${change}
              </button>
              <p part="edit-status" role="status" class="ok">${this.#pwNote}</p>
              ${this.#pwFail ? html`<p part="edit-error" role="alert" class="err">${this.#pwFail}</p>` : nothing}
            </div>
          </form>`}
    </section>`;
  }

  #subscriptions() {
    const api = this.#services.client;
    if (this.#subsError) return html`<section part="edit-subscriptions">${errorView(this.#subsError, () => api?.listSubscriptions && this.#subsFrom(api.listSubscriptions(this.#services.signal)))}</section>`;
    const subs = this.#subs;
    if (!subs?.length) return nothing;
    return html`<fieldset part="edit-subscriptions">
      <legend>${msg('Email subscriptions', { id: 'edit.subs' })}</legend>
      ${subs.map(
        (s) => html`<label part="edit-subscription" class="opt">
          <input type="checkbox" role="switch" .checked=${s.subscribed} aria-busy=${this.#pending.has(s.id)}
            @click=${(e: Event) => this.#pending.has(s.id) && e.preventDefault()}
            @change=${(e: Event) => this.#toggle(s, (e.target as HTMLInputElement).checked)} />
          <span>${s.name}${s.description ? html`<br /><span class="muted">${s.description}</span>` : nothing}</span>
        </label>`,
      )}
      <p role="status" class="ok">${this.#subNote}</p>
      ${this.#subError ? html`<p role="alert" class="err">${this.#subError}</p>` : nothing}
    </fieldset>`;
  }
}
