/**
 * The content of `<profile-edit-form>`, loaded on demand together with its data: the form (fields,
 * validation, error summary, save and reset), the password section and the subscriptions. The
 * element keeps the state; these functions read and write it on the element they are given.
 *
 * `client`, `report` and `locale` are `protected` on `ProfileElement`: read here as `el['client']`.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { TaskStatus } from '@lit/task';
import { isAbort, toApiError } from '../../api/errors.js';
import type { FieldDefinition, FieldValues, FormConfig, Profile, Subscription } from '../../api/model.js';
import { ProfileSavedEvent } from '../../events/profile-saved.js';
import { ProfileSavingEvent } from '../../events/profile-saving.js';
import { safeUrl } from '../shared/safe-url.js';
import { errorText, errorView } from '../shared/states.js';
import { diff, fieldLabel, isBool, norm, problem } from './fields.js';
import type { ProfileEditForm as El } from './profile-edit-form.js';
import { field, readonly } from './templates.js';

export { styles } from './profile-edit-form.view.styles.js';

const $ = <T extends HTMLElement>(el: El, selector: string) => el.renderRoot.querySelector<T>(selector);

/** Whether the values differ from those shown at load ("unsaved changes"). */
export const dirty = (el: El) => Object.keys(diff(el.fields, el.values, el.start)).length > 0;

/** Takes a (re)loaded profile as the new baseline; `typed` keeps what was edited since that snapshot. */
export function load(el: El, p: Profile, typed?: FieldValues) {
  const before = el.values;
  el.profile = p;
  el.start = {};
  for (const f of el.fields) el.start[f.key] = norm(f, p.values[f.key] ?? f.defaultValue);
  el.values = { ...el.start };
  if (typed) for (const k in before) if (before[k] !== typed[k]) el.values[k] = before[k];
}

function input(el: El, e: Event) {
  const c = e.target as HTMLInputElement;
  const f = el.fields.find((f) => f.key === c.name);
  // A half-typed number or date has no value yet: keep the last one rather than render '' over
  // what is being typed; validation reads the control itself.
  if (!f || c.validity.badInput) return;
  const v = f.multiple && (c.type === 'checkbox' || c.multiple) ? (new FormData(c.form!).getAll(f.key) as string[]) : isBool(f) ? c.checked : c.value;
  el.values = { ...el.values, [f.key]: v };
  el.note = '';
  // An error shown on this field goes away as soon as the value is right.
  if (el.errors[f.key]) validate(el, [f], { ...el.errors });
}

/** Checks `fields` into `errors` (replacing theirs); returns whether they are all fine. */
function validate(el: El, fields: FieldDefinition[], errors: Record<string, string> = {}) {
  for (const f of fields) {
    const m = problem(f, norm(f, el.values[f.key]), $<HTMLInputElement>(el, `#f${el.fields.indexOf(f)}`));
    if (m) errors[f.key] = m;
    else delete errors[f.key];
  }
  el.errors = errors;
  return !Object.keys(errors).length;
}

async function focusSummary(el: El) {
  await el.updateComplete;
  $(el, '[part~=edit-summary]')?.focus();
}

async function save(el: El, e: SubmitEvent) {
  e.preventDefault();
  const api = el['client'];
  if (el.saving || !api) return;
  el.note = '';
  el.failure = undefined;
  // The browser judges only what the user changed (and what they typed that is no value yet): a
  // stored value nobody touched — a birth date from 1888, an address the server once accepted —
  // never blocks a save; the server stays the judge of those.
  const touched = diff(el.fields, el.values, el.start);
  const control = (f: FieldDefinition) => $<HTMLInputElement>(el, `#f${el.fields.indexOf(f)}`);
  if (!validate(el, el.fields.filter((f) => f.key in touched || control(f)?.validity?.badInput))) return focusSummary(el);
  // Only what the user changed from what was shown; with it, the defaults shown for values the
  // profile does not have yet (what is saved is what the form shows: a required field's default
  // would otherwise look filled in and stay empty on the server).
  if (!dirty(el)) {
    el.note = msg('There are no changes to save.', { id: 'edit.nothing' });
    return;
  }
  const stored = Object.fromEntries(el.fields.map((f) => [f.key, norm(f, el.profile?.values[f.key])]));
  const changes = diff(el.fields, el.values, stored);
  if (!el.dispatchEvent(new ProfileSavingEvent({ changes }))) return;
  el.saving = true;
  const typed = el.values;
  try {
    const profile = await api.updateProfile(changes, el.connection.signal);
    load(el, profile, typed);
    el.note = msg('Your changes were saved.', { id: 'edit.saved' });
    el.dispatchEvent(new ProfileSavedEvent({ profile }));
  } catch (err) {
    // Nothing typed is touched: the values stay as they are, with the errors beside them.
    el['report']('save-profile', err);
    if (isAbort(err)) return;
    el.failure = err;
    // Errors on the form's fields go beside them; the others (`base`, a field this form does not
    // show) are listed without their key, see `rejected`.
    const onFields = Object.entries(toApiError(err).fieldErrors).filter(([k]) => el.fields.some((f) => f.key === k));
    el.errors = Object.fromEntries(onFields.map(([k, m]) => [k, m.join(' ')]));
    if (Object.keys(el.errors).length) void focusSummary(el);
  } finally {
    el.saving = false;
  }
}

