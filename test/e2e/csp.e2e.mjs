// Strict CSP + Trusted Types (SPEC §7): every page here is served with
//   script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'
// Every element, in every dialect, alone and inside <user-profile>, loads, is used, and the page
// reports no violation (securitypolicyviolation, recorded by pages/watch.js) and no console error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertClean, configOf, eventOf, mount, openPage, realm, TAGS, useServers } from './support.mjs';
import { CSP } from './servers.mjs';

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
  // The one failed load is the payload's own image (`src=x`, relative to the page).
  assert.deepEqual(failed, [`404 ${ctx.site}/x`]);
  await assertClean(page, problems, '', { httpErrors: true });
  await page.close();
});
