import { msg } from '@lit/localize';
import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Site } from '../../api/model.js';
import { LoadTask } from '../../internal/load-task.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { configView, taskView } from '../../internal/states.js';
import { loadView } from '../../internal/view.js';
import { styles } from './profile-sites.styles.js';
import type { SitesView } from './profile-sites.view.js';

/** The parts `<user-profile>` exports from this element. */
export const SITES_PARTS =
  'site-list, site, site-logo, site-name, site-description, site-empty, sites-empty, loading:site-loading, error:site-error, retry:site-retry, loading:sites-loading, error:sites-error, retry:sites-retry';

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
 * @csspart site-empty - The message shown when there are no sites.
 * @csspart sites-empty - Deprecated alias of `site-empty` (every part is `<area>-<thing>`).
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 * @csspart retry - The "Try again" button.
 */
export class ProfileSites extends ProfileElement {
  static override styles = styles;

  /** Sites known to the page already (e.g. rendered by a CMS): shown without a request. */
  @property({ attribute: false }) sites?: Site[];

  /** Links in the light DOM replace the API's list (and its request). */
  #slotted = false;
  /** The list: created when its chunk arrives with the data, then kept. */
  #view?: SitesView;

  #task = new LoadTask(this, {
    args: () => [this.client, this.sites, this.#slotted] as const,
    task: async ([api, given, slotted], { signal }) => {
      if (slotted) return [];
      // The view comes with the data, in parallel: no extra wait.
      const [view, sites] = await Promise.all([loadView(() => import('./profile-sites.view.js')), given ?? api?.listSites?.(signal) ?? []]);
      signal.throwIfAborted(); // left the page meanwhile
      this.#view ??= new view.SitesView(this);
      return sites;
    },
    onError: (e) => this.report('load-sites', e),
  });

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this.#slotted = !this.sites && !!this.querySelector('a');
  }

  override render() {
    const slot = html`<slot @slotchange=${() => this.requestUpdate()}></slot>`;
    const body = this.#slotted
      ? html`<div part="site-list" class="list">${slot}</div>`
      : html`${!this.sites && this.configError ? configView(this.configError) : taskView(this.#task, (sites) => this.#view!.render(sites))}
          <span hidden>${slot}</span>`;
    return html`<h2>${msg('Your sites', { id: 'sites.title' })}</h2>
      ${body}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-sites': ProfileSites;
  }
}
