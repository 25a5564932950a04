// examples/plain.html as a site owner would paste it: only the script-tag build, theming by custom
// properties and ::part, `hide`, the CSRF meta, the signed-out slot. Served under the strict CSP
// (Trusted Types enforced) against the mock realm on another origin, in Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, beforeEach, test } from 'node:test';
import { launch, open } from './browser.mjs';
import { control, CSP, startMockApi, startSite } from './servers.mjs';

const EXAMPLE = new URL('../../examples/plain.html', import.meta.url);
/** The example points at `npm run mock-api`'s default origin; the test's realm is elsewhere. */
const EXAMPLE_API = 'http://127.0.0.1:9090';

/** axe-core (present through the a11y tooling), run in the page through DevTools, not a script tag. */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let api, site, browser;
before(async () => {
  api = await startMockApi(9306);
  site = await startSite(api.origin);
  serveExamples(site.server, api.origin);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
  api?.child.kill();
});
beforeEach(() => control(api.origin, 'reset', {}));

/**
 * startSite serves test/e2e/pages/ and dist/; the examples live in examples/. Put that folder on
 * the same site (same origin, same CSP header), with the realm's origin in place of the
 * example's: the page then loads `../dist/standalone/` from the site exactly as it would on a CMS.
 * (A page faked with request interception would not do: Chromium treats it as a public page and
 * blocks its requests to the loopback realm.)
 */
function serveExamples(server, apiOrigin) {
  const [site] = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/favicon.ico') return res.writeHead(204).end(); // a real site has one
    if (path !== '/examples/plain.html') return site(req, res);
    const body = readFileSync(EXAMPLE, 'utf8').replaceAll(EXAMPLE_API, apiOrigin);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'cache-control': 'no-store' }).end(body);
  });
}

async function openExample() {
  const { page, problems } = await open(browser, 'about:blank');
  page.on('console', (m) => {
    if (m.type() === 'warning' && /Content.Security.Policy|TrustedHTML|TrustedScript/i.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  await page.goto(`${site.origin}/examples/plain.html`);
  return { page, problems };
}

test('the plain example shows the profile from the script tag alone, themed, with a section hidden', async () => {
  const { page, problems } = await openExample();
  const name = page.locator('user-profile [part~="name"]');
  await name.waitFor();
  assert.equal((await name.textContent()).trim(), 'Clifton Feil');

  // Theming from the page: custom properties and ::part rules reach inside the shadow root.
  const header = page.locator('user-profile [part~="header"]');
  const style = await header.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, edge: s.borderInlineStartWidth, radius: s.borderTopLeftRadius, font: s.fontFamily };
  });
  assert.equal(style.background, 'rgb(233, 244, 241)', '--profile-color-surface');
  assert.equal(style.edge, '6px', '::part(header)');
  assert.equal(style.radius, '12px', '--profile-radius');
  assert.match(style.font, /system-ui/, 'the page font is inherited');

  // hide="activity": not rendered, not requested; the other sections are there.
  await page.locator('user-profile [part~="notification-item"]').first().waitFor();
  assert.equal(await page.locator('user-profile [part~="activity"]').count(), 0);
  assert.equal(await page.locator('user-profile [part~="sites"]').count(), 1);
  const log = await control(api.origin, 'requests');
  assert.deepEqual(log.filter((r) => r.path === '/events'), [], 'no GET /events');
  assert.equal(log.filter((r) => r.method === 'GET' && r.path === '/me').length, 1, 'one GET /me');

  // The page as themed is accessible (contrast of the custom colours included).
  await page.locator('user-profile [part~="site"]').first().waitFor();
  const violations = await page.evaluate(async (axe) => {
    (0, eval)(axe);
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE);
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('changes from the plain example carry the page\'s CSRF token', async () => {
  const { page, problems } = await openExample();
  const markAll = page.locator('user-profile [part~="notification-mark-all"]');
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/notifications/mark_all_as_read')), markAll.click()]);
  assert.equal(response.status(), 204);
  const log = await control(api.origin, 'requests');
  const post = log.find((r) => r.method === 'POST' && r.path === '/notifications/mark_all_as_read');
  assert.ok(post, 'POST /notifications/mark_all_as_read was sent');
  assert.equal(post.headers['x-csrf-token'], 'csrf-token-from-your-server');
  assert.deepEqual(problems, []);
  await page.close();
});

test('signed out, the plain example shows its sign-in link from the signed-out slot', async () => {
  await control(api.origin, 'state', { signedIn: false });
  const { page, problems } = await openExample();
  const link = page.getByRole('link', { name: 'Sign in' });
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), '/login');
  assert.ok(await page.locator('user-profile [part~="signed-out"]').isVisible());
  // A 401 is an expected answer here, not a page problem: only the browser's own network line may mention it.
  assert.deepEqual(problems.filter((p) => !/401|Unauthorized/.test(p)), []);
  await page.close();
});
