/**
 * The rows of `<profile-edit-form>`: one labelled native control per editable field (chosen from
 * its definition, any dialect), and read-only fields as text.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { FieldDefinition, FieldValue, FormConfig } from '../../api/model.js';
import { safeUrl } from '../../internal/url.js';
import { display, fieldLabel, isBool, norm, optionLabel, when } from './profile-edit-form.fields.js';

const AUTOCOMPLETE: Record<string, string> = { first_name: 'given-name', last_name: 'family-name', email: 'email', birth_date: 'bday', sex: 'sex', name: 'name' };

/** `YYYY-MM-DD` / `YYYY-MM-DDTHH:mm` in local time, as date inputs want them. */
const local = (d: Date) => new Date(+d - d.getTimezoneOffset() * 6e4).toISOString();

/** An editable field: label (with the required mark), control, hint and error, tied together by ids `f{i}`, `f{i}h`, `f{i}e`. */
export function field(f: FieldDefinition, i: number, v: FieldValue | undefined, err: string | undefined) {
  const id = `f${i}`;
  const n = norm(f, v);
  const invalid = err ? 'true' : nothing;
  const text = f.multiple && !f.options?.length;
  const hint = [text ? msg('One per line.', { id: 'edit.perLine' }) : '', f.hint].join(' ').trim();
  const desc = [hint && `${id}h`, err && `${id}e`].filter(Boolean).join(' ') || nothing;
  const label = html`${fieldLabel(f)}${f.required ? html` <span class="muted">${msg('(required)', { id: 'edit.required' })}</span>` : nothing}`;
  const extra = html`${hint ? html`<p part="edit-hint" id="${id}h" class="muted">${hint}</p>` : nothing} ${pending(f)}
  ${err ? html`<p part="edit-field-error" id="${id}e" class="err">${err}</p>` : nothing}`;
  const has = (o: string) => (Array.isArray(n) ? n.includes(o) : n === o);

  if (f.options?.length && (f.type === 'choice' || (f.multiple && f.type !== 'dropdown'))) {
    return html`<fieldset part="edit-field" aria-describedby=${desc}>
      <legend part="edit-label">${label}</legend>
      ${f.options.map(
        (o, j) =>
          html`<label class="opt"><input type=${f.multiple ? 'checkbox' : 'radio'} id=${j ? nothing : id} name=${f.key} value=${o.value} .checked=${has(o.value)} aria-invalid=${invalid} ?required=${f.required && !f.multiple} />
            ${optionLabel(f, o)}</label>`,
      )}
      ${extra}
    </fieldset>`;
  }
  if (isBool(f)) {
    return html`<div part="edit-field" class="check">
      <input type="checkbox" id=${id} name=${f.key} .checked=${!!n} aria-invalid=${invalid} aria-describedby=${desc} ?required=${f.required} />
      <label part="edit-label" for=${id}>${label}</label>${extra}
    </div>`;
  }
  let control;
  if (f.options?.length) {
    control = html`<select part="edit-input" id=${id} name=${f.key} aria-invalid=${invalid} aria-describedby=${desc} ?required=${f.required} ?multiple=${f.multiple}>
      ${f.multiple ? nothing : html`<option value="">${msg('Choose…', { id: 'edit.choose' })}</option>`}
      ${f.options.map((o) => html`<option value=${o.value} .selected=${has(o.value)}>${optionLabel(f, o)}</option>`)}
    </select>`;
  } else if (text || f.type === 'paragraph') {
    control = html`<textarea part="edit-input" id=${id} name=${f.key} rows="3" aria-invalid=${invalid} aria-describedby=${desc} ?required=${f.required} .value=${typeof v === 'string' ? v : [n ?? ''].flat().join('\n')}></textarea>`;
  } else {
    const raw = v == null ? '' : String(v);
    const d = when(raw);
    const value = f.type === 'datetime' ? (d ? local(d).slice(0, 16) : '') : f.type === 'date' ? raw.slice(0, 10) : raw;
    // A birth date: any real day up to today (no lower limit: records from the 19th century are real).
    const max = f.past ? local(new Date()).slice(0, 10) : nothing;
    control = html`<input part="edit-input" id=${id} name=${f.key} type=${f.type === 'datetime' ? 'datetime-local' : /^(email|url|tel|number|date)$/.test(f.type) ? f.type : 'text'} step=${f.type === 'number' ? (f.step ?? 'any') : nothing}
      max=${max} autocomplete=${AUTOCOMPLETE[f.key] ?? (f.type === 'tel' ? 'tel' : nothing)}
      aria-invalid=${invalid} aria-describedby=${desc} ?required=${f.required} .value=${value} />`;
  }
  return html`<div part="edit-field"><label part="edit-label" for=${id}>${label}</label>${control}${extra}</div>`;
}

/** A new value of the field awaiting verification (a changed email, a mobile number to confirm). */
const pending = (f: FieldDefinition) =>
  f.pending ? html`<p part="edit-pending" class="muted">${msg(str`${f.pending} is awaiting verification.`, { id: 'edit.pending' })}</p>` : nothing;

/** A read-only field: its value as text and (with `why`) why it cannot be edited here, or where it can. */
export function readonly(f: FieldDefinition, v: FieldValue | undefined, c: FormConfig, locale: string, why = true) {
  const link = c.email.kind === 'link' && f.type === 'email' ? safeUrl(c.email.url) : undefined;
  return html`<dl part="edit-field edit-readonly">
    <dt part="edit-label">${fieldLabel(f)}</dt>
    <dd>${display(f, v, locale)}${pending(f)}</dd>
    ${why
      ? html`<dd class="muted">
          ${f.readOnlyReason ??
          (link
            ? html`<a part="edit-link" href=${link}>${msg('Change email', { id: 'edit.changeEmail' })}</a>`
            : msg('Managed by your organisation', { id: 'edit.managed' }))}
        </dd>`
      : nothing}
  </dl>`;
}
