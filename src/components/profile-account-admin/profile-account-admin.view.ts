/**
 * The content of `<profile-account-admin>`, loaded on demand together with its data: the password
 * reset (two methods) and the account switches with their confirmation. A controller of the element
 * that owns the forms' state.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { isAbort } from '../../api/errors.js';
import type { FormConfig, PasswordResetMethod, Profile } from '../../api/model.js';
import { AccountStatusChangedEvent } from '../../events/account-status-changed.js';
import { PasswordResetEvent } from '../../events/password-reset.js';
import type { Services } from '../../internal/profile-element.js';
import { newPasswordErrors, passwordFieldWords } from '../../internal/password.js';
import { errorText } from '../../internal/states.js';
import { adoptViewStyles } from '../../internal/view.js';
import type { ProfileAccountAdmin } from './profile-account-admin.js';
import { styles } from './profile-account-admin.view.styles.js';

type Switch = 'locked' | 'disabled';

export class AccountAdminView {
  readonly #host: ProfileAccountAdmin;
  readonly #services: Services;
  #config!: FormConfig;
  #profile!: Profile;
  /** The reset method chosen, the temporary password shown as text or not, and the form's messages. */
  #method?: PasswordResetMethod;
  #shown = false;
  #pwErrors: string[] = [];
  #pwNote = '';
  #pwFail = '';
  #pwBusy = false;
  /** The switch being confirmed, the one in flight, and the switches' messages. */
  #confirming?: Switch;
  #switching?: Switch;
  #statusNote = '';
  #statusFail = '';

  constructor(host: ProfileAccountAdmin, services: Services) {
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

  #update() {
    this.#host.requestUpdate();
    return this.#host.updateComplete;
  }

  /** The profile as the server has it now: shown here and (inside `<user-profile>`) in the header. */
  #follow(p: Profile) {
    this.#profile = p;
    this.#services.shared?.profileChanged(p);
  }

  async #reset(e: SubmitEvent) {
    e.preventDefault();
    const api = this.#services.client;
    const method = this.#method ?? (this.#config.admin!.invite ? 'invite' : 'temporary');
    if (this.#pwBusy || !api?.resetPassword) return;
    const form = e.target as HTMLFormElement;
    const [a, b] = [...form.querySelectorAll<HTMLInputElement>('[part~=admin-input]')].map((i) => i.value);
    this.#pwNote = this.#pwFail = '';
    this.#pwErrors = method === 'temporary' ? newPasswordErrors(a, b) : [];
    if (this.#pwErrors.some(Boolean)) {
      await this.#update();
      return form.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
    }
    this.#pwBusy = true;
    this.#update();
    const { id, name } = this.#profile;
    try {
      await api.resetPassword(method, method === 'temporary' ? a : undefined, this.#services.signal);
      form.reset();
      this.#pwNote =
        method === 'invite'
          ? msg(str`${name} was sent an email to set a new password.`, { id: 'admin.invited' })
          : msg(str`The temporary password is set. Give it to ${name} in person or by another safe channel.`, { id: 'admin.temporarySet' });
      this.#host.dispatchEvent(new PasswordResetEvent({ userId: id, method }));
      // The server may have changed the account meanwhile (WSO2 locks it until the new password is set).
      api.getProfile(this.#services.signal).then((p) => this.#follow(p), () => {});
    } catch (err) {
      this.#services.report('reset-password', err);
      if (isAbort(err)) return;
      // The server's words about the password (its policy) go on the field; anything else is announced.
      const onField = passwordFieldWords(err);
      if (onField && method === 'temporary') this.#pwErrors = [onField];
      else this.#pwFail = errorText(err);
      this.#pwBusy = false;
      await this.#update();
      if (onField) form.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
    } finally {
      this.#pwBusy = false;
      this.#update();
    }
  }

  /** A switch moved: turning one on asks first (a dialog), turning one off happens at once. */
  #toggle(which: Switch, on: boolean, input: HTMLInputElement) {
    input.checked = !on; // (shown as it is until the server says otherwise)
    if (on) {
      this.#confirming = which;
      this.#update().then(() => this.#$<HTMLDialogElement>('dialog')?.showModal());
    } else void this.#set(which, false);
  }

  async #set(which: Switch, on: boolean) {
    const api = this.#services.client;
    if (this.#switching || !api?.setAccountStatus) return;
    this.#switching = which;
    this.#statusNote = this.#statusFail = '';
    this.#update();
    try {
      const p = await api.setAccountStatus({ [which]: on }, this.#services.signal);
      this.#follow(p);
      this.#$<HTMLDialogElement>('dialog')?.close();
      const { locked = false, disabled = false } = p.account ?? {};
      this.#statusNote = which === 'locked' ? (on ? msg('The account is locked.', { id: 'admin.lockedNow' }) : msg('The account is unlocked.', { id: 'admin.unlockedNow' })) : on ? msg('The account is disabled.', { id: 'admin.disabledNow' }) : msg('The account is enabled.', { id: 'admin.enabledNow' });
      this.#host.dispatchEvent(new AccountStatusChangedEvent({ userId: p.id, locked, disabled }));
    } catch (err) {
      this.#services.report('account-status', err);
      if (!isAbort(err)) this.#statusFail = errorText(err);
    } finally {
      this.#switching = undefined;
      await this.#update();
      if (!this.#$<HTMLDialogElement>('dialog')?.open) this.#$<HTMLElement>(`[name=${which}]`)?.focus();
    }
  }

  render() {
    const a = this.#config.admin!;
    return html`${a.invite || a.temporary ? this.#password() : nothing} ${a.lock || a.disable ? this.#switches() : nothing}`;
  }

  #password() {
    const a = this.#config.admin!;
    const method = this.#method ?? (a.invite ? 'invite' : 'temporary');
    const busy = this.#pwBusy;
    const choose = (m: PasswordResetMethod) => {
      this.#method = m;
      this.#pwErrors = [];
      this.#update();
    };
    return html`<section>
      <h3>${msg('Reset password', { id: 'admin.reset' })}</h3>
      <form part="admin-password" novalidate @submit=${(e: SubmitEvent) => this.#reset(e)}>
        ${a.invite && a.temporary
          ? html`<fieldset part="admin-method">
              <legend>${msg('How should the user get a new password?', { id: 'admin.method' })}</legend>
              <label class="opt"><input type="radio" name="method" value="invite" .checked=${method === 'invite'} @change=${() => choose('invite')} />
                ${msg('Invite the user to set their own password (they get an email)', { id: 'admin.invite' })}</label>
              <label class="opt"><input type="radio" name="method" value="temporary" .checked=${method === 'temporary'} @change=${() => choose('temporary')} />
                ${msg('Set a temporary password', { id: 'admin.temporary' })}</label>
            </fieldset>`
          : nothing}
        ${method === 'temporary'
          ? [msg('Temporary password (at least 8 characters)', { id: 'admin.pw.new' }), msg('Confirm the temporary password', { id: 'admin.pw.confirm' })].map(
              (label, i) => html`<div>
                <label for="tp${i}">${label}</label>
                <div class="pw">
                  <input part="admin-input" id="tp${i}" type=${this.#shown ? 'text' : 'password'} autocomplete="new-password" required
                    aria-invalid=${this.#pwErrors[i] ? 'true' : nothing} aria-describedby=${this.#pwErrors[i] ? `tp${i}e` : nothing} />
                  ${i
                    ? nothing
                    : html`<button type="button" part="admin-toggle" aria-pressed=${this.#shown} aria-controls="tp0 tp1" @click=${() => ((this.#shown = !this.#shown), this.#update())}>
                        ${msg('Show password', { id: 'admin.show' })}
                      </button>`}
                </div>
                ${this.#pwErrors[i] ? html`<p part="admin-field-error" id="tp${i}e" class="err">${this.#pwErrors[i]}</p>` : nothing}
              </div>`,
            )
          : nothing}
        <div>
          <button part="admin-submit" aria-disabled=${busy} aria-busy=${busy}>
            ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${method === 'invite' ? msg('Send the invitation', { id: 'admin.sendInvite' }) : msg('Set the temporary password', { id: 'admin.setTemporary' })}
          </button>
        </div>
        <p part="admin-status" role="status" class="ok">${this.#pwNote}</p>
        ${this.#pwFail ? html`<p part="admin-error" role="alert" class="err">${this.#pwFail}</p>` : nothing}
      </form>
    </section>`;
  }

  #switches() {
    const a = this.#config.admin!;
    const { locked = false, disabled = false } = this.#profile.account ?? {};
    const which = this.#confirming;
    const row = (name: Switch, label: string, on: boolean, hint: string) =>
      html`<label part="admin-switch" class="opt">
        <input type="checkbox" role="switch" name=${name} .checked=${on} aria-busy=${this.#switching === name}
          ?disabled=${name === 'locked' && disabled} aria-describedby="${name}-hint"
          @click=${(e: Event) => this.#switching && e.preventDefault()}
          @change=${(e: Event) => this.#toggle(name, (e.target as HTMLInputElement).checked, e.target as HTMLInputElement)} />
        <span>${label}<br /><span class="muted" id="${name}-hint">${hint}</span></span>
      </label>`;
    return html`<section>
      <h3>${msg('Account status', { id: 'admin.status' })}</h3>
      <fieldset part="admin-switches">
        <legend class="sr-only">${msg('Account status', { id: 'admin.status' })}</legend>
        ${a.lock
          ? row('locked', msg('Locked', { id: 'admin.locked' }), locked, disabled
              ? msg('To lock or unlock the account, enable it first.', { id: 'admin.enableFirst' })
              : msg('A locked user cannot sign in to any application.', { id: 'admin.lockHint' }))
          : nothing}
        ${a.disable ? row('disabled', msg('Disabled', { id: 'admin.disabled' }), disabled, msg('A disabled user cannot sign in to My Account or any other application.', { id: 'admin.disableHint' })) : nothing}
        <p part="admin-status" role="status" class="ok">${this.#statusNote}</p>
        ${this.#statusFail ? html`<p part="admin-error" role="alert" class="err">${this.#statusFail}</p>` : nothing}
      </fieldset>
      <dialog part="admin-dialog" aria-labelledby="st" @cancel=${(e: Event) => this.#switching && e.preventDefault()} @close=${() => {
        const name = this.#confirming;
        this.#confirming = undefined;
        this.#update().then(() => this.#$<HTMLElement>(`[name=${name}]`)?.focus());
      }}>
        <h3 id="st">${which === 'disabled' ? msg(str`Disable ${this.#profile.name}'s account?`, { id: 'admin.disableTitle' }) : msg(str`Lock ${this.#profile.name}'s account?`, { id: 'admin.lockTitle' })}</h3>
        <p>${which === 'disabled'
          ? msg('Make sure the user no longer needs access: they will not be able to sign in to My Account or any other application.', { id: 'admin.disableWarning' })
          : msg('The user will not be able to sign in to any application until the account is unlocked.', { id: 'admin.lockWarning' })}</p>
        ${this.#statusFail && which ? html`<p part="admin-error" role="alert" class="err">${this.#statusFail}</p>` : nothing}
        <div class="actions">
          <button type="button" part="admin-cancel" @click=${() => this.#switching || this.#$<HTMLDialogElement>('dialog')?.close()}>${msg('Cancel', { id: 'delete.cancel' })}</button>
          <button type="button" class="danger" part="admin-confirm" aria-busy=${!!this.#switching} aria-disabled=${!!this.#switching} @click=${() => which && this.#set(which, true)}>
            ${this.#switching ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${which === 'disabled' ? msg('Disable', { id: 'admin.disable' }) : msg('Lock', { id: 'admin.lock' })}
          </button>
        </div>
      </dialog>
    </section>`;
  }
}
