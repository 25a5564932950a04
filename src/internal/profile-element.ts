import { consume } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { configProblem, createApi } from '../api/client.js';
import { isAbort, toApiError } from '../api/errors.js';
import type { Dialect } from '../api/model.js';
import type { ProfileApi } from '../api/profile-api.js';
import { profileContext, type ProfileContext } from '../context/profile-context.js';
import { ProfileErrorEvent } from '../events/profile-error.js';
import { ProfileUnauthorizedEvent } from '../events/profile-unauthorized.js';
import { intlLocale, langOf, useLocale, watchLang } from '../i18n/locale.js';
import { warmIntl } from './intl.js';
import { syncScope, TabSync, type SyncMessage } from './tab-sync.js';

/**
 * What a section's view controller (its `x.view.ts`, loaded on demand) gets from its element besides
 * the element's public API: the element's `protected` members, handed over explicitly.
 */
export interface Services {
  /** The API client (see {@link ProfileElement.client}). */
  readonly client: ProfileApi | undefined;
  /** The locale `Intl` formats with. */
  readonly locale: string;
  /** What `<user-profile>` shares, inside one. */
  readonly shared: ProfileContext | undefined;
  /** The other tabs and elements showing this account (see {@link TabSync}). */
  readonly sync: TabSync;
  /** Aborted when the element leaves the page, renewed when it comes back: for saves, toggles, "load more". */
  readonly signal: AbortSignal;
  /** Reports a failed operation (see {@link ProfileElement.report}). */
  report(operation: string, e: unknown): void;
}

/**
 * The configuration (docs/contract.md §2) and plumbing every element shares: it builds the API
 * client from the attributes (or takes the one `<user-profile>` provides), follows the page
 * language, holds one abort signal per connection, and reports failures as events.
 *
 * The design tokens every element follows (set them on the element or any ancestor):
 * @cssprop --profile-font - Font shorthand (default: inherited from the page).
 * @cssprop --profile-color-scheme - `light`, `dark` or `light dark` (default: follows the OS); the `theme` attribute wins.
 * @cssprop --profile-color-text - Text colour.
 * @cssprop --profile-color-muted - Secondary text colour.
 * @cssprop --profile-color-background - Background of controls.
 * @cssprop --profile-color-surface - Background of the header and panels.
 * @cssprop --profile-color-border - Borders of sections and form controls (keep ≥ 3:1 against the background).
 * @cssprop --profile-color-accent - Accent: links, primary buttons, badges.
 * @cssprop --profile-color-on-accent - Text on the accent colour.
 * @cssprop --profile-color-danger - Errors and destructive actions.
 * @cssprop --profile-color-success - Success messages.
 * @cssprop --profile-radius - Corner radius.
 * @cssprop --profile-spacing - Base spacing unit.
 * @cssprop --profile-focus-ring - Focus outline colour.
 */
export class ProfileElement extends LitElement {
  /** Base URL of the realm API, absolute or relative (Modyo: `https://ACCOUNT/api/customers`). */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Realm UID (modyo dialect). */
  @property() realm?: string;

  /**
   * Administrator mode (scim dialect): the id of the user to show and manage (`/Users/{id}`) instead
   * of the signed-in one — an admin console in one tag. With another dialect, a configuration error.
   */
  @property({ attribute: 'user-id' }) userId?: string;

  /** API dialect: `modyo` (default), `rest` (Bird-style `/me`) or `scim` (SCIM 2.0 `/Me`). */
  @property() dialect?: Dialect;

  /** Fetch credentials mode: `include` (default), `same-origin` or `omit`. */
  @property() credentials?: RequestCredentials;

  /** Milliseconds before a request is abandoned as a timeout (default 15000). */
  @property({ type: Number }) timeout?: number;

  /** Bearer token sent as `Authorization: Bearer …`. Property only: never reflected, logged or stored. */
  @property({ attribute: false }) token?: string;

  /** Called before each request for a fresh bearer token (token refresh). Property only. */
  @property({ attribute: false }) getToken?: () => Promise<string>;

  /** A custom backend implementing `ProfileApi`; replaces the built-in dialects. Property only. */
  @property({ attribute: false }) api?: ProfileApi;

  /** Colour scheme: `light`, `dark`, or unset to follow the page (`prefers-color-scheme`). Reflected (frameworks set the property). */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** What `<user-profile>` shares when this element is inside one. */
  @consume({ context: profileContext, subscribe: true })
  @state()
  protected shared?: ProfileContext;

