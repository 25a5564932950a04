// The scim dialect against a real third-party SCIM 2.0 server: SCIMMY (scimmy + scimmy-routers, with
// the small PATCH/DELETE /Me glue of test/e2e/scimmy-server.mjs — the README's recipe for SCIMMY
// users), on another origin, with a bearer token and credentials, under the strict CSP page. Its
// /Schemas, /ResourceTypes and /ServiceProviderConfig drive the form; its PatchOp validation judges
// what the form sends; its refusals are shown in its own words. The mock realm keeps the faults no
// real server produces on demand.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './browser.mjs';
import { startSite } from './servers.mjs';
import { startScimmy, IDS, LOCKED_DETAIL } from './scimmy-server.mjs';
import { assertClean, eventOf, mount } from './support.mjs';

const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const ctx = { browser: undefined, site: undefined, scim: undefined };

before(async () => {
  ctx.site = await startSite('');
  ctx.scim = await startScimmy({ allowOrigin: ctx.site.origin, passwords: true, tokens: { 'locked-token': IDS.locked } });
  ctx.browser = await launch();
});
after(async () => {
  await ctx.browser?.close();
  ctx.site?.server.close();
  await ctx.scim?.close();
});

/** A fresh page (strict CSP) with `<tag>` on the SCIMMY server, signed in with `token`. */
async function open(tag = 'user-profile', { token = 'test-token', attrs = {}, url = ctx.scim.url } = {}) {
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && problems.push(`console: ${m.text()}`));
  await page.goto(`${ctx.site.origin}/blank.html`);
  await page.waitForFunction(() => customElements.get('user-profile'));
  const el = await mount(page, tag, { 'api-base': url, dialect: 'scim', ...attrs }, { token });
  return { page, el, problems, close: () => context.close() };
}

const stored = (id = IDS.kim) => ctx.scim.state.users.get(id);
const fill = async (el, name, value) => el.locator(`[name="${name}"]`).fill(value);