async function reset(el: El) {
  // The native reset (right after this event) empties every control, half-typed ones too; one
  // render of empty values brings the bindings in line with that, the next puts the loaded values back.
  el.values = {};
  el.errors = {};
  el.failure = undefined;
  el.note = '';
  await el.updateComplete;
  el.values = { ...el.start };
}

async function changePassword(el: El, e: SubmitEvent) {
  e.preventDefault();
  const form = e.target as HTMLFormElement;
  const [a, b] = [...form.querySelectorAll('input')].map((i) => i.value);
  const api = el['client'];
  if (el.pwBusy || !api?.changePassword) return;
  el.pwNote = el.pwFail = '';
  el.pw = [
    a.length < 8 ? msg('Use at least 8 characters.', { id: 'edit.pw.short' }) : '',
    a !== b ? msg('The passwords do not match.', { id: 'edit.pw.mismatch' }) : '',
  ];
  if (el.pw.some(Boolean)) {
    await el.updateComplete;
    return form.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
  }
  el.pwBusy = true;
  try {
    await api.changePassword(a, undefined, el.connection.signal);
    form.reset();
    el.pwNote = msg('Your password was changed.', { id: 'edit.pw.done' });
  } catch (err) {
    el['report']('change-password', err);
    // The server's words about the password go on its field (and focus there); anything else is
    // announced for the whole form.
    const onField = Object.values(toApiError(err).fieldErrors).flat().join(' ');
    if (onField) el.pw = [onField];
    else el.pwFail = errorText(err);
    el.pwBusy = false;
    await el.updateComplete;
    if (onField) form.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
  } finally {
    el.pwBusy = false;
  }
}

async function toggle(el: El, s: Subscription, on: boolean) {
  const api = el['client'];
  if (!api?.setSubscription) return;
  // Optimistic: the switch moves at once; it moves back if the server says no.
  s.subscribed = on;
  el.pending.add(s.id);
  el.subNote = el.subError = '';
  el.requestUpdate();
  try {
    await api.setSubscription(s.id, on, el.connection.signal);
    el.subNote = msg(str`Saved your choice for ${s.name}.`, { id: 'edit.sub.saved' });
  } catch (err) {
    s.subscribed = !on;
    el['report']('save-subscription', err);
    if (!isAbort(err)) el.subError = `${msg(str`${s.name} was not changed.`, { id: 'edit.sub.failed' })} ${errorText(err)}`;
  } finally {
    el.pending.delete(s.id);
    el.requestUpdate();
  }
}

/** The server's messages about a refused save that name no field of this form. */
function rejected(el: El): string[] {
  if (!el.failure) return [];
  const e = toApiError(el.failure);
  // `base` (Rails' convention) holds whole sentences; other keys' messages need their key to make sense.
  const others = Object.entries(e.fieldErrors)
    .filter(([k]) => !el.fields.some((f) => f.key === k))
    .flatMap(([k, m]) => (/^(custom\.)?base$/.test(k) ? m : m.map((x) => `${fieldLabel({ key: k } as FieldDefinition)}: ${x}`)));
  // A 400/422 with a message of its own and no field errors at all: that message.
  if (!others.length && !Object.keys(e.fieldErrors).length && (e.status === 400 || e.status === 422) && !/^(HTTP \d+|Bad Request|Unprocessable (Entity|Content))$/i.test(e.message)) others.push(e.message);
  return others;
}

