// Faults over real sockets and across origins (the whole matrix, per endpoint, is the browser test
// test/faults.test.ts): a dropped connection, a server that never answers (the client's timeout,
// and the server seeing the client give up), malformed JSON, back-off retries of GETs that then
// succeed, Retry-After honoured, mutations never retried, both Modyo 401 bodies.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { control } from './servers.mjs';
import { assertClean, configOf, eventOf, mount, openPage, realm, recorded, until, useServers } from './support.mjs';

const ctx = useServers(9314);
const sites = (page) => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/sites$/.test(e.name)).map((e) => e.startTime));

test('a dropped connection: retried twice with back-off, then the error; "Try again" recovers', async () => {
  await realm.reset(ctx.api);
  await realm.fault(ctx.api, 'GET /sites', { network: true });
  const { page, problems } = await openPage(ctx);
  const attempts = [];
  page.on('request', (r) => r.url().endsWith('/sites') && attempts.push(r.url()));
  const el = await mount(page, 'profile-sites', configOf(ctx.api));
  await el.locator('[part~="error"]').waitFor();
  assert.match(await el.locator('[part~="error"]').textContent(), /could not be reached/);
  assert.equal((await eventOf(page, 'profile-error')).detail.status, -1);
  assert.equal(attempts.length, 3, 'the first attempt and two retries');
  const [a, b, c] = await sites(page);
  assert.ok(b - a >= 400 && c - b >= 800, `exponential back-off between the attempts (${Math.round(b - a)} ms, ${Math.round(c - b)} ms)`);
  await realm.clearFaults(ctx.api);
  await el.locator('[part~="retry"]').click();
  await el.locator('[part~="site"]').first().waitFor();
  await assertClean(page, problems, '', { httpErrors: true });
  await page.close();
});

test('a server that never answers: the client gives up after `timeout` ms, and the server sees it go', async () => {
  await realm.reset(ctx.api);
  await realm.fault(ctx.api, 'GET /sites', { hang: true });
  const { page, problems } = await openPage(ctx);
  const el = await mount(page, 'profile-sites', { ...configOf(ctx.api), timeout: '1000' });
  await until(async () => (await control(ctx.api, 'state')).inFlight === 1, 'the hanging request on the server');
  await el.locator('[part~="error"]').waitFor();
  assert.match(await el.locator('[part~="error"]').textContent(), /too long/);
  assert.equal((await eventOf(page, 'profile-error')).detail.status, -1);
  await until(async () => (await control(ctx.api, 'state')).inFlight === 0, 'the server to see the request aborted');
  assert.equal((await realm.requests(ctx.api, 'GET', '/sites')).length, 1, 'a timeout is not retried on its own');
  await assertClean(page, problems, '', { httpErrors: true });
  await page.close();
});

test('malformed JSON from across origins is an error state, never an exception', async () => {
  await realm.reset(ctx.api);
  await realm.fault(ctx.api, 'GET /events', { status: 200, raw: '{"events": [{"title": "Sig' });
  const { page, problems } = await openPage(ctx);
  const el = await mount(page, 'profile-activity', configOf(ctx.api));
  await el.locator('[part~="error"]').waitFor();
  assert.match(await el.locator('[part~="error"]').textContent(), /could not read/);
  assert.equal((await realm.requests(ctx.api, 'GET', '/events')).length, 1);
  await assertClean(page, problems);
  await page.close();
});

test('a 503 once: the GET is retried after the back-off and the user sees the content, no error', async () => {
  await realm.reset(ctx.api);
  await realm.fault(ctx.api, 'GET /sites', { status: 503, times: 1 });
  const { page, problems } = await openPage(ctx);
  const el = await mount(page, 'profile-sites', configOf(ctx.api));
  await el.locator('[part~="site"]').first().waitFor();
  assert.equal((await realm.requests(ctx.api, 'GET', '/sites')).length, 2);
  assert.deepEqual((await recorded(page)).events.filter((e) => e.type === 'profile-error'), []);
  await assertClean(page, problems, '', { httpErrors: true });
  await page.close();
});

test('a 429 with Retry-After: 1 once: the retry waits the second the server asked for', async () => {
  await realm.reset(ctx.api);
  await realm.fault(ctx.api, 'GET /sites', { status: 429, headers: { 'Retry-After': '1' }, times: 1 });
  const { page, problems } = await openPage(ctx);
  const el = await mount(page, 'profile-sites', configOf(ctx.api));
  await el.locator('[part~="site"]').first().waitFor();
  const [first, second] = await sites(page);
  assert.ok(second - first >= 1000, `waited ${Math.round(second - first)} ms`);
  await assertClean(page, problems, '', { httpErrors: true });
  await page.close();
});

test('a save whose connection drops is sent once, keeps what was typed, and can be sent again', async () => {
  await realm.reset(ctx.api);
  const { page, problems } = await openPage(ctx);
  // Counted as the page issues them: when a reused keep-alive connection drops before any answer,
  // Chromium's network stack itself resends the request (the server may log it up to 3 times).
  const puts = [];
  page.on('request', (r) => r.method() === 'PUT' && puts.push(r.url()));
  const el = await mount(page, 'profile-edit-form', configOf(ctx.api));
  const input = el.locator('input[name="first_name"]');
  await input.fill('Dropped');
  await realm.fault(ctx.api, 'PUT /me', { network: true });
  await el.locator('[part~="edit-form"] [part~="edit-save"]').click();
  await el.locator('[part~="edit-error"]').waitFor();
  assert.equal(await input.inputValue(), 'Dropped');
  assert.equal(puts.length, 1, 'never retried by the client');
  await realm.clearFaults(ctx.api);
  await el.locator('[part~="edit-form"] [part~="edit-save"]').click();
  await eventOf(page, 'profile-saved');
  assert.equal(puts.length, 2);
  await assertClean(page, problems, '', { httpErrors: true });
  await page.close();
});

for (const body of [{ error: { user_session: 'You need to sign in' } }, { error: { grant_expired: 'The grant has expired' } }]) {
  test(`401 ${JSON.stringify(body)} on /me: the signed-out state, and the page hears it once`, async () => {
    await realm.reset(ctx.api);
    await realm.fault(ctx.api, '* *', { status: 401, body }, 'modyo');
    const { page, problems } = await openPage(ctx);
    const el = await mount(page, 'user-profile', configOf(ctx.api));
    await el.locator('[part~="signed-out"]').waitFor();
    assert.match(await el.locator('[part~="signed-out"]').textContent(), /sign in/i);
    // Every section hears 401 too; the page gets one profile-unauthorized.
    await until(async () => (await realm.requests(ctx.api, 'GET')).length >= 2, 'the sections to ask too');
    await until(async () => (await control(ctx.api, 'state')).inFlight === 0, 'every answer sent');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal((await recorded(page)).events.filter((e) => e.type === 'profile-unauthorized').length, 1);
    await realm.clearFaults(ctx.api);
    await el.locator('[part~="signed-out"] [part~="retry"]').click();
    await el.locator('[part~="name"]').waitFor();
    await assertClean(page, problems, '', { httpErrors: true });
    await page.close();
  });
}