test('the profile as SCIMMY serves it: the primary email wherever it sits, phones, the address by its parts, the schemas of a User only', async () => {
  ctx.scim.reset();
  const { page, el, problems, close } = await open();
  await el.locator('[part~="name"]').waitFor();
  assert.equal((await el.locator('[part~="name"]').textContent()).trim(), 'Kim Jensen');
  assert.equal((await el.locator('[part~="email"]').textContent()).trim(), 'kim@example.com', 'the primary one, listed second');
  const details = await el.locator('[part~="details"]').textContent();
  assert.match(details, /kim\.jensen@corp\.example\.com/);
  assert.match(details, /\+44 7700 900123/);
  await el.locator('[part~="edit-form"]').waitFor();
  const form = await el.locator('[part~="edit-form"]').textContent();
  assert.match(form, /1 Example Street, London, EC1A 1BB, GB/, 'an address without "formatted" shows its parts');
  assert.doesNotMatch(form, /Not set|Members/, 'read-only fields without a value are left out; no Group attribute');
  const labels = await el.locator('[part~="edit-label"]').allTextContents();
  assert.deepEqual(labels.slice(0, 3).map((l) => l.trim().replace(/\s+/g, ' ')), ['Username', 'First name', 'Middle name'], 'people order the name, not the RFC');
  assert.equal(await el.locator(`[name="${ENT}:department"]`).inputValue(), 'Engineering');
  assert.equal(await el.locator('[name="userName"]').count(), 0, 'the username is not the user’s to change');
  const requested = ctx.scim.state.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`);
  for (const r of ['GET /scim2/Me', 'GET /scim2/Schemas', 'GET /scim2/ResourceTypes', 'GET /scim2/ServiceProviderConfig']) assert.ok(requested.includes(r), r);
  assert.equal(requested.filter((r) => r === 'GET /scim2/Me').length, 1, 'one GET /Me for every section');
  const auth = ctx.scim.state.requests.find((r) => r.path.endsWith('/Me')).authorization;
  assert.equal(auth, 'Bearer test-token');
  await assertClean(page, problems);
  await close();
});

test('a save SCIMMY accepts: typed values, a cleared field sent as a remove op, an extension attribute', async () => {
  ctx.scim.reset();
  const { page, el, problems, close } = await open();
  await el.locator('[part~="edit-form"]').waitFor();
  await fill(el, `${ENT}:department`, 'Operations');
  await fill(el, 'nickName', '');
  await fill(el, 'title', 'Staff Engineer');
  await el.locator('[part~="edit-save"]').first().click();
  await eventOf(page, 'profile-saved');
  const patch = ctx.scim.state.requests.find((r) => r.method === 'PATCH');
  assert.equal(patch.status, 200);
  assert.deepEqual(patch.body.Operations.map((o) => [o.op, o.path]).sort(), [
    ['remove', 'nickName'],
    ['replace', 'title'],
    ['replace', `${ENT}:department`],
  ]);
  const u = stored();
  assert.equal(u[ENT].department, 'Operations');
  assert.equal(u.title, 'Staff Engineer');
  assert.equal(u.nickName, undefined);
  assert.match(await el.locator('[part~="edit-status"]').first().textContent(), /saved/);
  await assertClean(page, problems);
  await close();
});

test('a password change SCIMMY takes (204), and its policy refusal on the field in its words', async () => {
  ctx.scim.reset();
  const { page, el, problems, close } = await open('profile-edit-form');
  const form = el.locator('[part~="edit-password"]');
  await form.waitFor();
  const [a, b] = [form.locator('input').nth(0), form.locator('input').nth(1)];
  await a.fill('lettersonly');
  await b.fill('lettersonly');
  await form.locator('[part~="edit-save"]').click();
  await form.locator('[part~="edit-field-error"]').waitFor();
  assert.match(await form.locator('[part~="edit-field-error"]').textContent(), /password policy \(minimum 8 characters, at least one digit\)/);
  await a.fill('N3w-secret-pass');
  await b.fill('N3w-secret-pass');
  await form.locator('[part~="edit-save"]').click();
  await page.waitForFunction(() => window.__deepAll('[part~="edit-password"] [part~="edit-status"]')[0]?.textContent.includes('changed'));
  assert.equal(ctx.scim.state.passwords.get(IDS.kim), 'N3w-secret-pass');
  await assertClean(page, problems);
  await close();
});

test('a refusal of SCIMMY’s (403 from its handler) in its words, and what was typed stays', async () => {
  ctx.scim.reset();
  const { page, el, close } = await open('profile-edit-form', { token: 'locked-token' });
  await el.locator('[part~="edit-form"]').waitFor();
  await fill(el, 'displayName', 'Robin L.');
  await el.locator('[part~="edit-save"]').first().click();
  await el.locator('[part~="edit-error"]').waitFor();
  assert.equal((await el.locator('[part~="edit-error"]').textContent()).trim(), `${LOCKED_DETAIL}.`);
  assert.equal(await el.locator('[name="displayName"]').inputValue(), 'Robin L.');
  const failure = await eventOf(page, 'profile-error');
  assert.deepEqual(failure.detail, { operation: 'save-profile', status: 403, message: LOCKED_DETAIL });
  await close();
});

test('deleting the account: DELETE /Me through the glue, the deleted state, nothing requested after', async () => {
  ctx.scim.reset();
  const { page, el, problems, close } = await open();
  await el.locator('[part~="delete-open"]').click();
  await el.locator('[part~="delete-input"]').fill('kim@example.com');
  await el.locator('[part~="delete-confirm"]').click();
  await eventOf(page, 'account-deleted');
  await el.locator('[part~="deleted"]').waitFor();
  assert.equal(stored(), undefined);
  assert.equal(ctx.scim.state.requests.filter((r) => r.method === 'DELETE').length, 1);
  await assertClean(page, problems);
  await close();
});

test('administrator mode on SCIMMY: /Users/{id} shown, edited, a username already taken refused (409) on its field, deleted', async () => {
  ctx.scim.reset();
  const { page, el, problems, close } = await open('user-profile', { attrs: { 'user-id': IDS.lee } });
  await el.locator('[part~="name"]').waitFor();
  assert.equal((await el.locator('[part~="name"]').textContent()).trim(), 'Lee Park');
  await el.locator('[part~="edit-form"]').waitFor();
  // An administrator may change a username where the server allows it (SCIMMY: readWrite).
  await fill(el, 'userName', 'kim@example.com');
  await el.locator('[part~="edit-save"]').first().click();
  await el.locator('[part~="edit-field-error"]').first().waitFor();
  assert.match(await el.locator('[part~="edit-field-error"]').first().textContent(), /already in use/);
  await fill(el, 'userName', 'lee@example.com');
  await fill(el, 'title', 'Director');
  await el.locator('[part~="edit-save"]').first().click();
  await eventOf(page, 'profile-saved');
  assert.equal(stored(IDS.lee).title, 'Director');
  assert.ok(ctx.scim.state.requests.some((r) => r.method === 'PATCH' && r.path.endsWith(`/Users/${IDS.lee}`)));
  assert.ok(!ctx.scim.state.requests.some((r) => r.path.endsWith('/Me')), 'never /Me');
  await el.locator('[part~="delete-open"]').click();
  await el.locator('[part~="delete-input"]').fill('lee@example.com');
  await el.locator('[part~="delete-confirm"]').click();
  const deleted = await eventOf(page, 'account-deleted');
  assert.deepEqual(deleted.detail, { userId: IDS.lee });
  assert.equal(stored(IDS.lee), undefined);
  await assertClean(page, problems);
  await close();
});

test('stock scimmy-routers (no glue): PATCH and DELETE /Me answer 501 — read-only, no button, no "try again"', async () => {
  const stock = await startScimmy({ allowOrigin: ctx.site.origin, glue: false });
  try {
    const { page, el, problems, close } = await open('user-profile', { url: stock.url });
    await el.locator('[part~="edit-form"]').waitFor();
    await fill(el, 'displayName', 'Kim J.');
    await el.locator('[part~="edit-save"]').first().click();
    await el.locator('[part~="edit-unsupported"]').waitFor();
    assert.equal(await el.locator('[part~="edit-save"]').count(), 0, 'no form that can never save');
    await el.locator('[part~="delete-open"]').click();
    await el.locator('[part~="delete-input"]').fill('kim@example.com');
    await el.locator('[part~="delete-confirm"]').click();
    await el.locator('[part~="delete-text"][role="status"]').waitFor();
    assert.match(await el.locator('[part~="delete-text"]').textContent(), /cannot be deleted here/);
    assert.equal(await el.locator('[part~="retry"]').count(), 0);
    const statuses = stock.state.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.status}`);
    assert.deepEqual(statuses, ['PATCH 501', 'DELETE 501']);
    await assertClean(page, problems);
    await close();
  } finally {
    await stock.close();
  }
});