/** The loaded content: error summary, form, password section and subscriptions. */
export function render(el: El, c: FormConfig) {
  const fields = el.fields;
  const errors = Object.entries(el.errors);
  const others = rejected(el);
  const status = el.failure && toApiError(el.failure).status;
  // A refusal that names no field of this form: say so, with the server's words, not "see below".
  const formError = !el.failure || errors.length ? '' : status === 400 || status === 422 ? [msg('The changes were not accepted.', { id: 'edit.rejected' }), ...others.map((m) => (/[.!?]$/.test(m) ? m : `${m}.`))].join(' ') : errorText(el.failure);
  return html`${errors.length
      ? html`<div part="edit-summary" role="alert" tabindex="-1">
          <p><strong>${!el.failure
            ? msg('Please correct these fields:', { id: 'edit.summary' })
            : errors.some(([k]) => fields.find((f) => f.key === k)?.editable)
              ? errorText(el.failure)
              : msg('The changes were not accepted.', { id: 'edit.rejected' })}</strong></p>
          <ul>
            ${errors.map(([k, m]) => {
              const i = fields.findIndex((f) => f.key === k);
              const focus = (e: Event) => {
                e.preventDefault();
                $(el, `#f${i}`)?.focus();
              };
              // A read-only field has no control to go to.
              return html`<li>${fields[i]!.editable ? html`<a href="#f${i}" @click=${focus}>${fieldLabel(fields[i]!)}: ${m}</a>` : `${fieldLabel(fields[i]!)}: ${m}`}</li>`;
            })}
            ${others.map((m) => html`<li>${m}</li>`)}
          </ul>
        </div>`
      : nothing}
    <form part="edit-form" novalidate @submit=${(e: SubmitEvent) => save(el, e)} @input=${(e: Event) => input(el, e)} @reset=${() => reset(el)}>
      ${fields.map((f, i) => (f.editable ? field(f, i, el.values[f.key], el.errors[f.key]) : readonly(f, el.profile?.values[f.key], c, el['locale'])))}
      <div part="edit-actions">
        <button class="primary" part="edit-save" aria-disabled=${el.saving} aria-busy=${el.saving}>
          ${el.saving ? html`<span class="spinner" aria-hidden="true"></span>${msg('Saving…', { id: 'edit.saving' })}` : msg('Save changes', { id: 'edit.save' })}
        </button>
        <button type="reset" part="edit-reset">${msg('Reset', { id: 'edit.reset' })}</button>
        ${dirty(el) ? html`<span part="edit-dirty" class="muted">${msg('Unsaved changes', { id: 'edit.dirty' })}</span>` : nothing}
        <p part="edit-status" role="status" class="ok">${el.note}</p>
        ${formError ? html`<p part="edit-error" role="alert" class="err">${formError}</p>` : nothing}
      </div>
    </form>
    ${password(el, c)} ${subscriptions(el)}`;
}

function password(el: El, c: FormConfig) {
  const pw = c.password;
  const link = pw.kind === 'link' && safeUrl(pw.url);
  const change = msg('Change password', { id: 'edit.changePassword' });
  if (!link && !(pw.kind === 'inline' && el['client']?.changePassword)) return nothing;
  return html`<section part="edit-credentials">
    <h3>${msg('Password', { id: 'edit.password' })}</h3>
    ${link
      ? html`<p><a part="edit-link" href=${link}>${change}</a></p>`
      : html`<form part="edit-password" novalidate @submit=${(e: SubmitEvent) => changePassword(el, e)}>
          ${[msg('New password (at least 8 characters)', { id: 'edit.pw.new' }), msg('Confirm new password', { id: 'edit.pw.confirm' })].map(
            (label, i) => html`<div part="edit-field">
              <label part="edit-label" for="pw${i}">${label}</label>
              <input part="edit-input" id="pw${i}" type="password" autocomplete="new-password" required aria-describedby=${el.pw[i] ? `pw${i}e` : nothing} aria-invalid=${el.pw[i] ? 'true' : nothing} />
              ${el.pw[i] ? html`<p part="edit-field-error" id="pw${i}e" class="err">${el.pw[i]}</p>` : nothing}
            </div>`,
          )}
          <div part="edit-actions">
            <button part="edit-save" aria-disabled=${el.pwBusy} aria-busy=${el.pwBusy}>
              ${el.pwBusy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${change}
            </button>
            <p part="edit-status" role="status" class="ok">${el.pwNote}</p>
            ${el.pwFail ? html`<p part="edit-error" role="alert" class="err">${el.pwFail}</p>` : nothing}
          </div>
        </form>`}
  </section>`;
}

function subscriptions(el: El) {
  const t = el.subsTask;
  if (t.status === TaskStatus.ERROR) return html`<section part="edit-subscriptions">${errorView(t.error, () => t.run())}</section>`;
  if (!el.subs?.length) return nothing;
  return html`<fieldset part="edit-subscriptions">
    <legend>${msg('Email subscriptions', { id: 'edit.subs' })}</legend>
    ${el.subs.map(
      (s) => html`<label part="edit-subscription" class="opt">
        <input type="checkbox" role="switch" .checked=${s.subscribed} aria-busy=${el.pending.has(s.id)}
          @click=${(e: Event) => el.pending.has(s.id) && e.preventDefault()}
          @change=${(e: Event) => toggle(el, s, (e.target as HTMLInputElement).checked)} />
        <span>${s.name}${s.description ? html`<br /><span class="muted">${s.description}</span>` : nothing}</span>
      </label>`,
    )}
    <p role="status" class="ok">${el.subNote}</p>
    ${el.subError ? html`<p role="alert" class="err">${el.subError}</p>` : nothing}
  </fieldset>`;
}
