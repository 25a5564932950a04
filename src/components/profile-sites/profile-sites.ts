import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
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
export const SITES_PARTS = 'site-list, site, site-logo, site-name, site-description, sites-empty';

/**
 * The sites (digital channels) enabled in the user's account, each with logo, name, description
 * and link.
 *
 * @summary The sites enabled in the account.
 *
 * @fires profile-error - `{operation: 'load-sites', status, message}` when the sites cannot be loaded.
 * @fires profile-unauthorized - `{status}` on 401.
 *
 * @csspart site-list - The list of sites.
 * @csspart site - One site.
 * @csspart site-logo - A site's logo (or its initial when there is none).
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

  private task = new LoadTask(this, {
    args: () => [this.client, this.sites] as const,
    task: ([api, sites], { signal }) => sites ?? api?.listSites?.(signal) ?? [],
    onError: (e) => this.report('load-sites', e),
  });

  override render() {
    const { task } = this;
    const body =
      !this.sites && this.configError
        ? configView(this.configError)
        : task.status === TaskStatus.ERROR
          ? errorView(task.error, () => task.run())
          : task.status === TaskStatus.COMPLETE
            ? this.#list(task.value ?? [])
            : loadingView();
    return html`<h2>${msg('Your sites', { id: 'sites.title' })}</h2>
      ${body}`;
  }

  #list(sites: Site[]) {
    if (!sites.length) return html`<p part="sites-empty" class="muted">${msg('No sites are enabled for your account yet.', { id: 'sites.empty' })}</p>`;
    return html`<ul part="site-list">
      ${sites.map((s) => {
        const href = safeUrl(s.url);
        const logo = safeUrl(s.logoUrl, true);
        const name = s.name || s.url;
        return html`<li part="site">
          ${logo
            ? html`<img part="site-logo" class="logo" src=${logo} alt="" />`
            : html`<span part="site-logo" class="logo" aria-hidden="true">${name.charAt(0).toUpperCase()}</span>`}
          <div>
            ${href ? html`<a part="site-name" href=${href} target="_blank" rel="noopener noreferrer">${name}</a>` : html`<span part="site-name">${name}</span>`}
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
