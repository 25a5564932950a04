// Strict CSP + Trusted Types (contract §7): every page here is served with
//   script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'
// Every element, in every dialect, alone and inside <user-profile>, loads, is used, and the page
// reports no violation (securitypolicyviolation, recorded by pages/watch.js) and no console error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertClean, configOf, eventOf, mount, openPage, realm, TAGS, until, useServers } from './support.mjs';
import { CSP } from './servers.mjs';
import { HTML_PAYLOADS } from './xss-payloads.mjs';

const ctx = useServers(9312);
const settled = (page) => page.waitForFunction(() => window.__settled(), undefined, { timeout: 15_000 });

test('the pages really are served with the strict policy', async () => {
  const res = await fetch(`${ctx.site}/blank.html`);
  assert.equal(res.headers.get('content-security-policy'), CSP);
});

for (const dialect of ['modyo', 'rest', 'scim']) {
  test(`<user-profile> (${dialect}): every section loads and is used without a violation`, async () => {
    await realm.reset(ctx.api);
    const { page, problems } = await openPage(ctx);
    const el = await mount(page, 'user-profile', configOf(ctx.api, dialect));
    await el.locator('[part~="name"]').waitFor();
    await settled(page);
    assert.equal(await el.locator('[part~="error"]').count(), 0, 'no section shows an error');

    // Open a notification (its body goes through the sanitizer) and come back.
    const item = el.locator('[part~="notification-item"] button').first();
    if (await item.count()) {
      await item.click();
      await el.locator('[part~="notification-body"] *').first().waitFor();
      await el.locator('[part~="notification-back"]').click();
    }
    // Edit and save the first text field.
    const input = el.locator('input[part~="edit-input"]:not([type]), input[part~="edit-input"][type="text"]').first();
    if (await input.count()) {
      await input.fill('Zoë');
      await el.locator('[part~="edit-save"]').first().click();
      await eventOf(page, 'profile-saved');
    }
    // Open the deletion dialog and close it with Escape.
    const open = el.locator('[part~="delete-open"]');
    if (await open.count()) {
      await open.click();
      await el.locator('[part~="delete-dialog"]').waitFor();
      await page.keyboard.press('Escape');
      await el.locator('[part~="delete-dialog"]').waitFor({ state: 'hidden' });
    }
    const more = el.locator('[part~="activity-more"]');
    if (await more.count()) {
      const before = await el.locator('[part~="activity-item"]').count();
      await more.click();
      await page.waitForFunction((n) => window.__deepAll('[part~="activity-item"]').length > n, before);
    }
    await assertClean(page, problems, dialect);
    await page.close();
  });
}

test('each element on its own (modyo) loads without a violation', async () => {
  await realm.reset(ctx.api);
  const { page, problems } = await openPage(ctx);
  for (const tag of TAGS) await mount(page, tag, configOf(ctx.api));
  await settled(page);
  for (const tag of TAGS) assert.equal(await page.locator(`${tag} [part~="error"]`).count(), 0, `${tag} shows no error`);
  await assertClean(page, problems);
  await page.close();
});

test('the DOMPurify fallback chunk (browsers without Element.setHTML) loads and sanitizes under Trusted Types', async () => {
  await realm.reset(ctx.api);
  const { page, problems, failed } = await openPage(ctx, '/blank.html', {
    init: () => {
      delete Element.prototype.setHTML;
    },
  });
  const chunks = [];
  page.on('request', (r) => /\/dist\/standalone\/.+\.js$/.test(r.url()) && chunks.push(r.url().split('/').pop()));
  const el = await mount(page, 'profile-notifications', configOf(ctx.api));
  // Notification 29 carries `<img src=x onerror=…>`: the image stays, the handler does not.
  await el.locator('#n-29').click();
  const body = el.locator('[part~="notification-body"]');
  await body.locator('*').first().waitFor();
  assert.ok(chunks.some((c) => /purify/i.test(c)), `the DOMPurify chunk was fetched (${chunks.join(', ')})`);
  assert.equal(await body.locator('[onerror], script').count(), 0);
  // The one failed load is the payload's own image (`src=x`: relative, so the API's, not the page's).
  const image = `${configOf(ctx.api)['api-base']}/realms/demo/x`;
  assert.equal(await body.locator('img').first().getAttribute('src'), image);
  await until(() => failed.length, 'the image request');
  // (A 404, or the same response blocked by the browser's opaque-response blocking: it is JSON.)
  assert.deepEqual(failed.map((f) => f.split(' ').pop()), failed.map(() => image));
  await assertClean(page, problems, '', { httpErrors: true });
  await page.close();
});

// Chromium reports a `script-src-attr` violation for each handler attribute any parser creates, even
// in an inert document and even inside the native Sanitizer API: the site's report endpoint would
// hear of our widget "running inline script" each time a user opened a hostile message. Neither path
// may let a parser see one (the guarantee: nothing runs AND nothing is reported, on any Chromium).
for (const path of ['native Sanitizer API', 'DOMPurify fallback']) {
  test(`every hostile body, sanitized by the ${path} under the strict policy: nothing runs, nothing is reported`, async () => {
    await realm.reset(ctx.api);
    const notifications = HTML_PAYLOADS.map((body, i) => ({ id: String(900 + i), subject: `Payload ${i}`, body: `<p>before</p>${body}<p>after</p>`, sent_at: '2026-11-01T10:00:00Z', opened: true }));
    const meta = { total_entries: notifications.length, unread_entries: 0, per_page: 100, current_page: 1, total_pages: 1 };
    await realm.fault(ctx.api, 'GET /notifications', { status: 200, body: { notifications, meta } });
    const { page, problems } = await openPage(ctx, '/blank.html', {
      init: path === 'DOMPurify fallback' ? () => delete Element.prototype.setHTML : undefined,
    });
    const el = await mount(page, 'profile-notifications', { ...configOf(ctx.api), 'per-page': '100' });
    const items = el.locator('[part~="notification-item"] button');
    await items.first().waitFor();
    assert.equal(await items.count(), HTML_PAYLOADS.length);
    for (let i = 0; i < HTML_PAYLOADS.length; i++) {
      await items.nth(i).click();
      // Sanitized after the detail renders: wait for the safe text around the payload.
      await page.waitForFunction(() => /before[^]*after|after[^]*before|before/.test(window.__deepAll('[part~="notification-body"]')[0]?.textContent ?? ''));
      await el.locator('[part~="notification-back"]').click();
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)))); // reports are queued
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null, 'a payload ran');
    await assertClean(page, problems, path, { httpErrors: true });
    await page.close();
  });
}
