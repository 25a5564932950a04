// The XSS corpus: hostile payloads in every string the server supplies — names, usernames, emails,
// subjects, bodies, site names and URLs, logos, avatars, custom-field labels, hints and options,
// subscription names, event titles, the help-centre URL, SCIM display names and canonical values —
// in all three dialects. The mock realm answers them through its fault switch (status 200 + body)
// across origins. The suite opens and clicks everything, then asserts that nothing ran: the global
// the payloads set stays unset, no dialog opened, no CSP/Trusted Types violation was reported (a
// violation means injected code reached a live sink), and no dangerous attribute or URL is in the DOM.
// Each page runs twice: under the strict policy, and without any policy (where a leak would execute).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configOf, mount, openPage, realm, recorded, useServers } from './support.mjs';
import { HTML_PAYLOADS, URL_PAYLOADS } from './xss-payloads.mjs';

const ctx = useServers(9313);
const frames = (page, n) => page.evaluate((n) => new Promise((done) => {
  const next = (k) => (k ? requestAnimationFrame(() => setTimeout(() => next(k - 1))) : done());
  next(n);
}), n);
const URL_KEYS = new Set(['url', 'logo_url', 'url_small', 'url_medium', 'url_original', 'avatarUrl', 'profileUrl', 'photo']);
/** Identifiers, dates, enums and structure: left as they are so the responses stay well-formed. */
const KEEP = new Set(['id', 'key', 'type', 'external_id', 'sent_at', 'created_at', 'updated_at', 'createdAt', 'updatedAt', 'birth_date', 'lastModified', 'created', 'schemas', 'mutability', 'returned', 'uniqueness', 'resourceType', 'userId', 'status', 'meta', 'location', 'version', 'referenceTypes', '$ref']);

/** Replaces every display string of a wire object with payloads (round-robin); `keep` adds keys. */
function poison(value, counter, keep = new Set()) {
  if (Array.isArray(value)) return value.map((v) => poison(v, counter, keep));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if (KEEP.has(k) || keep.has(k)) out[k] = v;
      else if (typeof v === 'string') out[k] = URL_KEYS.has(k) ? URL_PAYLOADS[counter.url++ % URL_PAYLOADS.length] : HTML_PAYLOADS[counter.html++ % HTML_PAYLOADS.length];
      else out[k] = poison(v, counter, keep);
    }
    return out;
  }
  return value;
}

/** Makes every GET of a dialect answer its normal (wire) response with poisoned strings. */
async function poisonRealm(dialect) {
  const counter = { html: 0, url: 0 };
  const base = configOf(ctx.api, dialect)['api-base'] + (dialect === 'modyo' ? '/realms/demo' : '');
  const routes = {
    modyo: ['/me', '/profile_configuration', '/notifications?page=1&per_page=10', '/sites', '/subscriptions', '/events?page=1&per_page=10', '/integrations/zendesk_sso_url'],
    rest: ['/me'],
    scim: ['/Me', '/Schemas'],
  }[dialect];
  const bodies = {};
  for (const path of routes) {
    const res = await fetch(base + path);
    assert.ok(res.ok, `${path}: ${res.status}`);
    const wire = await res.json();
    // SCIM schema attribute `name`s are identifiers (paths the PATCH uses): keep them.
    bodies[path] = poison(wire, counter, path === '/Schemas' ? new Set(['name']) : new Set());
    // The help-centre button navigates to this URL: a script URL (a web one would leave the page).
    if (path.startsWith('/integrations/')) bodies[path] = { url: URL_PAYLOADS[0] };
    await realm.fault(ctx.api, `GET ${path.split('?')[0]}`, { status: 200, body: bodies[path] }, dialect);
  }
  return bodies;
}

/** Everything inside the elements' shadow roots that could run code or navigate to script. */
const audit = () => {
  const bad = [];
  const SAFE = /^(https?|mailto|tel):$/;
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (/^(script|iframe|frame|object|embed|base|meta|applet|noscript|link)$/.test(el.localName)) bad.push(`<${el.localName}>`);
      if (el.localName === 'style' || (el.hasAttribute('style') && el.closest('[part~="notification-body"]'))) bad.push(`${el.localName} style`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name) || a.name === 'srcdoc') bad.push(`<${el.localName} ${a.name}="${a.value}">`);
        if (/^(href|src|action|formaction|xlink:href|data|poster|background|ping)$/i.test(a.name)) {
          let url;
          try {
            url = new URL(a.value, document.baseURI);
          } catch {
            continue; // not a URL the browser would follow
          }
          if (!SAFE.test(url.protocol) && !(a.name === 'src' && /^data:image\//i.test(a.value.trim()))) bad.push(`<${el.localName} ${a.name}="${a.value}">`);
        }
      }
    }
  };
  for (const host of document.querySelectorAll('body *')) if (host.shadowRoot) walk(host.shadowRoot);
  return { bad, pwned: window.__pwned ?? null };
};

