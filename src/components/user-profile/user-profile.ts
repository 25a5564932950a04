import { provide } from '@lit/context';
import { msg } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { badShape, isAbort } from '../../api/errors.js';
import type { FormConfig, Profile } from '../../api/model.js';
import type { ProfileApi } from '../../api/profile-api.js';
import { profileContext, type ProfileContext } from '../../context/profile-context.js';
import { ProfileLoadedEvent } from '../../events/profile-loaded.js';
import { ProfileUnauthorizedEvent } from '../../events/profile-unauthorized.js';
import { abortable } from '../../internal/abortable.js';
import { LoadTask } from '../../internal/load-task.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { configView, errorText, errorView, loadingView, unreadText } from '../../internal/states.js';
import { safeUrl } from '../../internal/url.js';
import { syncScope, type SyncMessage } from '../../internal/tab-sync.js';
import { loadView } from '../../internal/view.js';
import { styles } from './user-profile.styles.js';
import type { UserProfileView } from './user-profile.view.js';
import { NOTIFICATION_PARTS } from '../profile-notifications/profile-notifications.js';
import { SITES_PARTS } from '../profile-sites/profile-sites.js';
import { EDIT_PARTS } from '../profile-edit-form/profile-edit-form.js';
import { DELETE_PARTS } from '../profile-delete-account/profile-delete-account.js';
import { ADMIN_PARTS } from '../profile-account-admin/profile-account-admin.js';
import { ACTIVITY_PARTS } from '../profile-activity/profile-activity.js';

/** Section names accepted by `hide` (the part names of contract §6; `delete` is an alias of `danger`). */
type Section = 'notifications' | 'sites' | 'edit' | 'danger' | 'activity' | 'details' | 'admin';

/** Whether the view (`user-profile.view.ts`) has something to show: a status to explain, or details (rest, SCIM; never modyo). */
const hasDetails = (p: Profile) => (p.status ?? 'active') !== 'active' || [p.emails, p.phones, p.identities, p.badges, p.activeSessions, p.account].some((v) => v != null);

