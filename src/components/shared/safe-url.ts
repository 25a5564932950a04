/**
 * A URL from the server that is safe to put in `href`/`src`: http(s) (or relative, resolved
 * against the page), else `undefined`, so `javascript:` and `data:` links never reach the DOM.
 * `images` also allows `data:image/*` for inline logos and avatars.
 */
export function safeUrl(u: string | undefined, images = false): string | undefined {
  if (!u) return undefined;
  try {
    const url = new URL(u, document.baseURI);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    if (images && url.protocol === 'data:' && /^data:image\/(png|gif|jpe?g|webp|svg\+xml)[;,]/i.test(u)) return u;
  } catch {
    // not a URL at all
  }
  return undefined;
}
