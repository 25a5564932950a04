// Cross-origin for real: the page and the script-tag build on one localhost origin, the mock realm
// on another port. Credentials, the CORS answers, a preflighted PUT with the CSRF header, and a
// Retry-After header the page can only read because the server exposes it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertClean, configOf, eventOf, mount, openPage, realm, until, useServers } from './support.mjs';

const ctx = useServers(9311);
const CSRF = 'csrf-e2e-7d1f'; // pages/blank.html's <meta name="csrf-token">

/** A page whose context holds a session cookie for the realm's host (cookies ignore the port). */
async function withCookie() {
  const opened = await openPage(ctx);
  await opened.page.context().addCookies([{ name: 'realm_session', value: 'c00k1e', url: ctx.api }]);
  return opened;
}

test('credentials "include" (the default) sends the realm cookie, and the server echoes the page origin', async () => {
  await realm.reset(ctx.api);
  const { page, problems } = await withCookie();
  const responses = [];
  page.on('response', (r) => r.url().startsWith(ctx.api) && responses.push(r));
  const el = await mount(page, 'profile-sites', configOf(ctx.api));
  await el.locator('[part~="site"]').first().waitFor();
  const [get] = await realm.requests(ctx.api, 'GET', '/sites');
  assert.equal(get.headers.origin, ctx.site, 'a real cross-origin request');
  assert.match(get.headers.cookie ?? '', /realm_session=c00k1e/);
  const headers = await responses.find((r) => r.url().includes('/sites')).allHeaders();
  assert.equal(headers['access-control-allow-origin'], ctx.site);
  assert.equal(headers['access-control-allow-credentials'], 'true');
  await assertClean(page, problems);
  await page.close();
});

test('a server-relative avatar (Modyo\'s "/user_avatar_medium.png") is fetched from the API\'s host, not the page\'s', async () => {
  await realm.reset(ctx.api);
  await realm.fault(ctx.api, 'GET /me', { status: 200, body: { id: 5, name: 'Ana', email: 'ana@example.com', avatar: { url_medium: '/user_avatar_medium.png' } } }, 'modyo');
  const { page, problems } = await openPage(ctx);
  const images = [];
  page.on('request', (r) => r.resourceType() === 'image' && images.push(r.url()));
  const el = await mount(page, 'user-profile', { ...configOf(ctx.api), hide: 'notifications sites edit danger activity' });
  await el.locator('[part~="name"]').waitFor();
  assert.equal(await el.locator('img[part~="avatar"]').getAttribute('src'), `${ctx.api}/user_avatar_medium.png`);
  await until(() => images.length, 'the avatar request');
  assert.deepEqual(images, [`${ctx.api}/user_avatar_medium.png`]);
  await assertClean(page, problems, '', { httpErrors: true }); // (the mock realm has no such image: 404)
  await page.close();
});

for (const credentials of ['omit', 'same-origin']) {
  test(`credentials "${credentials}" keeps the cookie at home on a cross-origin realm`, async () => {
    await realm.reset(ctx.api);
    const { page, problems } = await withCookie();
    const el = await mount(page, 'profile-sites', { ...configOf(ctx.api), credentials });
    await el.locator('[part~="site"]').first().waitFor();
    const [get] = await realm.requests(ctx.api, 'GET', '/sites');
    assert.equal(get.headers.cookie, undefined);
    await assertClean(page, problems);
    await page.close();
  });
}

test('a preflighted PUT carries the CSRF header, the bearer token and the JSON body across origins', async () => {
  await realm.reset(ctx.api);
  const { page, problems } = await openPage(ctx);
  // The exported API of the script-tag build, as a site's own code would use it.
  const saved = await page.evaluate(
    async ({ base }) => {
      const { createApi } = await import('/dist/standalone/profile-elements.js');
      const api = createApi({ apiBase: base, realm: 'demo', token: () => 'tok-cors' });
      return (await api.updateProfile({ first_name: 'Clara' })).name;
    },
    { base: configOf(ctx.api)['api-base'] },
  );
  assert.equal(saved, 'Clara Feil');
  const [put] = await realm.requests(ctx.api, 'PUT', '/me');
  assert.equal(put.headers['x-csrf-token'], CSRF);
  assert.equal(put.headers.authorization, 'Bearer tok-cors');
  assert.match(put.headers['content-type'], /^application\/json/);
  assert.deepEqual(put.body, { first_name: 'Clara' });
  await assertClean(page, problems);
  await page.close();
});

test('opening a notification sends its preflighted PUT with the CSRF header from the element', async () => {
  await realm.reset(ctx.api);
  const { page, problems } = await openPage(ctx);
  const el = await mount(page, 'profile-notifications', configOf(ctx.api));
  await el.locator('[part~="notification-unread"] button').first().click();
  const read = await eventOf(page, 'notification-read');
  const puts = await realm.requests(ctx.api, 'PUT', /^\/notifications\/\d+$/);
  assert.equal(puts.length, 1);
  assert.equal(puts[0].path, `/notifications/${read.detail.notification.id}`);
  assert.equal(puts[0].headers['x-csrf-token'], CSRF);
  assert.deepEqual(puts[0].body, { opened: true });
  // GETs never carry it.
  for (const r of await realm.requests(ctx.api, 'GET')) assert.equal(r.headers['x-csrf-token'], undefined, r.path);
  await assertClean(page, problems);
  await page.close();
});

test('the Retry-After of a cross-origin 429 reaches the element (exposed by CORS) and is shown', async () => {
  await realm.reset(ctx.api);
  // Longer than the client waits on its own (10 s): shown to the user rather than retried.
  await realm.fault(ctx.api, 'GET /sites', { status: 429, headers: { 'Retry-After': '30' } });
  const { page, problems } = await openPage(ctx);
  const el = await mount(page, 'profile-sites', configOf(ctx.api));
  const error = el.locator('[part~="error"]');
  await error.waitFor();
  assert.match(await error.textContent(), /30/);
  const e = await eventOf(page, 'profile-error');
  assert.equal(e.detail.status, 429);
  assert.equal((await realm.requests(ctx.api, 'GET', '/sites')).length, 1, 'not retried before the wait it was asked for');
  await realm.clearFaults(ctx.api);
  await el.locator('[part~="retry"]').click();
  await el.locator('[part~="site"]').first().waitFor();
  await until(async () => (await realm.requests(ctx.api, 'GET', '/sites')).length === 2, 'the retry request');
  await assertClean(page, problems, '', { httpErrors: true });
  await page.close();
});
