// Puts the element the query asks for in the page (as a site's static markup would be, before the
// bundle defines it), then records when its content is on screen:
//   ?tag=user-profile&api-base=…&realm=…[&dialect=…][&ready=<part>]
// window.__result = {header, settled, ready} in ms since window.__t0 (see start.js), also logged to
// the console as `bench-result {…}`: the bench reads the log, so that nothing is injected into the
// page to poll for it. The check once per frame visits only the elements' own shadow roots, so that
// measuring costs the page as little as the bare element's single frame.
(() => {
  const q = new URLSearchParams(location.search);
  const el = document.createElement(q.get('tag') || 'user-profile');
  for (const [k, v] of q) if (!['tag', 'ready', 'csp'].includes(k)) el.setAttribute(k, v);
  document.body.append(el);
  const tags = 'user-profile, profile-notifications, profile-sites, profile-edit-form, profile-delete-account, profile-activity, profile-account-admin';
  const hosts = () => {
    const out = [el];
    for (let i = 0; i < out.length; i++) if (out[i].shadowRoot) out.push(...out[i].shadowRoot.querySelectorAll(tags));
    return out;
  };
  const result = {};
  const since = () => performance.now() - window.__t0;
  el.addEventListener('profile-loaded', () => el.updateComplete.then(() => (result.header = since())));
  const ready = q.get('ready');
  // Checked once per frame: what the user sees is what a frame shows.
  const check = () => {
    const all = hosts();
    const roots = all.map((h) => h.shadowRoot).filter(Boolean);
    if (ready && result.ready === undefined && roots.some((r) => r.querySelector(`[part~="${ready}"]`))) result.ready = since();
    const settled =
      all.every((e) => e.hasUpdated) &&
      !roots.some((r) => r.querySelector('[part~="loading"], [aria-busy="true"]')) &&
      roots.reduce((n, r) => n + r.querySelectorAll('[part]').length, 0) > 3;
    if (settled && (!ready || result.ready !== undefined)) {
      result.settled = since();
      window.__result = result;
      console.log(`bench-result ${JSON.stringify(result)}`);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
