// Token hygiene (contract §2): a bearer token given as `.token` (or by `.getToken`) travels in the
// Authorization header of every request and nowhere else — not in the DOM (shadow roots
// included), attributes, URLs, request bodies, other headers, the console, or any storage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { control } from './servers.mjs';
import { assertClean, configOf, eventOf, mount, openPage, realm, until, useServers } from './support.mjs';

const ctx = useServers(9316);
const TOKEN = 'tok-e2e-9b7f3c1d5a2e4f60';

/** Every place in the page a secret could end up, as text. */
const pageLeaks = async (page, secret) =>
  page.evaluate(async (secret) => {
    const where = [];
    const dom = (root, path) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) if (a.value.includes(secret) || a.name.includes(secret)) where.push(`${path} <${el.localName} ${a.name}>`);
        if (el.shadowRoot) dom(el.shadowRoot, `${path} ${el.localName}::shadow`);
      }
      if ((root.textContent ?? '').includes(secret)) where.push(`${path} text`);
      if (root instanceof ShadowRoot && root.innerHTML.includes(secret)) where.push(`${path} markup`);
    };
    dom(document, 'document');
    if (document.documentElement.outerHTML.includes(secret)) where.push('document markup');
    for (const [name, store] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]]) {
      for (let i = 0; i < store.length; i++) {
        const k = store.key(i);
        if (k.includes(secret) || store.getItem(k).includes(secret)) where.push(`${name} ${k}`);
      }
    }
    if (document.cookie.includes(secret)) where.push('document.cookie');
    for (const db of (await indexedDB.databases?.()) ?? []) if (db.name.includes(secret)) where.push(`indexedDB ${db.name}`);
    for (const key of (await caches?.keys()) ?? []) if (key.includes(secret)) where.push(`caches ${key}`);
    for (const e of performance.getEntries()) if (e.name.includes(secret)) where.push(`URL ${e.name}`);
    if (location.href.includes(secret)) where.push('location');
    for (const el of document.querySelectorAll('*')) for (const k of Object.keys(el.dataset ?? {})) if (el.dataset[k].includes(secret)) where.push(`data-${k}`);
    return where;
  }, secret);

/** Every request the realm received, and where in it `secret` appears outside `Authorization`. */
async function serverLeaks(secret) {
  const log = await realm.requests(ctx.api);
  const where = [];
  for (const r of log) {
    if (r.url.includes(secret)) where.push(`${r.method} ${r.path}: URL`);
    if (JSON.stringify(r.query).includes(secret)) where.push(`${r.method} ${r.path}: query`);
    if (JSON.stringify(r.body ?? null).includes(secret)) where.push(`${r.method} ${r.path}: body`);
    for (const [h, v] of Object.entries(r.headers)) if (h !== 'authorization' && v.includes(secret)) where.push(`${r.method} ${r.path}: ${h}`);
  }
  return { log, where };
}

test('`.token` is sent as `Authorization: Bearer …` on every request, and found nowhere else', async () => {
  await realm.reset(ctx.api);
  const { page, problems, log } = await openPage(ctx);
  const el = await mount(page, 'user-profile', configOf(ctx.api), { token: TOKEN });
  await el.locator('[part~="name"]').waitFor();
  await page.waitForFunction(() => window.__settled());
  // Use it: open a notification, save the form, change a subscription, mark everything read.
  await el.locator('[part~="notification-unread"] button').first().click();
  await eventOf(page, 'notification-read');
  await el.locator('[part~="notification-back"]').click();
  await el.locator('input[name="first_name"]').fill('Tokenless');
  await el.locator('[part~="edit-form"] [part~="edit-save"]').click();
  await eventOf(page, 'profile-saved');
  await el.locator('[part~="edit-subscription"] input').first().click();
  await el.locator('[part~="notification-mark-all"]').click();
  await page.waitForFunction(() => !window.__deepAll('[part~="notification-unread"], [aria-busy="true"]').length);
  // The list changes at once; the request follows.
  await until(async () => (await realm.requests(ctx.api, 'POST')).length, 'the mark-all request');
  await until(async () => (await control(ctx.api, 'state')).inFlight === 0, 'every answer sent');

  const { log: requests, where } = await serverLeaks(TOKEN);
  const methods = new Set(requests.map((r) => r.method));
  assert.ok(['GET', 'PUT', 'POST'].every((m) => methods.has(m)), `reads and writes were made: ${[...methods]}`);
  for (const r of requests) assert.equal(r.headers.authorization, `Bearer ${TOKEN}`, `${r.method} ${r.path} carries the token`);
  assert.deepEqual(where, [], 'the token outside the Authorization header');
  assert.deepEqual(await pageLeaks(page, TOKEN), [], 'the token in the page');
  assert.equal(await el.getAttribute('token'), null, 'not reflected to an attribute');
  assert.deepEqual(log.filter((l) => l.includes(TOKEN)), [], 'the token in the console');
  for (const c of await page.context().cookies()) assert.ok(!c.value.includes(TOKEN) && !c.name.includes(TOKEN), `cookie ${c.name}`);
  await assertClean(page, problems);
  await page.close();
});

test('`.getToken` is asked before each request: a refreshed token is used from the next request on', async () => {
  await realm.reset(ctx.api);
  const { page, problems, log } = await openPage(ctx);
  // The page's own token store, as a site would keep it (a closure, not storage).
  await page.evaluate(() => {
    let n = 0;
    window.__getToken = async () => `refreshed-${++n}-secret`;
  });
  await page.evaluate(({ config }) => {
    const el = document.createElement('profile-activity');
    for (const [k, v] of Object.entries(config)) el.setAttribute(k, v);
    el.getToken = window.__getToken;
    document.body.append(el);
  }, { config: configOf(ctx.api) });
  const el = page.locator('profile-activity');
  await el.locator('[part~="activity-item"]').first().waitFor();
  await el.locator('[part~="activity-more"]').click();
  await page.waitForFunction(() => window.__deepAll('[part~="activity-item"]').length > 10);
  const requests = await realm.requests(ctx.api, 'GET', '/events');
  assert.deepEqual(requests.map((r) => r.headers.authorization), ['Bearer refreshed-1-secret', 'Bearer refreshed-2-secret']);
  for (const secret of ['refreshed-1-secret', 'refreshed-2-secret']) {
    assert.deepEqual((await serverLeaks(secret)).where, []);
    assert.deepEqual(await pageLeaks(page, secret), []);
    assert.deepEqual(log.filter((l) => l.includes(secret)), []);
  }
  await assertClean(page, problems);
  await page.close();
});

test('a 401 whose body quotes the token: the visible message does not repeat it', async () => {
  await realm.reset(ctx.api);
  await realm.fault(ctx.api, 'GET /sites', { status: 401, body: { error: { grant_expired: `Token ${TOKEN} has expired` } } });
  const { page, problems, log } = await openPage(ctx);
  const el = await mount(page, 'profile-sites', configOf(ctx.api), { token: TOKEN });
  await el.locator('[part~="error"]').waitFor();
  await eventOf(page, 'profile-unauthorized');
  // The server's own message may quote it; the user-facing text does not.
  assert.ok(!(await el.locator('[part~="error"]').textContent()).includes(TOKEN), 'not in the visible message');
  assert.deepEqual(await pageLeaks(page, TOKEN), []);
  assert.deepEqual(log.filter((l) => l.includes(TOKEN) && !/Failed to load resource/.test(l)), []);
  await assertClean(page, problems, '', { httpErrors: true });
  await page.close();
});