/**
 * The complete profile area: a header with the user's avatar, name, email, unread count and (with
 * `help-center`) a help-centre button; the account status and read-only account details where the
 * backend has them; and every section below, all from one configuration. The sections share this
 * element's client, its one `GET /me` and its one realm configuration. Sections whose backend call
 * does not exist (e.g. no notifications in the rest dialect), or named in `hide`, are neither
 * rendered nor requested. One column at 320 px, two on containers from 48rem (container queries).
 * After a section deletes the account, a message replaces everything and nothing is requested again.
 *
 * @summary A user's profile area: header, notifications, sites, edit form, account deletion, activity.
 *
 * @slot signed-out - Shown when the user is not signed in (401), e.g. a link to the sign-in page.
 *
 * @fires profile-loaded - `{profile}` once `/me` has loaded (normalised; includes `delegatedToken`).
 * @fires profile-error - `{operation, status, message}` when any request fails (`status` −1: network); operations: `load-profile`, `help-center` and the sections' ones.
 * @fires profile-unauthorized - `{status}` when the server says the user is not signed in; fired once.
 * @fires profile-saving - From the edit section: `{changes}`; cancelable (cancel stops the save).
 * @fires profile-saved - From the edit section: `{profile}`; the header follows without a new request.
 * @fires notification-read - From the notifications section: `{notification}`.
 * @fires notifications-unread-changed - From the notifications section: `{count}`; the header badge follows.
 * @fires account-deleting - From the delete section: `{}`; cancelable (cancel stops the deletion).
 * @fires account-deleted - From the delete section: `{pending?}` (administrator mode: `{userId}`); the composite then shows that the account is gone (or going, when `pending`).
 * @fires password-reset - Administrator mode, from the administration section: `{userId, method}`.
 * @fires account-status-changed - Administrator mode, from the administration section: `{userId, locked, disabled}`.
 *
 * @csspart header - The header: avatar, name, email, unread badge, help-centre button.
 * @csspart avatar - The avatar image, or the initials standing in for it.
 * @csspart name - The user's name.
 * @csspart email - The user's email.
 * @csspart badge - The unread-notifications count in the header.
 * @csspart help - The "Help centre" button (with `help-center`).
 * @csspart help-error - Why the help centre could not be opened.
 * @csspart status - The account-status banner (pending, invited, suspended, being deleted); classes `pending`, `invited`, `banned`, `deleted`.
 * @csspart details - The read-only account details: emails, phones, linked accounts, sessions, badges.
 * @csspart notifications - The notifications section.
 * @csspart sites - The sites section.
 * @csspart edit - The edit-profile section.
 * @csspart danger - The delete-account section (administrator mode: delete the user).
 * @csspart admin - Administrator mode: the password reset and account status section.
 * @csspart activity - The account-activity section.
 * @csspart deleted - The message shown once the account has been deleted.
 * @csspart loading - The loading message.
 * @csspart error - An error message.
 * @csspart retry - The "Try again" button of an error.
 * @csspart signed-out - The signed-out message.
 * @csspart site-list - Sites section: the list (also around slotted links).
 * @csspart site - Sites section: one site.
 * @csspart site-logo - Sites section: a logo, or the initial standing in for it.
 * @csspart site-name - Sites section: a site's name, a link to it.
 * @csspart site-description - Sites section: a site's description.
 * @csspart site-empty - Sites section: the message when there are none.
 * @csspart site-loading - Sites section: the loading message.
 * @csspart site-error - Sites section: an error message.
 * @csspart site-retry - Sites section: its "Try again" button.
 * @csspart sites-empty - Deprecated alias of `site-empty`.
 * @csspart sites-loading - Deprecated alias of `site-loading`.
 * @csspart sites-error - Deprecated alias of `site-error`.
 * @csspart sites-retry - Deprecated alias of `site-retry`.
 * @csspart activity-list - Activity section: the list of events.
 * @csspart activity-item - Activity section: one event.
 * @csspart activity-title - Activity section: an event's title.
 * @csspart activity-description - Activity section: an event's description.
 * @csspart activity-time - Activity section: when it happened.
 * @csspart activity-empty - Activity section: the message when there are none.
 * @csspart activity-more - Activity section: the "Load more" button.
 * @csspart activity-count - Activity section: "Showing 10 of 45".
 * @csspart activity-loading - Activity section: the loading message.
 * @csspart activity-error - Activity section: an error message.
 * @csspart activity-retry - Activity section: its "Try again" button.
 * @csspart notification-badge - Notifications section (see `<profile-notifications>`).
 * @csspart notification-mark-all - Notifications section (see `<profile-notifications>`).
 * @csspart notification-list - Notifications section (see `<profile-notifications>`).
 * @csspart notification-item - Notifications section (see `<profile-notifications>`).
 * @csspart notification-unread - Notifications section (see `<profile-notifications>`).
 * @csspart notification-subject - Notifications section (see `<profile-notifications>`).
 * @csspart notification-time - Notifications section (see `<profile-notifications>`).
 * @csspart notification-more - Notifications section (see `<profile-notifications>`).
 * @csspart notification-empty - Notifications section (see `<profile-notifications>`).
 * @csspart notifications-empty - Deprecated alias of `notification-empty`.
 * @csspart notification-detail - Notifications section (see `<profile-notifications>`).
 * @csspart notification-back - Notifications section (see `<profile-notifications>`).
 * @csspart notification-body - Notifications section (see `<profile-notifications>`).
 * @csspart notification-link - Notifications section (see `<profile-notifications>`).
 * @csspart notification-loading - Notifications section (see `<profile-notifications>`).
 * @csspart notification-error - Notifications section (see `<profile-notifications>`).
 * @csspart notification-retry - Notifications section (see `<profile-notifications>`).
 * @csspart edit-form - Edit section (see `<profile-edit-form>`).
 * @csspart edit-summary - Edit section (see `<profile-edit-form>`).
 * @csspart edit-field - Edit section (see `<profile-edit-form>`).
 * @csspart edit-readonly - Edit section (see `<profile-edit-form>`).
 * @csspart edit-label - Edit section (see `<profile-edit-form>`).
 * @csspart edit-input - Edit section (see `<profile-edit-form>`).
 * @csspart edit-hint - Edit section (see `<profile-edit-form>`).
 * @csspart edit-pending - Edit section (see `<profile-edit-form>`).
 * @csspart edit-field-error - Edit section (see `<profile-edit-form>`).
 * @csspart edit-actions - Edit section (see `<profile-edit-form>`).
 * @csspart edit-save - Edit section (see `<profile-edit-form>`).
 * @csspart edit-reset - Edit section (see `<profile-edit-form>`).
 * @csspart edit-dirty - Edit section (see `<profile-edit-form>`).
 * @csspart edit-status - Edit section (see `<profile-edit-form>`).
 * @csspart edit-error - Edit section (see `<profile-edit-form>`).
 * @csspart edit-unsupported - Edit section (see `<profile-edit-form>`).
 * @csspart edit-credentials - Edit section (see `<profile-edit-form>`).
 * @csspart edit-link - Edit section (see `<profile-edit-form>`).
 * @csspart edit-password - Edit section (see `<profile-edit-form>`).
 * @csspart edit-subscriptions - Edit section (see `<profile-edit-form>`).
 * @csspart edit-subscription - Edit section (see `<profile-edit-form>`).
 * @csspart edit-loading - Edit section: its loading message.
 * @csspart edit-load-error - Edit section: why it could not load.
 * @csspart edit-retry - Edit section: its "Try again" button.
 * @csspart admin-password - Administration section (see `<profile-account-admin>`).
 * @csspart admin-method - Administration section (see `<profile-account-admin>`).
 * @csspart admin-input - Administration section (see `<profile-account-admin>`).
 * @csspart admin-toggle - Administration section (see `<profile-account-admin>`).
 * @csspart admin-submit - Administration section (see `<profile-account-admin>`).
 * @csspart admin-status - Administration section (see `<profile-account-admin>`).
 * @csspart admin-error - Administration section (see `<profile-account-admin>`).
 * @csspart admin-field-error - Administration section (see `<profile-account-admin>`).
 * @csspart admin-switches - Administration section (see `<profile-account-admin>`).
 * @csspart admin-switch - Administration section (see `<profile-account-admin>`).
 * @csspart admin-dialog - Administration section (see `<profile-account-admin>`).
 * @csspart admin-confirm - Administration section (see `<profile-account-admin>`).
 * @csspart admin-cancel - Administration section (see `<profile-account-admin>`).
 * @csspart admin-loading - Administration section: its loading message.
 * @csspart admin-load-error - Administration section: why it could not load.
 * @csspart admin-retry - Administration section: its "Try again" button.
 * @csspart delete-text - Delete section (see `<profile-delete-account>`).
 * @csspart delete-open - Delete section (see `<profile-delete-account>`).
 * @csspart delete-dialog - Delete section (see `<profile-delete-account>`).
 * @csspart delete-input - Delete section (see `<profile-delete-account>`).
 * @csspart delete-error - Delete section (see `<profile-delete-account>`).
 * @csspart delete-cancel - Delete section (see `<profile-delete-account>`).
 * @csspart delete-confirm - Delete section (see `<profile-delete-account>`).
 * @csspart delete-done - Delete section (see `<profile-delete-account>`).
 * @csspart delete-loading - Delete section: its loading message.
 * @csspart delete-load-error - Delete section: why it could not load.
 * @csspart delete-retry - Delete section: its "Try again" button.
 */
