// The baseline of `npm run bench`: the least Lit can do to show the same thing — a bare LitElement
// that stamps the final DOM of <user-profile> (its shadow roots, nested ones as declarative shadow
// DOM, styles included), captured from the real element and handed in as window.__captured. No
// configuration, no API client, no requests, no context, no tasks, no i18n.
import { LitElement } from 'lit';

declare global {
  interface Window {
    __t0: number;
    __captured: string;
    __result?: { settled: number };
  }
}

class BareProfile extends LitElement {
  protected override firstUpdated() {
    this.shadowRoot!.setHTMLUnsafe(window.__captured);
    requestAnimationFrame(() => (window.__result = { settled: performance.now() - window.__t0 }));
  }
}
customElements.define('bare-profile', BareProfile);
