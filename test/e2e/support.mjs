// What every end-to-end file shares: the two origins and one Chromium per file, pages that record
// violations / errors / contract events (pages/watch.js), mounting elements from the test, and the mock
// realm's control endpoints.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { launch } from './browser.mjs';
import { control, DIST, startMockApi, startSite } from './servers.mjs';

export const TAGS = ['user-profile', 'profile-notifications', 'profile-sites', 'profile-edit-form', 'profile-delete-account', 'profile-activity'];

/**
 * Starts the mock realm on `port`, the site on a free port and Chromium, for the whole file
 * (node:test `before`/`after`); `env` goes to the mock server (e.g. `MOCK_API_NOTIFICATIONS`).
 */
export function useServers(port, env = {}) {
  const ctx = { api: '', site: '', browser: undefined };
  let api, site;
  before(async () => {
    assert.ok(existsSync(join(DIST, 'standalone/profile-elements.js')), `no script-tag build in ${DIST}/standalone: build it first (E2E_DIST=… to use another)`);
    api = await startMockApi(port, env);
    site = await startSite(api.origin);
    ctx.browser = await launch();
    ctx.api = api.origin;
    ctx.site = site.origin;
  });
  after(async () => {
    await ctx.browser?.close();
    site?.server.close();
    api?.child.kill();
  });
  return ctx;
}

/** The config attributes of each dialect against the mock realm at `api`. */
export const configOf = (api, dialect = 'modyo') =>
  ({
    modyo: { 'api-base': `${api}/api/customers`, realm: 'demo' },
    rest: { 'api-base': `${api}/api/bird`, dialect: 'rest' },
    scim: { 'api-base': `${api}/api/scim2`, dialect: 'scim' },
  })[dialect];

/**
 * A fresh page (its own browser context: no shared cookies or storage) at `path`, with the strict
 * policy unless `csp: false`. `log` collects every console message; `problems` the console errors,
 * page errors and dialogs (an `alert()` from an injected payload); `failed` the responses with an
 * error status and the requests that failed, with their URLs.
 */
export async function openPage(ctx, path = '/blank.html', { csp = true, init } = {}) {
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const log = [];
  const failed = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    log.push(`${m.type()}: ${m.text()}`);
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  if (init) await page.addInitScript(init);
  await page.goto(`${ctx.site}${path}${csp ? '' : (path.includes('?') ? '&' : '?') + 'csp=off'}`);
  await page.waitForFunction(() => customElements.get('user-profile'));
  page.close = ((close) => async () => {
    await close();
    await context.close();
  })(page.close.bind(page));
  return { page, problems, log, failed };
}

/**
 * Creates `<tag>` with `attrs` (attributes) and `props` (properties, set before it connects, e.g.
 * `.token`) inside `parent` (a CSS selector; default body). Returns a locator for it.
 */
export async function mount(page, tag, attrs = {}, props = {}, parent = 'body') {
  const id = await page.evaluate(
    ({ tag, attrs, props, parent }) => {
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      Object.assign(el, props);
      el.id = `e2e-${(window.__mounted = (window.__mounted ?? 0) + 1)}`;
      document.querySelector(parent).append(el);
      return el.id;
    },
    { tag, attrs, props, parent },
  );
  return page.locator(`#${id}`);
}

/** What the page recorded: CSP/TT violations, uncaught errors and the contract §5 events so far. */
export const recorded = (page) => page.evaluate(() => ({ violations: window.__violations, errors: window.__errors, events: window.__events }));

/** Chromium's own console line for a response with an error status or a dropped connection. */
export const FAILED_LOAD = /^console: Failed to load resource: (the server responded with a status of \d+|net::ERR_)/;

/**
 * Asserts the page had no violation, uncaught error, console error or dialog. With `httpErrors`,
 * Chromium's "Failed to load resource" lines (the faults a test injected) are expected.
 */
export async function assertClean(page, problems, what = '', { httpErrors = false } = {}) {
  const { violations, errors } = await recorded(page);
  assert.deepEqual(violations, [], `${what} CSP / Trusted Types violations`);
  assert.deepEqual(errors, [], `${what} uncaught errors`);
  assert.deepEqual(httpErrors ? problems.filter((p) => !FAILED_LOAD.test(p)) : problems, [], `${what} console errors / dialogs`);
}

/** Waits until the page recorded an event of `type` (optionally from `tag`), and returns it. */
export async function eventOf(page, type, tag, timeout = 10_000) {
  const handle = await page.waitForFunction(({ type, tag }) => window.__events.find((e) => e.type === type && (!tag || e.tag === tag)), { type, tag }, { timeout });
  return handle.jsonValue();
}

/** The mock realm's control endpoints. */
export const realm = {
  reset: (api, body = {}) => control(api, 'reset', body),
  fault: (api, route, fault, dialect) => control(api, 'fault', { route, fault, dialect }),
  clearFaults: (api) => control(api, 'clear-faults', {}),
  state: (api, body) => control(api, 'state', body),
  requests: async (api, method, path) => {
    const log = await control(api, 'requests');
    return log.filter((r) => (!method || r.method === method) && (!path || (typeof path === 'string' ? r.path === path : path.test(r.path))));
  },
};

/** Polls `check` (sync or async) until it returns something truthy; fails after `ms`. */
export async function until(check, what = 'condition', ms = 10_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
