// `npm run bench`: the performance figures of the README, in one run (not part of `npm test`; no
// test asserts a timing). Uses the script-tag build in dist/ (or $E2E_DIST), the mock realm as a
// real server on another origin (latency 0) and Debian's Chromium:
//
//  1. time from bundle start to the whole <user-profile> on screen, against a bare Lit element
//     stamping the same final DOM (bench/bare.ts) — the cost of everything that is not Lit;
//  2. the first page of a 10 000-notification realm against the 30-notification one;
//  3. the order and overlap of the initial requests of <user-profile>.
//
//   node scripts/bench.mjs [--runs 15]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launch } from '../test/e2e/browser.mjs';
import { control, DIST, startMockApi, startSite } from '../test/e2e/servers.mjs';
import { ensureChromium } from './chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
process.env.CHROME_PATH ??= ensureChromium();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1).padStart(7)} ms`;

// The baseline element, bundled with Lit like the script-tag entry.
const tmp = mkdtempSync(join(tmpdir(), 'profile-bench-'));
await build({
  root: ROOT,
  configFile: false,
  publicDir: false,
  logLevel: 'silent',
  build: { outDir: join(tmp, 'bare'), emptyOutDir: true, target: 'es2022', modulePreload: false, rolldownOptions: { input: 'bench/bare.ts', output: { entryFileNames: 'bare.js' } } },
});

const api = await startMockApi(9320);
const big = await startMockApi(9321, { MOCK_API_NOTIFICATIONS: '10000' });
const site = await startSite(api.origin, 0, 'bench', { '/bare/': join(tmp, 'bare') });
const browser = await launch();

/** Serializes a shadow root with nested shadow roots as declarative shadow DOM and adopted styles as <style>. */
function captureDom() {
  const text = (s) => Object.assign(document.createElement('div'), { textContent: s }).innerHTML;
  const styles = (root) => [...root.adoptedStyleSheets].map((s) => `<style>${[...s.cssRules].map((r) => r.cssText).join('')}</style>`).join('');
  const nodes = (parent) =>
    [...parent.childNodes]
      .map((n) => {
        if (n.nodeType === Node.TEXT_NODE) return text(n.data);
        if (n.nodeType !== Node.ELEMENT_NODE) return '';
        const shell = n.cloneNode(false).outerHTML;
        const close = shell.lastIndexOf('</');
        const [open, end] = close > 0 ? [shell.slice(0, close), shell.slice(close)] : [shell, ''];
        const shadow = n.shadowRoot ? `<template shadowrootmode="open">${styles(n.shadowRoot)}${nodes(n.shadowRoot)}</template>` : '';
        return `${open}${shadow}${nodes(n.localName === 'template' ? n.content : n)}${end}`;
      })
      .join('');
  const root = document.querySelector('user-profile').shadowRoot;
  return styles(root) + nodes(root);
}

async function run(url, { init, waterfall } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (init) await page.addInitScript(init.fn, init.arg);
  const bodies = [];
  page.on('response', async (r) => {
    if (r.url().includes('/notifications')) bodies.push((await r.body().catch(() => Buffer.alloc(0))).length);
  });
  await page.goto(`${site.origin}${url}`);
  const result = (await page.waitForFunction(() => window.__result, undefined, { timeout: 30_000 })).jsonValue();
  const out = { ...(await result), bytes: bodies };
  if (waterfall) {
    out.dom = await page.evaluate(captureDom);
    out.requests = await page.evaluate((origin) => {
      const t0 = window.__t0;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.name.startsWith(origin))
        .map((e) => ({ path: new URL(e.name).pathname.replace(/^.*\/realms\/[^/]+/, ''), start: e.startTime - t0, end: e.responseEnd - t0 }));
    }, api.origin);
  }
  await context.close();
  return out;
}

const profileUrl = `/page.html?csp=off&tag=user-profile&api-base=${encodeURIComponent(`${api.origin}/api/customers`)}&realm=demo`;
const notificationsUrl = (origin) => `/page.html?csp=off&tag=profile-notifications&api-base=${encodeURIComponent(`${origin}/api/customers`)}&realm=demo&ready=notification-item`;

try {
  console.log(`profile-elements benchmark — ${RUNS} runs each, medians; build: ${DIST}/standalone; Chromium headless\n`);
  await control(api.origin, 'reset', {});
  await control(big.origin, 'reset', {});
  const first = await run(profileUrl, { waterfall: true }); // also warms the HTTP caches of both servers' code paths
  const profile = { header: [], settled: [] };
  const bare = [];
  for (let i = 0; i < RUNS; i++) {
    const a = await run(profileUrl);
    profile.header.push(a.header);
    profile.settled.push(a.settled);
    bare.push((await run('/bare.html?csp=off', { init: { fn: (dom) => (window.__captured = dom), arg: first.dom } })).settled);
  }
  const small = [];
  const large = [];
  let bytes = { small: 0, large: 0 };
  for (let i = 0; i < RUNS; i++) {
    const s = await run(notificationsUrl(api.origin));
    const l = await run(notificationsUrl(big.origin));
    small.push(s.ready);
    large.push(l.ready);
    bytes = { small: s.bytes[0], large: l.bytes[0] };
  }

  const m = { header: median(profile.header), settled: median(profile.settled), bare: median(bare), small: median(small), large: median(large) };
  console.log('1. Bundle start → on screen');
  console.log(`   <user-profile>, header rendered                 ${ms(m.header)}`);
  console.log(`   <user-profile>, every section loaded            ${ms(m.settled)}`);
  console.log(`   bare Lit element stamping the same final DOM    ${ms(m.bare)}`);
  console.log(`   ratio (every section / bare)                    ${(m.settled / m.bare).toFixed(2).padStart(7)} ×`);
  console.log('\n2. First page of notifications');
  console.log(`   realm of 30 notifications                       ${ms(m.small)}   (${bytes.small} B of JSON)`);
  console.log(`   realm of 10 000 notifications                   ${ms(m.large)}   (${bytes.large} B of JSON)`);
  console.log(`   ratio (10 000 / 30)                             ${(m.large / m.small).toFixed(2).padStart(7)} ×`);
  console.log('\n3. Initial requests of <user-profile> (first run; ms since bundle start)');
  const reqs = first.requests.sort((a, b) => a.start - b.start);
  const firstAnswer = Math.min(...reqs.map((r) => r.end));
  let peak = 0;
  for (const r of reqs) peak = Math.max(peak, reqs.filter((o) => o.start <= r.start && o.end > r.start).length);
  for (const r of reqs) console.log(`   ${r.path.padEnd(28)} ${ms(r.start)} → ${ms(r.end)}  ${r.start < firstAnswer ? 'issued before any answer' : 'issued after an answer'}`);
  const me = reqs.filter((r) => r.path === '/me').length;
  console.log(`   ${reqs.length} requests, ${reqs.filter((r) => r.start < firstAnswer).length} issued before the first answer, at most ${peak} in flight at once, GET /me ×${me}`);
} finally {
  await browser.close();
  site.server.close();
  api.child.kill();
  big.child.kill();
  rmSync(tmp, { recursive: true, force: true });
}
