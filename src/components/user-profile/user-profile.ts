import { provide } from '@lit/context';
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { FormConfig, Profile } from '../../api/model.js';
import type { ProfileApi } from '../../api/profile-api.js';
import { profileContext, type ProfileContext } from '../../context/profile-context.js';
import { LoadTask } from '../../controllers/load-task.js';
import { ProfileLoadedEvent } from '../../events/profile-loaded.js';
import { ProfileUnauthorizedEvent } from '../../events/profile-unauthorized.js';
import { hostStyles } from '../../styles/host.js';
import { abortable } from '../shared/abortable.js';
import { ProfileElement } from '../shared/profile-element.js';
import { safeUrl } from '../shared/safe-url.js';
import { configView, errorView, loadingView } from '../shared/states.js';
import { toApiError } from '../../api/errors.js';
import { styles } from './user-profile.styles.js';
import { NOTIFICATION_PARTS } from '../profile-notifications/profile-notifications.js';
import { SITES_PARTS } from '../profile-sites/profile-sites.js';
import { EDIT_PARTS } from '../profile-edit-form/profile-edit-form.js';
import { DELETE_PARTS } from '../profile-delete-account/profile-delete-account.js';
import { ACTIVITY_PARTS } from '../profile-activity/profile-activity.js';

/** Section names accepted by `hide` (the part names of SPEC §6; `delete` is an alias of `danger`). */
const SECTIONS = ['notifications', 'sites', 'edit', 'danger', 'activity'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * The complete profile area: a header with the user's avatar, name and email, and every section
 * below it, all from one configuration. The sections share this element's client, its one `GET /me`
 * and its one realm configuration.
 *
 * @summary A user's profile area: header, notifications, sites, edit form, account deletion, activity.
 *
 * @slot signed-out - Shown when the user is not signed in (401), e.g. a link to the sign-in page.
 *
 * @fires profile-loaded - `{profile}` once `/me` has loaded (normalised; includes `delegatedToken`).
 * @fires profile-error - `{operation, status, message}` when any request fails (`status` −1: network).
 * @fires profile-unauthorized - `{status}` when the server says the user is not signed in; fired once.
 *
 * @csspart header - The header: avatar, name, email, unread badge.
 * @csspart avatar - The avatar image, or the initials standing in for it.
 * @csspart name - The user's name.
 * @csspart email - The user's email.
 * @csspart badge - The unread-notifications count in the header.
 * @csspart notifications - The notifications section.
 * @csspart sites - The sites section.
 * @csspart edit - The edit-profile section.
 * @csspart danger - The delete-account section.
 * @csspart activity - The account-activity section.
 * @csspart loading - The loading message.
 * @csspart error - An error message.
 * @csspart retry - The "Try again" button of an error.
 * @csspart signed-out - The signed-out message.
 *
 * @cssprop --profile-font - Font shorthand (default: inherited from the page).
 * @cssprop --profile-color-text - Text colour.
 * @cssprop --profile-color-muted - Secondary text colour.
 * @cssprop --profile-color-background - Background of controls.
 * @cssprop --profile-color-surface - Background of the header and panels.
 * @cssprop --profile-color-border - Border colour.
 * @cssprop --profile-color-accent - Accent: links, primary buttons, badges.
 * @cssprop --profile-color-on-accent - Text on the accent colour.
 * @cssprop --profile-color-danger - Errors and destructive actions.
 * @cssprop --profile-color-success - Success messages.
 * @cssprop --profile-radius - Corner radius.
 * @cssprop --profile-spacing - Base spacing unit.
 * @cssprop --profile-focus-ring - Focus outline colour.
 */
export class UserProfile extends ProfileElement {
  static override styles = [hostStyles, styles];

  /** Space-separated sections not to render nor fetch: `notifications sites edit danger activity`. */
  @property() hide = '';

  @state() private unread = 0;
  @state() private signedOut = false;
  /** The loaded profile; replaced by what a section saves, without a second `GET /me`. */
  @state() private profile?: Profile;

  @provide({ context: profileContext })
  @state()
  private context?: ProfileContext;

  /** Aborts the shared requests (form configuration) when this element leaves the page. */
  #connection = new AbortController();
  #formConfig?: Promise<FormConfig>;

  private profileTask = new LoadTask(this, {
    args: () => [this.client] as const,
    task: ([api], { signal }) => api?.getProfile(signal),
    onComplete: (profile) => {
      this.signedOut = false;
      this.profile = profile;
      if (profile) this.dispatchEvent(new ProfileLoadedEvent({ profile }));
    },
    onError: (e) => this.report('load-profile', e),
  });

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // Sections report 401 too: the page hears it once, from this element, which shows the
    // signed-out state. Listening on the shadow root catches only the sections' events.
    root.addEventListener('profile-unauthorized', (e) => {
      e.stopPropagation();
      this.#signOut();
    });
    root.addEventListener('notifications-unread-changed', (e) => (this.unread = (e as CustomEvent).detail.count));
    root.addEventListener('profile-saved', (e) => (this.profile = (e as CustomEvent<{ profile: Profile }>).detail.profile));
    return root;
  }

  protected override report(operation: string, e: unknown) {
    super.report(operation, e, false);
    if (toApiError(e).status === 401) this.#signOut();
  }

  #signOut() {
    if (this.signedOut) return;
    this.signedOut = true;
    this.dispatchEvent(new ProfileUnauthorizedEvent({ status: 401 }));
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.#connection.signal.aborted) this.#connection = new AbortController();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#connection.abort(new DOMException('The element left the page', 'AbortError'));
    this.#formConfig = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const api = this.client;
    const { profile } = this;
    if (!api) this.context = undefined;
    else if (this.context?.api !== api || this.context.profile !== profile) {
      if (this.context?.api !== api) this.#formConfig = undefined;
      this.context = {
        api,
        profile,
        formConfig: (signal) => abortable(this.#sharedFormConfig(api), signal),
        profileChanged: (p) => (this.profile = p),
      };
    }
  }

  #sharedFormConfig(api: ProfileApi): Promise<FormConfig> {
    return (this.#formConfig ??= api.getFormConfig(this.#connection.signal).catch((e) => {
      this.#formConfig = undefined; // a failed load is retried by the next caller
      throw e;
    }));
  }

  #shows(section: Section, api: ProfileApi): boolean {
    const hidden = this.hide.toLowerCase().replace(/\bdelete\b/, 'danger').split(/\s+/);
    if (hidden.includes(section)) return false;
    if (section === 'notifications') return !!api.listNotifications;
    if (section === 'sites') return !!api.listSites;
    if (section === 'activity') return !!api.listActivity;
    return true;
  }

  override render() {
    const api = this.context?.api;
    if (!api) return configView(this.configError ?? 'api-base');
    if (this.signedOut) {
      return html`<div part="signed-out" role="alert">
        <p>${msg('You are signed out. Sign in to see your profile.', { id: 'profile.signedOut' })}</p>
        <slot name="signed-out"></slot>
        <button type="button" part="retry" @click=${() => this.profileTask.run()}>${msg('Try again', { id: 'common.retry' })}</button>
      </div>`;
    }
    return html`<div class="layout">
      ${this.#header()}
      ${this.#shows('notifications', api)
        ? html`<section part="notifications"><profile-notifications exportparts=${NOTIFICATION_PARTS}></profile-notifications></section>`
        : nothing}
      ${this.#shows('edit', api)
        ? html`<section part="edit"><profile-edit-form exportparts=${EDIT_PARTS}></profile-edit-form></section>`
        : nothing}
      ${this.#shows('sites', api)
        ? html`<section part="sites"><profile-sites exportparts=${SITES_PARTS}></profile-sites></section>`
        : nothing}
      ${this.#shows('activity', api)
        ? html`<section part="activity"><profile-activity exportparts=${ACTIVITY_PARTS}></profile-activity></section>`
        : nothing}
      ${this.#shows('danger', api)
        ? html`<section part="danger"><profile-delete-account exportparts=${DELETE_PARTS}></profile-delete-account></section>`
        : nothing}
    </div>`;
  }

  #header() {
    const task = this.profileTask;
    if (task.status === TaskStatus.ERROR) return html`<header part="header">${errorView(task.error, () => task.run())}</header>`;
    const p = this.profile;
    if (!p) return html`<header part="header" aria-busy="true">${loadingView()}</header>`;
    const avatar = safeUrl(p.avatarUrl, true);
    const initials = p.name
      .split(/\s+/)
      .slice(0, 2)
      .map((w) => w[0] ?? '')
      .join('')
      .toUpperCase();
    return html`<header part="header">
      ${avatar
        ? html`<img part="avatar" class="avatar" src=${avatar} alt="" @error=${(e: Event) => ((e.target as HTMLElement).hidden = true)} />`
        : html`<span part="avatar" class="avatar" aria-hidden="true">${initials}</span>`}
      <div class="who">
        <h2 part="name">${p.name}</h2>
        ${p.email ? html`<p part="email" class="muted">${p.email}</p>` : nothing}
      </div>
      ${this.unread > 0
        ? html`<span part="badge">${msg(str`${this.unread} unread`, { id: 'profile.unread' })}</span>`
        : nothing}
    </header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'user-profile': UserProfile;
  }
}