export class UserProfile extends ProfileElement {
  static override styles = styles;

  /** Space-separated sections not to render nor fetch: `notifications sites edit danger activity details admin`. */
  @property() hide = '';

  /** Shows a "Help centre" button that signs the user into the help centre (Modyo's Zendesk SSO). */
  @property({ type: Boolean, attribute: 'help-center' }) helpCenter = false;

  /** Refreshes the notifications section every N seconds (0 = off; see `<profile-notifications>`). */
  @property({ type: Number }) poll = 0;

  @state() private helpBusy = false;
  @state() private helpError?: unknown;
  @state() private deleted?: 'deleted' | 'pending';

  /** The account status and details: loaded only for a profile that carries them. */
  #view?: UserProfileView;

  @state() private unread = 0;
  @state() private signedOut = false;
  /** The loaded profile; replaced by what a section saves, without a second `GET /me`. */
  @state() private profile?: Profile;

  @provide({ context: profileContext })
  @state()
  private context?: ProfileContext;

  /** How many times the shared form configuration loaded after failing (see `ProfileContext`). */
  @state() private configLoads = 0;
  #configFailed = false;

  #formConfig?: Promise<FormConfig>;

  private profileTask = new LoadTask(this, {
    args: () => [this.client] as const,
    task: async ([api], { signal }) => {
      // The edit and delete sections need the realm configuration too: ask for it alongside /me
      // (shared; a failure here is theirs to show, when they ask for it again).
      if (api && (this.#shows('edit', api) || this.#shows('danger', api) || this.#shows('admin', api))) this.#sharedFormConfig(api).catch(() => {});
      // A profile with a status to explain or details to list brings their templates (once), so the
      // page appears whole. Those of the rest and scim dialects (and custom backends) carry them:
      // the templates come with /me, not after it. A failed import (offline) is a network error.
      const details = () => loadView(() => import('./user-profile.view.js'));
      const early = this.#view || (!this.api && (this.dialect || 'modyo') === 'modyo') ? undefined : details();
      early?.catch(() => {});
      const profile = await api?.getProfile(signal);
      if (profile && hasDetails(profile)) {
        const view = await (early ?? details());
        signal.throwIfAborted(); // left the page meanwhile
        this.#view ??= new view.UserProfileView(this);
      }
      return profile;
    },
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
      this.unauthorized();
    });
    root.addEventListener('notifications-unread-changed', (e) => (this.unread = (e as CustomEvent).detail.count));
    root.addEventListener('profile-saved', (e) => (this.profile = (e as CustomEvent<{ profile: Profile }>).detail.profile));
    root.addEventListener('account-deleted', (e) => this.#deletedNow((e as CustomEvent<{ pending?: boolean }>).detail.pending ? 'pending' : 'deleted'));
    return root;
  }

  /** The account is gone (or going): the sections leave (aborting their requests) and nothing loads again. */
  async #deletedNow(how: 'deleted' | 'pending') {
    this.deleted = how;
    this.gone = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="deleted"]')?.focus();
  }

