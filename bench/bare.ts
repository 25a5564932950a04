// The baselines of `npm run bench`: the least Lit can do to show the same thing — a bare LitElement
// that stamps the final DOM of <user-profile> (its shadow roots, nested ones as declarative shadow
// DOM, styles included), captured from the real element and handed in as window.__captured. No
// configuration, no API client, no context, no tasks, no i18n.
//
// With window.__data (the data URLs the real element requested), it first fetches them all at once,
// as the real element does (credentials included, JSON read), and stamps the DOM once every answer
// is in: the same network, none of the work. What <user-profile> takes beyond it is its own.
import { LitElement } from 'lit';

declare global {
  interface Window {
    __t0: number;
    __captured: string;
    __data?: string[];
    __result?: { settled: number };
  }
}

class BareProfile extends LitElement {
  protected override async firstUpdated() {
    if (window.__data) await Promise.all(window.__data.map((u) => fetch(u, { credentials: 'include' }).then((r) => r.json())));
    this.shadowRoot!.setHTMLUnsafe(window.__captured);
    requestAnimationFrame(() => {
      window.__result = { settled: performance.now() - window.__t0 };
      console.log(`bench-result ${JSON.stringify(window.__result)}`);
    });
  }
}
customElements.define('bare-profile', BareProfile);
