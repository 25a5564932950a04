/**
 * The list of `<profile-sites>` from the API (or the `.sites` property), loaded on demand together
 * with the data: each site's logo (its initial when there is none or it fails to load), name, link
 * and description. A controller of the element that keeps which logos failed.
 */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Site } from '../../api/model.js';
import { safeUrl } from '../../internal/url.js';
import { adoptViewStyles } from '../../internal/view.js';
import type { ProfileSites } from './profile-sites.js';
import { styles } from './profile-sites.view.styles.js';

export class SitesView {
  readonly #host: ProfileSites;
  /** Logo URLs that failed to load: their initial stands in. */
  #broken = new Set<string>();

  constructor(host: ProfileSites) {
    this.#host = host;
    adoptViewStyles(host, styles);
  }

  render(sites: Site[]) {
    if (!sites.length) return html`<p part="site-empty sites-empty" class="muted">${msg('No sites are enabled for your account yet.', { id: 'sites.empty' })}</p>`;
    return html`<ul part="site-list" class="list">
      ${sites.map((s) => {
        const href = safeUrl(s.url);
        const logo = safeUrl(s.logoUrl, true);
        const name = s.name || s.url;
        return html`<li part="site">
          ${logo && !this.#broken.has(logo)
            ? html`<img part="site-logo" class="logo" src=${logo} alt="" @error=${() => (this.#broken.add(logo), this.#host.requestUpdate())} />`
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