  /** Its channel is the signed-in user's: joined once the profile says who that is. */
  protected override syncScope() {
    const { profile, apiBase } = this;
    // (An administrator's view of a user is not that user's own session: a scope of its own.)
    return profile && apiBase && !this.api && !this.shared ? syncScope(apiBase, this.realm, this.dialect, this.userId ? `admin ${profile.id}` : profile.id) : undefined;
  }

  /**
   * Another tab of this account: saved the profile (read it again: the header and the sections
   * follow; a form with typed values keeps them), deleted the account, or saw the session end.
   */
  protected override synced(m: SyncMessage) {
    if (m.type === 'saved' && this.profile && !this.deleted) void this.profileTask.run();
    else if (m.type === 'deleted' && !this.deleted) void this.#deletedNow('deleted');
    else if (m.type === 'signed-out') this.unauthorized();
  }

  /** A 401, its own or a section's: the signed-out state, and the page hears of it once. */
  protected override unauthorized() {
    if (this.signedOut) return;
    this.signedOut = true;
    this.dispatchEvent(new ProfileUnauthorizedEvent({ status: 401 }));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#formConfig = undefined; // (its request was aborted with the connection)
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const api = this.client;
    const { profile } = this;
    if (!api) this.context = undefined;
    else if (this.context?.api !== api || this.context.profile !== profile || this.context.configLoads !== this.configLoads) {
      if (this.context?.api !== api) this.#formConfig = undefined;
      this.context = {
        api,
        profile,
        configLoads: this.configLoads,
        formConfig: (signal) => abortable(this.#sharedFormConfig(api), signal),
        profileChanged: (p) => (this.profile = p),
        sync: this.sync,
      };
    }
  }

  #sharedFormConfig(api: ProfileApi): Promise<FormConfig> {
    return (this.#formConfig ??= api.getFormConfig(this.signal).then(
      (c) => {
        // Loaded after a failure (one section's "Try again"): the other sections showing that
        // failure load again too.
        if (this.#configFailed) this.configLoads++;
        this.#configFailed = false;
        return c;
      },
      (e) => {
        this.#formConfig = undefined; // a failed load is retried by the next caller
        this.#configFailed ||= !isAbort(e);
        throw e;
      },
    ));
  }