  /** The locale `Intl` formatting uses: resolved from `lang` (contract §2), canonical, supported. */
  @state() protected locale = 'en';

  #ownApi?: ProfileApi;
  #ownKey = '';
  #connection = new AbortController();
  #unwatchLang?: () => void;
  #sync = new TabSync();
  /** The account was deleted (here, or in another tab of its scope): nothing is requested any more. */
  protected gone = false;

  /** For the view controllers: see {@link Services}. */
  protected readonly services: Services;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    const el = this;
    this.services = {
      get client() {
        return el.client;
      },
      get locale() {
        return el.locale;
      },
      get shared() {
        return el.shared;
      },
      get sync() {
        return el.sync;
      },
      get signal() {
        return el.signal;
      },
      report: (operation, e) => el.report(operation, e),
    };
  }

  /**
   * Aborted when the element leaves the page (an `AbortError`, which is never reported), renewed
   * when it comes back: every request the element makes outside its load tasks uses it, so nothing
   * updates a detached element.
   */
  protected get signal(): AbortSignal {
    return this.#connection.signal;
  }

  override connectedCallback() {
    // Renewed before the controllers hear of the connection (they listen with it).
    if (this.#connection.signal.aborted) this.#connection = new AbortController();
    super.connectedCallback();
    this.#syncLocale();
    this.#unwatchLang = watchLang(() => this.#syncLocale());
    this.#sync.open(this.syncScope());
    this.#sync.listen((m) => this.synced(m), this.signal);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#connection.abort(new DOMException('The element left the page', 'AbortError'));
    this.#unwatchLang?.();
    this.#sync.open(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (this.isConnected) this.#sync.open(this.syncScope());
  }

  /**
   * The other tabs and elements showing this account: `<user-profile>`'s inside one, else this
   * element's own (see {@link TabSync}).
   */
  protected get sync(): TabSync {
    return this.shared?.sync ?? this.#sync;
  }

  /**
   * The scope of this element's own channel: its API base, realm and dialect, with no user (it loads
   * no profile of its own); none inside `<user-profile>` (its channel is shared) or with a custom `.api`.
   */
  protected syncScope(): string | undefined {
    return this.shared || this.api || !this.apiBase || this.configError ? undefined : syncScope(this.apiBase, this.realm, this.dialect);
  }

  /** A message from another tab or element of this scope. The account deleted there: nothing more is requested here. */
  protected synced(m: SyncMessage) {
    if (m.type === 'deleted' && !this.shared) {
      this.gone = true;
      this.requestUpdate();
    }
  }

  /**
   * `lang` is a global attribute, not a Lit property: watch it too, so a change re-renders (the
   * document-wide watcher does not see elements inside shadow roots).
   */
  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.#syncLocale();
  }

  #syncLocale() {
    const tag = langOf(this);
    this.locale = intlLocale(tag);
    warmIntl(this.locale);
    useLocale(tag);
  }

  /** Which config attribute is missing or wrong, when this element has no client to use. */
  protected get configError(): string | undefined {
    return this.api || this.shared ? undefined : configProblem(this.#config());
  }

  /** The client: a custom `.api`, else `<user-profile>`'s, else one built from the attributes. */
  protected get client(): ProfileApi | undefined {
    if (this.api) return this.api;
    if (this.shared) return this.shared.api;
    const config = this.#config();
    if (configProblem(config)) return undefined;
    const key = JSON.stringify(config);
    if (key !== this.#ownKey) {
      this.#ownKey = key;
      this.#ownApi = createApi({ ...config, token: () => (this.getToken ? this.getToken() : this.token), lang: () => this.locale, gone: () => this.gone });
    }
    return this.#ownApi;
  }

  #config() {
    const { apiBase, realm, dialect, credentials, timeout, userId } = this;
    return { apiBase, realm, dialect, credentials, timeout, userId };
  }

  /**
   * Reports a failed operation: `profile-error` always, `profile-unauthorized` on 401.
   * Aborts (the element left the page, or a newer request replaced this one) are not failures.
   */
  protected report(operation: string, e: unknown) {
    if (isAbort(e)) return;
    const err = toApiError(e);
    this.dispatchEvent(new ProfileErrorEvent({ operation, status: err.status, message: err.message }));
    if (err.status === 401) {
      this.unauthorized();
      this.sync.post({ type: 'signed-out' });
    }
  }

  /** The server said the user is not signed in (401): tells the page. */
  protected unauthorized() {
    this.dispatchEvent(new ProfileUnauthorizedEvent({ status: 401 }));
  }
}
