// Tabs in sync, realms apart (contract §4): several pages of one browser context (the tabs of one
// visitor) showing the same account follow each other's reads, saves, deletion and sign-out with no
// request of their own beyond a re-read; a second realm, a second API base, never follows; and no
// message carries anything sensitive.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configOf, eventOf, mount, realm, until, useServers } from './support.mjs';

const ctx = useServers(9317);

/** Records every message posted on any BroadcastChannel of the page, as sent. */
function recordMessages() {
  window.__posted = [];
  const post = BroadcastChannel.prototype.postMessage;
  BroadcastChannel.prototype.postMessage = function (m) {
    window.__posted.push({ channel: this.name, message: JSON.parse(JSON.stringify(m)) });
    return post.call(this, m);
  };
}

/** `n` tabs of one visitor (one browser context: shared cookies and channels), under the strict policy. */
async function tabs(n, init) {
  const context = await ctx.browser.newContext();
  const pages = [];
  for (let i = 0; i < n; i++) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(recordMessages);
    if (init) await page.addInitScript(init);
    await page.goto(`${ctx.site}/blank.html`);
    await page.waitForFunction(() => customElements.get('user-profile'));
    pages.push(Object.assign(page, { errors }));
  }
  return { pages, close: () => context.close() };
}

const unreadIds = (el) => el.locator('[part~="notification-unread"] button').evaluateAll((bs) => bs.map((b) => b.id.slice(2)));
const settle = (page) => page.evaluate(() => new Promise((r) => setTimeout(r, 300))); // (for asserting that nothing happens)

test('a read in one tab reaches the other tabs of the same realm, with no request of theirs', async () => {
  await realm.reset(ctx.api);
  const { pages: [a, b], close } = await tabs(2);
  const [ea, eb] = [await mount(a, 'profile-notifications', configOf(ctx.api)), await mount(b, 'profile-notifications', configOf(ctx.api))];
  await ea.locator('[part~="notification-unread"]').first().waitFor();
  await eb.locator('[part~="notification-unread"]').first().waitFor();
  const [id] = await unreadIds(ea);
  const before = (await realm.requests(ctx.api)).length;
  await ea.locator(`#n-${id}`).click();
  await until(async () => !(await unreadIds(eb)).includes(id), 'the other tab to follow');
  assert.deepEqual((await realm.requests(ctx.api)).slice(before).map((r) => `${r.method} ${r.path}`), [`PUT /notifications/${id}`]);
  await ea.locator('[part~="notification-back"]').click();
  await ea.locator('[part~="notification-mark-all"]').click();
  await until(async () => !(await unreadIds(eb)).length, 'mark all to reach the other tab');
  assert.deepEqual([...a.errors, ...b.errors], []);
  await close();
});

for (const [what, other] of [
  ['another realm', (api) => ({ 'api-base': `${api}/api/customers`, realm: 'beta' })],
  ['another API base', (api) => ({ 'api-base': `${api}/api/customers-eu`, realm: 'demo' })],
]) {
  test(`a tab on ${what} never follows, nor an element on it in the same page`, async () => {
    await realm.reset(ctx.api);
    const { pages: [a, b], close } = await tabs(2);
    const ea = await mount(a, 'profile-notifications', configOf(ctx.api));
    const eb = await mount(b, 'profile-notifications', other(ctx.api));
    const same = await mount(a, 'profile-notifications', other(ctx.api)); // in tab A too
    for (const el of [ea, eb, same]) await el.locator('[part~="notification-unread"]').first().waitFor();
    const [id] = await unreadIds(ea);
    await ea.locator(`#n-${id}`).click();
    await eventOf(a, 'notification-read');
    await settle(b);
    assert.ok((await unreadIds(eb)).includes(id), `the other tab still shows ${id} unread`);
    assert.ok((await unreadIds(same)).includes(id), 'the element of the other realm on the same page too');
    await close();
  });
}