  #shows(section: Section, api: ProfileApi): boolean {
    const hidden = this.hide.toLowerCase().replace(/\bdelete\b/, 'danger').split(/\s+/);
    if (hidden.includes(section)) return false;
    if (section === 'notifications') return !!api.listNotifications;
    if (section === 'sites') return !!api.listSites;
    if (section === 'activity') return !!api.listActivity;
    // The edit and delete sections need the profile: none while it failed to load (the header says why).
    if (section === 'admin') return !!api.setAccountStatus && (!!this.profile || this.profileTask.status !== TaskStatus.ERROR);
    if (section === 'edit' || section === 'danger') return !!this.profile || this.profileTask.status !== TaskStatus.ERROR;
    return true;
  }

  /** Asks the backend for a single-sign-on URL into the help centre, then goes there. */
  async #help() {
    const api = this.client;
    if (this.helpBusy || !api?.getHelpCenterUrl) return;
    this.helpBusy = true;
    this.helpError = undefined;
    try {
      location.assign(safeUrl(await api.getHelpCenterUrl(this.signal)) ?? badShape('help centre URL'));
    } catch (e) {
      if (!isAbort(e)) this.helpError = e;
      this.report('help-center', e);
    }
    this.helpBusy = false;
  }

  override render() {
    const api = this.context?.api;
    if (!api) return configView(this.configError ?? 'api-base');
    if (this.deleted) {
      return html`<p part="deleted" role="status" tabindex="-1">${this.userId
        ? msg('The user has been deleted.', { id: 'profile.userDeleted' })
        : this.deleted === 'pending'
          ? msg('Your account deletion is in progress.', { id: 'profile.deletePending' })
          : msg('Your account has been deleted. Thank you for having been with us.', { id: 'profile.deleted' })}</p>`;
    }
    const p = this.profile;
    const signedOut = this.signedOut
      ? html`<div part="signed-out" role="alert">
          <p>${p
            ? msg('Your session has ended. Sign in again to save changes; what you typed stays here.', { id: 'profile.sessionEnded' })
            : msg('You are signed out. Sign in to see your profile.', { id: 'profile.signedOut' })}</p>
          <slot name="signed-out"></slot>
          <button type="button" part="retry" @click=${() => this.profileTask.run()}>${msg('Try again', { id: 'common.retry' })}</button>
        </div>`
      : nothing;
    // Signed out before anything loaded: only the message. Signed out later (the session expired
    // while in use): the message on top, and the sections stay, so nothing typed is lost.
    if (this.signedOut && !p) return signedOut;
    const view = this.#view;
    return html`<div class="layout">
      ${signedOut} ${this.#header()} ${p && view ? view.status(p) : nothing}
      ${this.#shows('notifications', api)
        ? html`<section part="notifications"><profile-notifications exportparts=${NOTIFICATION_PARTS} .poll=${this.poll}></profile-notifications></section>`
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
      ${p && view && this.#shows('details', api) ? view.details(p, this.locale) : nothing}
      ${this.#shows('admin', api)
        ? html`<section part="admin"><profile-account-admin exportparts=${ADMIN_PARTS}></profile-account-admin></section>`
        : nothing}
      ${this.#shows('danger', api)
        ? html`<section part="danger"><profile-delete-account exportparts=${DELETE_PARTS}></profile-delete-account></section>`
        : nothing}
    </div>`;
  }

  #header() {
    const task = this.profileTask;
    if (task.status === TaskStatus.ERROR) return html`<div part="header" class="header">${errorView(task.error, () => task.run())}</div>`;
    const p = this.profile;
    if (!p) return html`<div part="header" class="header" aria-busy="true">${loadingView()}</div>`;
    const avatar = safeUrl(p.avatarUrl, true);
    const initials = p.name
      .split(/\s+/)
      .slice(0, 2)
      .map((w) => w[0] ?? '')
      .join('')
      .toUpperCase();
    return html`<div part="header" class="header">
      ${avatar
        ? html`<img part="avatar" class="avatar" src=${avatar} alt="" @error=${(e: Event) => ((e.target as HTMLElement).hidden = true)} />`
        : html`<span part="avatar" class="avatar" aria-hidden="true">${initials}</span>`}
      <div class="who">
        <h2 part="name">${p.name}</h2>
        ${p.email ? html`<p part="email" class="muted">${p.email}</p>` : nothing}
      </div>
      ${this.unread > 0 && this.#shows('notifications', this.context!.api)
        ? html`<span part="badge">${unreadText(this.unread, this.locale)}</span>`
        : nothing}
      ${this.helpCenter && this.client?.getHelpCenterUrl
        ? html`<button type="button" part="help" aria-disabled=${this.helpBusy} @click=${this.#help}>
            ${this.helpBusy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${msg('Help centre', { id: 'profile.help' })}
          </button>`
        : nothing}
      ${this.helpError ? html`<p part="help-error" role="alert">${errorText(this.helpError)}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'user-profile': UserProfile;
  }
}
