// Puts the element the query asks for in the page (as a site's static markup would be, before the
// bundle defines it), then records when its content is on screen:
//   ?tag=user-profile&api-base=…&realm=…[&dialect=…][&ready=<part>]
// window.__result = {header, settled, ready} in ms since window.__t0 (see start.js).
(() => {
  const q = new URLSearchParams(location.search);
  const el = document.createElement(q.get('tag') || 'user-profile');
  for (const [k, v] of q) if (!['tag', 'ready', 'csp'].includes(k)) el.setAttribute(k, v);
  document.body.append(el);
  const deep = (selector, root = document) => {
    const out = [...root.querySelectorAll(selector)];
    for (const e of root.querySelectorAll('*')) if (e.shadowRoot) out.push(...deep(selector, e.shadowRoot));
    return out;
  };
  const result = {};
  const since = () => performance.now() - window.__t0;
  el.addEventListener('profile-loaded', () => el.updateComplete.then(() => (result.header = since())));
  const ready = q.get('ready');
  const tags = 'user-profile, profile-notifications, profile-sites, profile-edit-form, profile-delete-account, profile-activity';
  // Checked once per frame: what the user sees is what a frame shows.
  const check = () => {
    if (ready && result.ready === undefined && deep(`[part~="${ready}"]`).length) result.ready = since();
    const settled = deep(tags).every((e) => e.hasUpdated) && !deep('[part~="loading"], [aria-busy="true"]').length && deep('[part]').length > 3;
    if (settled && (!ready || result.ready !== undefined)) {
      result.settled = since();
      window.__result = result;
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