test('a profile saved in one tab shows in the others after one re-read; a form being edited keeps what was typed', async () => {
  await realm.reset(ctx.api);
  const { pages: [a, b, c], close } = await tabs(3);
  const [ea, eb, ec] = [await mount(a, 'user-profile', configOf(ctx.api)), await mount(b, 'user-profile', configOf(ctx.api)), await mount(c, 'user-profile', configOf(ctx.api))];
  for (const el of [ea, eb, ec]) await el.locator('input[name="first_name"]').waitFor();
  // Tab C has typed something it has not saved.
  await ec.locator('input[name="last_name"]').fill('Typed-in-C');
  const gets = (await realm.requests(ctx.api, 'GET', '/me')).length;
  await ea.locator('input[name="first_name"]').fill('Zoe');
  await ea.locator('[part~="edit-save"]').first().click();
  await eventOf(a, 'profile-saved');
  await until(async () => (await eb.locator('[part~="name"]').textContent()).includes('Zoe'), 'tab B’s header');
  assert.equal(await eb.locator('input[name="first_name"]').inputValue(), 'Zoe', 'tab B’s form follows');
  await until(async () => (await ec.locator('[part~="name"]').textContent()).includes('Zoe'), 'tab C’s header');
  assert.equal(await ec.locator('input[name="last_name"]').inputValue(), 'Typed-in-C', 'what tab C typed stays');
  assert.match(await ec.locator('[part~="edit-status"]').first().textContent(), /changed elsewhere/);
  assert.equal((await realm.requests(ctx.api, 'GET', '/me')).length, gets + 2, 'one re-read per other tab');
  await close();
});

test('an account deleted in one tab: the others show it deleted and request nothing more', async () => {
  await realm.reset(ctx.api);
  const { pages: [a, b], close } = await tabs(2);
  const ea = await mount(a, 'user-profile', configOf(ctx.api));
  const eb = await mount(b, 'user-profile', { ...configOf(ctx.api), poll: '1' });
  await eb.locator('[part~="notification-item"]').first().waitFor();
  await ea.locator('[part~="delete-open"]').click();
  await ea.locator('[part~="delete-input"]').fill('test.user');
  await ea.locator('[part~="delete-confirm"]').click();
  await eventOf(a, 'account-deleted');
  await eb.locator('[part~="deleted"]').waitFor();
  assert.match(await eb.locator('[part~="deleted"]').textContent(), /deleted/);
  // Tab B polled its notifications every second: now it sends nothing at all.
  const after = (await realm.requests(ctx.api)).length;
  await b.waitForTimeout(1500);
  assert.equal((await realm.requests(ctx.api)).length, after, 'nothing requested after the deletion');
  await close();
});

test('a session that ended in one tab shows the signed-out state in the others at once', async () => {
  await realm.reset(ctx.api);
  const { pages: [a, b], close } = await tabs(2);
  const ea = await mount(a, 'user-profile', configOf(ctx.api));
  const eb = await mount(b, 'user-profile', configOf(ctx.api));
  await ea.locator('[part~="name"]').waitFor();
  await eb.locator('[part~="name"]').waitFor();
  await realm.state(ctx.api, { signedIn: false });
  await ea.locator('input[name="first_name"]').fill('Late');
  await ea.locator('[part~="edit-save"]').first().click();
  await ea.locator('[part~="signed-out"]').waitFor();
  await eb.locator('[part~="signed-out"]').waitFor();
  await eventOf(b, 'profile-unauthorized');
  await close();
});

test('no message carries a token, a delegated token, a password or a profile', async () => {
  await realm.reset(ctx.api);
  const { pages: [a, b], close } = await tabs(2);
  const ea = await mount(a, 'user-profile', configOf(ctx.api), { token: 'secret-bearer-1234' });
  await mount(b, 'user-profile', configOf(ctx.api), { token: 'secret-bearer-1234' });
  await ea.locator('[part~="notification-item"] button').first().click();
  await eventOf(a, 'notification-read');
  await ea.locator('[part~="notification-back"]').click();
  await ea.locator('input[name="first_name"]').fill('Ann');
  await ea.locator('[part~="edit-save"]').first().click();
  await eventOf(a, 'profile-saved');
  const posted = await a.evaluate(() => window.__posted);
  assert.ok(posted.length >= 2, 'messages were sent');
  for (const { channel, message } of posted) {
    assert.deepEqual(Object.keys(message).sort(), message.type === 'read' ? ['id', 'type'] : ['type'], JSON.stringify(message));
    assert.ok(['read', 'all-read', 'saved', 'deleted', 'signed-out'].includes(message.type));
    assert.doesNotMatch(channel + JSON.stringify(message), /secret|bearer|access_token|delegated|password/i);
  }
  await close();
});

test('without BroadcastChannel, nothing is synced and nothing fails', async () => {
  await realm.reset(ctx.api);
  const { pages: [a], close } = await tabs(1, () => delete window.BroadcastChannel);
  const el = await mount(a, 'user-profile', configOf(ctx.api));
  await el.locator('[part~="notification-item"] button').first().click();
  await eventOf(a, 'notification-read');
  assert.deepEqual(a.errors, []);
  await close();
});
