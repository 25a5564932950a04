import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, open } from './browser.mjs';
import { control, startMockApi, startSite } from './servers.mjs';

let api, site, browser;
before(async () => {
  api = await startMockApi(9301);
  site = await startSite(api.origin);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
  api?.child.kill();
});

test('a plain page with only the script-tag entry shows the user from a cross-origin realm', async () => {
  await control(api.origin, 'reset', {});
  const { page, problems } = await open(browser, `${site.origin}/plain.html`);
  const name = page.locator('user-profile [part~="name"]');
  await name.waitFor();
  assert.equal((await name.textContent()).trim(), 'Clifton Feil');
  const log = await control(api.origin, 'requests');
  const me = log.filter((r) => r.method === 'GET' && r.path === '/me');
  assert.equal(me.length, 1, 'one GET /me');
  assert.deepEqual(problems, []);
  await page.close();
});
