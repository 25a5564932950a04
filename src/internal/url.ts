/**
 * The one rule for URLs a server sends, wherever they land (an avatar, a site's link and logo, a
 * notification's link, the links and images inside a notification body, the help centre):
 *
 * - links: `http:`, `https:`, `mailto:`, `tel:`;
 * - images: `http:`, `https:`, and `data:` images of a raster or SVG type (an SVG in `<img>` runs no
 *   script);
 * - a relative URL resolves against `base`: the API that sent it (adapters resolve theirs against
 *   `api-base`), else the page;
 * - anything else — `javascript:`, `vbscript:`, `data:text/html`, what is no URL at all — is refused.
 *
 * Returns the absolute URL to put in `href`/`src`, or `undefined`.
 */
export function safeUrl(u: string | null | undefined, image = false, base = document.baseURI): string | undefined {
  if (!u) return undefined;
  try {
    const url = new URL(u, base);
    if (/^https?:$/.test(url.protocol) || (!image && /^(mailto|tel):$/.test(url.protocol))) return url.href;
    if (image && /^data:image\/(png|gif|jpe?g|webp|avif|svg\+xml)[;,]/i.test(u.trim())) return u.trim();
  } catch {
    // not a URL at all
  }
  return undefined;
}
