/**
 * Renders untrusted HTML (notification bodies) safely: text formatting, lists, headings, links,
 * images and tables survive; scripts, event handlers, styles, forms, frames and unsafe URLs do not.
 *
 * Browsers with the HTML Sanitizer API (`Element.setHTML`) do it natively; only the others download
 * DOMPurify, a separate chunk, with the same allowlist. Neither path goes through an `innerHTML`
 * sink, so both work with Trusted Types enforced. Elements outside the allowlist are dropped with
 * their content on both paths (the native API's rule), so the two give the same result; the common
 * wrappers of mail-like HTML (`font`, `center`, `section`…) are allowed so no text is lost with them.
 * Before either, `canonical()` rewrites the string so that no parser ever creates an event handler
 * (Chromium reports each one to the site's CSP endpoint the moment it is parsed).
 */
import { safeUrl } from './url.js';

/** Unwrapped after sanitizing (their content stays): landmarks and forms have no place in a message. */
const UNWRAP = 'fieldset form main nav';
const ELEMENTS = `${UNWRAP} a abbr address article b big blockquote br caption center cite code dd del details div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd label li mark ol p pre q s section small span strike strong sub summary sup table tbody td tfoot th thead time tr tt u ul wbr`.split(' ');
const ATTRIBUTES = 'alt colspan datetime dir height href lang rowspan scope src start title width'.split(' ');

/** Elements whose content the browser reads as text (so the sanitizer drops it with them). */
const RAW = 'iframe noembed noframes noscript plaintext script style textarea title xmp'.split(' ');
// The tokenizer's rules (whitespace is tab, LF, FF, CR, space): `<name`, `</name`; an attribute
// (name up to whitespace, `/`, `>` or `=`; value double- or single-quoted, or up to whitespace or `>`);
// a comment (`<!-->`, `<!--->`, or up to `-->` / `--!>`); other markup declarations up to `>`.
const TAG = /<(\/?)([a-z][^\t\n\f\r />]*)/iy;
const ATTR = /[\t\n\f\r /]*(?:([^\t\n\f\r />][^\t\n\f\r />=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*("[^"]*"?|'[^']*'?|[^\t\n\f\r >]*))?)?/y;
const COMMENT = /<!--(?:-?>|[^]*?--!?>|[^]*)/y;
const BOGUS = /<[!?/][^>]*>?/y;

type SetHTML = (html: string, options: { sanitizer: object }) => void;

/**
 * Tokenizes `html` as a browser would (the WHATWG tokenizer's tag, attribute and comment rules) and
 * writes it back in a canonical form: only the allowlisted attributes of allowlisted elements,
 * every value quoted, and no `<` except at the start of a tag it wrote. Comments and the content of
 * raw-text elements (`script`, `style`, …) are left out.
 *
 * Why: Chromium reports a CSP `script-src-attr` violation for every event-handler attribute the
 * moment any parser creates it, before any sanitizer (native `setHTML` included) can remove it, and
 * each report reaches the site's report endpoint. After this pass no parser ever sees a handler. It
 * is not what keeps code from running (the sanitizer after it is), but it cannot let a handler
 * through even where its reading of the string differs from the browser's: every `<` the browser
 * could take for a tag is one this pass wrote, with allowlisted attributes only.
 */
export function canonical(html: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return out + html.slice(i);
    out += html.slice(i, lt);
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) {
      // A comment, a doctype or another `<!…>`, `<?…>`, `</…>` without a name: left out (to the
      // end of the text when unterminated, as the browser does); any other `<` is text.
      const skip = (COMMENT.lastIndex = BOGUS.lastIndex = lt, COMMENT.exec(html) ?? BOGUS.exec(html));
      if (skip) i = lt + skip[0].length;
      else {
        out += '&lt;';
        i = lt + 1;
      }
      continue;
    }
    let attrs = '';
    for (i = TAG.lastIndex; ; ) {
      ATTR.lastIndex = i;
      const [all, name, value = ''] = ATTR.exec(html)!;
      i += all.length;
      const n = name?.replace(/[A-Z]+/g, (c) => c.toLowerCase());
      if (n && ATTRIBUTES.includes(n)) attrs += ` ${n}="${value.replace(/^(["'])([^]*)\1$/, '$2').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;
      if (!all) break; // at `>` or at the end
    }
    if (html[i++] !== '>') return out; // the text ends inside a tag: the browser drops it
    const [, end, raw] = tag;
    const name = raw!.replace(/[A-Z]+/g, (c) => c.toLowerCase());
    if (/[<&"'=\0]/.test(name) || (end && RAW.includes(name))) continue; // (`o:p`, `x-widget` are names too)
    if (end) out += `</${name}>`;
    else if (RAW.includes(name)) {
      // Its content is text to the browser, and leaves with it: on to its end tag (read as a tag).
      const close = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
      close.lastIndex = i;
      i = (name !== 'plaintext' && close.exec(html)?.index) || html.length;
    } else out += `<${name}${ELEMENTS.includes(name) ? attrs : ''}>`; // (`<base href>` would report too)
  }
}

/** The children of `node`, moved out into a fragment (also when there are too many to spread). */
function contents(node: Node): DocumentFragment {
  const range = new Range();
  range.selectNodeContents(node);
  return range.extractContents();
}

/**
 * Replaces `target`'s content with the sanitized `html`. Links open in a new tab, without opener;
 * `newTab` (e.g. "(opens in a new tab)") is added to each one for screen readers, in a `.sr-only` span.
 * Relative links and images resolve against `base` (the API that sent the HTML), not the page.
 */
export async function sanitizeInto(target: Element, html: string, newTab?: string, base = document.baseURI): Promise<void> {
  // Built off the page, in an inert document (nothing loads or upgrades meanwhile), then moved in
  // at once: a 1 MB body costs one insertion, not one style invalidation per fixed attribute.
  const box = document.implementation.createHTMLDocument('').createElement('div') as Element & { setHTML?: SetHTML };
  let out: DocumentFragment | undefined;
  html = canonical(html);
  // The current API shape: `{sanitizer: config}` with `elements`/`attributes` lists. An earlier draft
  // (a `Sanitizer` instance required) throws on it, as would a config a browser rejects: DOMPurify then.
  if (box.setHTML) {
    try {
      box.setHTML(html, { sanitizer: { elements: ELEMENTS, attributes: ATTRIBUTES, comments: false, dataAttributes: false } });
      out = contents(box);
    } catch {
      // fall back below
    }
  }
  out ??= (await import('dompurify')).default.sanitize(html, {
    ALLOWED_TAGS: [...ELEMENTS, '#text'],
    ALLOWED_ATTR: ATTRIBUTES,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: false,
    RETURN_DOM_FRAGMENT: true,
  });
  // The widget's one URL rule (url.ts), on both paths (the native API only drops `javascript:`).
  for (const el of out.querySelectorAll('[href],[src]')) {
    for (const name of ['href', 'src']) {
      const v = el.getAttribute(name);
      const url = v === null ? null : safeUrl(v, name === 'src', base);
      if (url) el.setAttribute(name, url);
      else el.removeAttribute(name);
    }
  }
  for (const el of out.querySelectorAll(UNWRAP.replaceAll(' ', ','))) el.replaceWith(contents(el));
  for (const a of out.querySelectorAll('a')) {
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    if (newTab && a.hasAttribute('href')) {
      const hint = document.createElement('span');
      hint.className = 'sr-only';
      hint.textContent = ` ${newTab}`;
      a.append(hint);
    }
  }
  target.replaceChildren(out);
}
