import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertClean, openPage, realm, useServers } from './support.mjs';

const ctx = useServers(9310);

test('a plain page with only the script-tag entry shows the user from a cross-origin realm', async () => {
  await realm.reset(ctx.api);
  const { page, problems } = await openPage(ctx, '/plain.html');
  const name = page.locator('user-profile [part~="name"]');
  await name.waitFor();
  assert.equal((await name.textContent()).trim(), 'Clifton Feil');
  assert.notEqual(new URL(ctx.site).origin, new URL(ctx.api).origin, 'page and realm on two origins');
  assert.equal((await realm.requests(ctx.api, 'GET', '/me')).length, 1, 'one GET /me');
  await assertClean(page, problems);
  await page.close();
});
