// Loaded first (a classic script from 'self') by every end-to-end page: records what a test must
// see empty — CSP / Trusted Types violations, uncaught errors — and every contract §5 event.
window.__violations = [];
window.__errors = [];
window.__events = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
});
window.addEventListener('error', (e) => window.__errors.push(String(e.error?.stack ?? e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason?.stack ?? e.reason)));
for (const type of ['profile-loaded', 'profile-saving', 'profile-saved', 'profile-error', 'profile-unauthorized', 'notification-read', 'notifications-unread-changed', 'account-deleting', 'account-deleted']) {
  document.addEventListener(type, (e) => {
    let detail;
    try {
      detail = JSON.parse(JSON.stringify(e.detail ?? null));
    } catch {
      detail = String(e.detail);
    }
    window.__events.push({ type, tag: e.composedPath()[0]?.localName, detail });
  });
}

/** Every element matching `selector` in the document and in every shadow root below it. */
window.__deepAll = (selector, root = document) => {
  const out = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...window.__deepAll(selector, el.shadowRoot));
  return out;
};

/** True once every profile element has rendered and none shows a loading state any more. */
window.__settled = () =>
  window.__deepAll('user-profile, profile-notifications, profile-sites, profile-edit-form, profile-delete-account, profile-activity').every((el) => el.hasUpdated) &&
  window.__deepAll('[part~="loading"], [aria-busy="true"]').length === 0;
