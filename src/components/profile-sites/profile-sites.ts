import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { Site } from '../../api/model.js';
import { LoadTask } from '../../controllers/load-task.js';
import { hostStyles } from '../../styles/host.js';
import { ProfileElement } from '../shared/profile-element.js';
import { safeUrl } from '../shared/safe-url.js';
import { configView, errorView, loadingView } from '../shared/states.js';
import { styles } from './profile-sites.styles.js';

/** The parts `<user-profile>` exports from this element. */
export const SITES_PARTS = 'site-list, site, site-logo, site-name, site-description, sites-empty, loading:sites-loading, error:sites-error, retry:sites-retry';

/**
 * The sites (digital channels) enabled in the user's account, each with logo, name, description
 * and link (opening in a new tab).
 *
 * The sites come from `GET /sites`, unless the page already knows them: set the `.sites` property,
 * or put `<a>` links inside the element (a CMS template can render them); then no request is made.
 *
 * @summary The sites enabled in the account.
 *
 * @slot - Links to the sites (`<a href>` elements), shown instead of the ones from the API.
 *
 * @fires profile-error - `{operation: 'load-sites', status, message}` when the sites cannot be loaded.
 * @fires profile-unauthorized - `{status}` on 401.
 *
 * @csspart site-list - The list of sites (also around the slotted links).
 * @csspart site - One site.
 * @csspart site-logo - A site's logo, or its initial when there is none or it fails to load.
 * @csspart site-name - A site's name, a link to it.
 * @csspart site-description - A site's description.
 * @csspart sites-empty - The message shown when there are no sites.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 * @csspart retry - The "Try again" button.
 */
export class ProfileSites extends ProfileElement {
  static override styles = [hostStyles, styles];

  /** Sites known to the page already (e.g. rendered by a CMS): shown without a request. */
  @property({ attribute: false }) sites?: Site[];

  /** Links in the light DOM replace the API's list (and its request). */
  #slotted = false;
  /** Logo URLs that failed to load: their initial stands in. */
  #broken = new Set<string>();

  private task = new LoadTask(this, {
    args: () => [this.client, this.sites, this.#slotted] as const,
    task: ([api, sites, slotted], { signal }) => sites ?? (slotted ? [] : api?.listSites?.(signal)) ?? [],
    onError: (e) => this.report('load-sites', e),
  });

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this.#slotted = !this.sites && !!this.querySelector('a');
  }

  override render() {
    const { task } = this;
    const slot = html`<slot @slotchange=${() => this.requestUpdate()}></slot>`;
    const body = this.#slotted
      ? html`<div part="site-list" class="list">${slot}</div>`
      : html`${!this.sites && this.configError
          ? configView(this.configError)
          : task.status === TaskStatus.ERROR
            ? errorView(task.error, () => task.run())
            : task.status === TaskStatus.COMPLETE
              ? this.#list(task.value ?? [])
              : loadingView()}
        <span hidden>${slot}</span>`;
    return html`<h2>${msg('Your sites', { id: 'sites.title' })}</h2>
      ${body}`;
  }

  #list(sites: Site[]) {
    if (!sites.length) return html`<p part="sites-empty" class="muted">${msg('No sites are enabled for your account yet.', { id: 'sites.empty' })}</p>`;
    return html`<ul part="site-list" class="list">
      ${sites.map((s) => {
        const href = safeUrl(s.url);
        const logo = safeUrl(s.logoUrl, true);
        const name = s.name || s.url;
        return html`<li part="site">
          ${logo && !this.#broken.has(logo)
            ? html`<img part="site-logo" class="logo" src=${logo} alt="" @error=${() => (this.#broken.add(logo), this.requestUpdate())} />`
            : html`<span part="site-logo" class="logo" aria-hidden="true">${name.charAt(0).toUpperCase()}</span>`}
          <div>
            ${href
              ? html`<a part="site-name" href=${href} target="_blank" rel="noopener noreferrer"
                  >${name}<span class="sr-only"> ${msg('(opens in a new tab)', { id: 'sites.newTab' })}</span></a
                >`
              : html`<span part="site-name">${name}</span>`}
            ${s.description ? html`<p part="site-description" class="muted">${s.description}</p>` : nothing}
          </div>
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-sites': ProfileSites;
  }
}