/** Clicks every enabled button of the elements once (not the account deletion), re-querying as the DOM changes. */
async function clickEverything(page, el) {
  const done = new Set();
  for (let round = 0; round < 60; round++) {
    const buttons = el.locator('button:not([disabled]):not([aria-disabled="true"]):not([part~="delete-confirm"]):not([part~="delete-open"])');
    const n = await buttons.count();
    let clicked = false;
    for (let i = 0; i < n && !clicked; i++) {
      const b = buttons.nth(i);
      const key = `${await b.getAttribute('part')}|${await b.getAttribute('id')}|${(await b.textContent()).trim().slice(0, 40)}`;
      if (done.has(key) || !(await b.isVisible())) continue;
      done.add(key);
      await b.click({ timeout: 2000 }).catch(() => {}); // a button that vanished meanwhile
      await page.waitForFunction(() => window.__settled(), undefined, { timeout: 10_000 });
      clicked = true;
    }
    if (!clicked) break;
  }
  return done.size;
}

for (const dialect of ['modyo', 'rest', 'scim']) {
  for (const csp of [true, false]) {
    test(`${dialect}, ${csp ? 'strict CSP + Trusted Types' : 'no CSP at all'}: no payload runs anywhere`, async () => {
      await realm.reset(ctx.api);
      const bodies = await poisonRealm(dialect);
      const { page, problems } = await openPage(ctx, '/blank.html', { csp });
      const el = await mount(page, 'user-profile', { ...configOf(ctx.api, dialect), 'help-center': '' });
      await el.locator('[part~="header"]').waitFor();
      await page.waitForFunction(() => window.__settled(), undefined, { timeout: 15_000 });

      // Server strings are text: the header shows the poisoned name literally.
      const name = el.locator('[part~="name"]');
      if (await name.count()) assert.ok(HTML_PAYLOADS.includes((await name.textContent()).trim()), `the name is shown as text: ${await name.textContent()}`);

      // Open each notification (its body is sanitized HTML), and everything else that is a button.
      const items = el.locator('[part~="notification-item"] button');
      for (let i = 0; i < (await items.count()); i++) {
        await items.nth(i).click();
        await el.locator('[part~="notification-detail"]').waitFor();
        await frames(page, 2); // the body is sanitized after the detail renders (a script-only body ends up empty)
        const links = await el.locator('[part~="notification-body"] a').count();
        for (let k = 0; k < links; k++) assert.match((await el.locator('[part~="notification-body"] a').nth(k).getAttribute('href')) ?? 'https:', /^(https?:|mailto:|tel:)/);
        await el.locator('[part~="notification-back"]').click();
      }
      await clickEverything(page, el);

      // Type payloads into the form and save them: what comes back is shown as text too.
      const input = el.locator('input[part~="edit-input"]:not([type]), input[part~="edit-input"][type="text"]').first();
      if (await input.count()) {
        await input.fill(HTML_PAYLOADS[1]);
        await el.locator('[part~="edit-save"]').first().click();
        // Saved, refused by the server, or stopped by the browser's own validation.
        await page.waitForFunction(() => window.__events.some((e) => e.type === 'profile-saved' || e.type === 'profile-error') || window.__deepAll('[part~="edit-field-error"]').length);
      }

      // The deletion confirmation: typing the poisoned username enables the button.
      const open = el.locator('[part~="delete-open"]');
      if (await open.count()) {
        await open.click();
        const label = (await el.locator('[part~="delete-dialog"] label').textContent()).replace(/\s+/g, ' ');
        const expected = [...HTML_PAYLOADS].sort((a, b) => b.length - a.length).find((p) => label.includes(p.replace(/\s+/g, ' ')));
        assert.ok(expected, `the dialog names the poisoned username as text: ${label}`);
        await el.locator('[part~="delete-input"]').fill(expected);
        await el.locator('[part~="delete-confirm"]').click();
        // Deleted (modyo 204, rest 202), or "not supported here" (SCIM 501).
        await page.waitForFunction(() => window.__events.some((e) => e.type === 'account-deleted' || (e.type === 'profile-error' && e.detail.operation === 'delete-account')));
      }

      const { bad, pwned } = await page.evaluate(audit);
      const { violations, errors } = await recorded(page);
      assert.equal(pwned, null, 'a payload ran');
      assert.deepEqual(bad, [], 'dangerous markup in the DOM');
      assert.deepEqual(violations, [], 'CSP / Trusted Types violations');
      assert.deepEqual(errors, [], 'uncaught errors');
      assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), [], 'dialogs, console errors');
      assert.ok(Object.keys(bodies).length > 0);
      await page.close();
    });
  }
}

test('every element on its own, with poisoned modyo data: no payload runs', async () => {
  await realm.reset(ctx.api);
  await poisonRealm('modyo');
  const { page, problems } = await openPage(ctx, '/blank.html', { csp: false });
  for (const tag of ['profile-notifications', 'profile-sites', 'profile-edit-form', 'profile-delete-account', 'profile-activity']) await mount(page, tag, configOf(ctx.api));
  await page.waitForFunction(() => window.__settled(), undefined, { timeout: 15_000 });
  await clickEverything(page, page.locator('body'));
  const { bad, pwned } = await page.evaluate(audit);
  assert.equal(pwned, null);
  assert.deepEqual(bad, []);
  assert.deepEqual((await recorded(page)).errors, []);
  assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
  await page.close();
});
