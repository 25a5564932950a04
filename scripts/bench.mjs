// `npm run bench`: the performance figures of the README, in one run (not part of `npm test`; no
// test asserts a timing). Uses the script-tag build in dist/ (or $E2E_DIST), the mock realm as a real
// server on another origin and Debian's Chromium. Every response of both servers (pages, scripts,
// data) waits one round-trip time (RTT) before it is sent, at 0, 50 and 150 ms, so the figures show
// what each sequential round trip costs:
//
//  1. bundle start → the header, and → every section of <user-profile> complete; the critical path
//     (how many round trips follow one another after the entry script); the floor (entry loaded +
//     one round trip for all data + the render itself, measured on a bare Lit element stamping the
//     same final DOM) — side by side for each RTT, and the ratio to the bare element; and to the bare
//     element fetching the same data first (the same network, none of the work: see bench/bare.ts);
//  2. the same at 150 ms RTT on a slow link (Chromium throttling: 1.6 Mbit/s down, 750 kbit/s up);
//  3. big realms: the first page of 10 000 notifications and of 5 000 account events against 30 /
//     45, and the main-thread work of opening the 1 000th loaded notification and of "Load more" on
//     a list grown to 1 000 events by pages of 10 (DevTools' TaskDuration: one frame is 16.7 ms).
//
//   node scripts/bench.mjs [--runs 10] [--rtt 0,150] [--only latency|big] [--against DIR]
//
// --against DIR compares this build with another one (DIR holds its standalone/ folder, e.g. a build
// of main made with `npx vite build --mode standalone --outDir /tmp/main/standalone`): the page loads
// of the two alternate within one run, so both meet the same moments of a noisy machine, and the
// figures of both are printed side by side. Times of single runs vary far more than that difference.
//
// A page reports its figures in a console message (`bench-result {…}`, see bench/mount.js): nothing
// is injected into it to poll for them, so the harness costs both pages the same.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launch } from '../test/e2e/browser.mjs';
import { control, DIST, startMockApi, startSite } from '../test/e2e/servers.mjs';
import { ensureChromium } from './chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.argv.includes('--runs') ? process.argv[process.argv.indexOf('--runs') + 1] : 10);
const arg = (name) => (process.argv.indexOf(name) > 0 ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const RTTS = (arg('--rtt') ?? '0,50,150').split(',').map(Number);
const ONLY = arg('--only');
const AGAINST = arg('--against') && resolve(arg('--against'));
/** Which builds the i-th run loads, in order: with --against, both, taking turns at going first. */
const turns = (i) => (AGAINST ? (i % 2 ? [true, false] : [false, true]) : [false]);
process.env.CHROME_PATH ??= ensureChromium();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(0).padStart(5)} ms`;

// The baseline element, bundled with Lit like the script-tag entry.
const tmp = mkdtempSync(join(tmpdir(), 'profile-bench-'));
await build({
  root: ROOT,
  configFile: false,
  publicDir: false,
  logLevel: 'silent',
  build: { outDir: join(tmp, 'bare'), emptyOutDir: true, target: 'es2022', modulePreload: false, rolldownOptions: { input: 'bench/bare.ts', output: { entryFileNames: 'bare.js' } } },
});

let rtt = 0;
const api = await startMockApi(9320);
const big = await startMockApi(9321, { MOCK_API_NOTIFICATIONS: '10000', MOCK_API_EVENTS: '5000' });
// The other build (--against) under /against/, with its own copy of the page at /b/page.html.
if (AGAINST) {
  mkdirSync(join(tmp, 'b'));
  writeFileSync(join(tmp, 'b', 'page.html'), readFileSync(join(ROOT, 'bench/page.html'), 'utf8').replace('/dist/standalone/', '/against/standalone/'));
}
const mounts = { '/bare/': join(tmp, 'bare'), ...(AGAINST ? { '/against/': AGAINST, '/b/': join(tmp, 'b') } : {}) };
const site = await startSite(api.origin, 0, 'bench', mounts, { delay: () => rtt });
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

/**
 * The requests after the entry script, each with its depth: 1 for those issued before any of them
 * was answered, else 1 + the deepest one answered before it was issued. The critical path is the
 * greatest depth: how many round trips follow one another after the entry.
 */
function timeline() {
  const t0 = window.__t0;
  // (`wait`: request sent → first byte back, the RTT included; the servers allow it to be read.)
  const all = performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime - t0, end: e.responseEnd - t0, wait: e.responseStart - e.requestStart }));
  const entry = all.find((r) => /\/(profile-elements|bare)\.js$/.test(r.url));
  const after = all.filter((r) => r.start >= entry.end - 1).sort((a, b) => a.start - b.start);
  for (const r of after) r.depth = 1 + Math.max(0, ...after.filter((q) => q !== r && q.end <= r.start).map((q) => q.depth ?? 0));
  return { entryEnd: entry.end, requests: after.map((r) => ({ url: r.url, path: new URL(r.url).pathname.replace(/^.*\/realms\/[^/]+/, '').replace(/^\/dist\/standalone\//, ''), start: r.start, end: r.end, wait: r.wait, depth: r.depth })) };
}

/** The figures the page logs (bench/mount.js, bench/bare.ts) once its content is on screen. */
const reported = (page) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no bench-result from ${page.url()} in 60 s`)), 60_000);
    page.on('console', (m) => {
      if (!m.text().startsWith('bench-result ')) return;
      clearTimeout(timer);
      resolve(JSON.parse(m.text().slice('bench-result '.length)));
    });
  });

async function run(url, { init, throttle } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 });
  }
  if (init) await page.addInitScript(init.fn, init.arg);
  const done = reported(page);
  await page.goto(`${site.origin}${url}`);
  const result = await done;
  const out = { ...result, ...(await page.evaluate(timeline)) };
  await context.close();
  return out;
}

/** The page of this build, or with `other` of the --against build. */
const page = (tag, origin, extra = '', other = false) => `${other ? '/b' : ''}/page.html?csp=off&tag=${tag}&api-base=${encodeURIComponent(`${origin}/api/customers`)}&realm=demo${extra}`;

async function latency() {
  const captured = (await (async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const done = reported(p);
    await p.goto(`${site.origin}${page('user-profile', api.origin)}`);
    await done;
    const dom = await p.evaluate(captureDom);
    // The data the element asked for (not its code): what the second baseline fetches.
    const data = (await p.evaluate(timeline)).requests.map((r) => r.url).filter((u) => !u.endsWith('.js'));
    await context.close();
    return { dom, data };
  })());

  const rows = [];
  // The slow link is one more row, unless --rtt picks the rows.
  const slow = arg('--rtt') ? [] : [['150 ms, 1.6 Mbit/s', 150, true]];
  for (const [label, r, throttle] of [...RTTS.map((x) => [`${x} ms`, x, false]), ...slow]) {
    rtt = r;
    await control(api.origin, 'state', { latency: r });
    const runs = [];
    const bare = [];
    const bareData = [];
    const against = [];
    for (let i = 0; i < RUNS; i++) {
      for (const other of turns(i)) (other ? against : runs).push(await run(page('user-profile', api.origin, '', other), { throttle }));
      bare.push(await run('/bare.html?csp=off', { init: { fn: ({ dom }) => (window.__captured = dom), arg: captured }, throttle }));
      bareData.push(await run('/bare.html?csp=off', { init: { fn: ({ dom, data }) => ((window.__captured = dom), (window.__data = data)), arg: captured }, throttle }));
    }
    const render = median(bare.map((b) => b.settled - b.entryEnd));
    const m = {
      label,
      header: median(runs.map((x) => x.header)),
      settled: median(runs.map((x) => x.settled)),
      entryEnd: median(runs.map((x) => x.entryEnd)),
      bare: median(bare.map((b) => b.settled)),
      bareData: median(bareData.map((b) => b.settled)),
      depth: median(runs.map((x) => Math.max(...x.requests.map((q) => q.depth)))),
      requests: runs[0].requests,
      against: AGAINST && { header: median(against.map((x) => x.header)), settled: median(against.map((x) => x.settled)) },
    };
    m.floor = m.entryEnd + r + render;
    rows.push(m);
  }
  await control(api.origin, 'state', { latency: 0 });
  rtt = 0;

  console.log('1. <user-profile> with every section (modyo), bundle start → on screen; RTT = one round trip on every response');
  console.log('   RTT                   header     every section   floor      over floor   critical path   bare Lit   ratio    bare Lit + same data   ratio');
  for (const m of rows) {
    console.log(
      `   ${m.label.padEnd(20)} ${ms(m.header)}   ${ms(m.settled)}        ${ms(m.floor)}   ${ms(m.settled - m.floor)}    ${m.label === '0 ms' ? '   (n/a)        ' : `${String(m.depth).padStart(2)} round trip${m.depth === 1 ? ' ' : 's'}`}   ${ms(m.bare)}   ${(m.settled / m.bare).toFixed(2)} ×   ${ms(m.bareData)}               ${(m.settled / m.bareData).toFixed(2)} ×`,
    );
  }
  console.log('   (bare Lit: stamps the same DOM, no requests; + same data: first fetches the data the element\n   fetched, all at once, as the element does — the same network, none of the work.)');
  console.log('   (At 0 ms an answer can come back before the next request is even issued, so the depth of the\n   requests says nothing there: the critical path is read at 50 ms and above.)');
  if (AGAINST) {
    console.log(`\n   This build against ${AGAINST} (page loads alternated):`);
    console.log('   RTT                   header: this   against        every section: this   against');
    for (const m of rows) console.log(`   ${m.label.padEnd(20)} ${ms(m.header)}   ${ms(m.against.header)}       ${ms(m.settled)}         ${ms(m.against.settled)}`);
  }
  const last = rows.find((m) => m.label === '150 ms') ?? rows.at(-1);
  console.log(`\n   Requests after the entry at ${last.label} RTT (ms since bundle start; depth 1 = issued before any answer):`);
  for (const q of last.requests.sort((a, b) => a.start - b.start)) console.log(`     ${q.path.padEnd(44)} ${ms(q.start)} → ${ms(q.end)}   depth ${q.depth}   answer began after ${ms(q.wait)}`);

}

async function bigRealms() {
  console.log('\n2. Big realms');
  const big1 = { small: [], large: [], esmall: [], elarge: [] };
  for (let i = 0; i < RUNS; i++) {
    big1.small.push((await run(page('profile-notifications', api.origin, '&ready=notification-item'))).ready);
    big1.large.push((await run(page('profile-notifications', big.origin, '&ready=notification-item'))).ready);
    big1.esmall.push((await run(page('profile-activity', api.origin, '&ready=activity-item'))).ready);
    big1.elarge.push((await run(page('profile-activity', big.origin, '&ready=activity-item'))).ready);
  }
  console.log(`   first page of notifications: realm of 30     ${ms(median(big1.small))}, of 10 000  ${ms(median(big1.large))}  (${(median(big1.large) / median(big1.small)).toFixed(2)} ×)`);
  console.log(`   first page of events:        realm of 45     ${ms(median(big1.esmall))}, of 5 000   ${ms(median(big1.elarge))}  (${(median(big1.elarge) / median(big1.esmall)).toFixed(2)} ×)`);

  // Main-thread work (DevTools' TaskDuration) of one interaction on a list of 1 000 loaded items.
  // With --against, `[this build, the other]`, their page loads alternated.
  const work = async (tag, ready, act, perPage = 1000) => {
    const samples = [[], []];
    for (let i = 0; i < RUNS; i++) {
      for (const other of turns(i)) {
        const context = await browser.newContext();
        const p = await context.newPage();
        const cdp = await context.newCDPSession(p);
        await cdp.send('Performance.enable');
        const done = reported(p);
        await p.goto(`${site.origin}${page(tag, big.origin, `&per-page=${perPage}&ready=${ready}`, other)}`);
        await done;
        const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'TaskDuration').value * 1000;
        samples[+other].push(await act(p, task));
        await context.close();
      }
    }
    return AGAINST ? samples.map(median) : median(samples[0]);
  };
  const open = await work('profile-notifications', 'notification-item', async (p, task) => {
    const before = await task();
    await p.evaluate(() => new Promise((done) => {
      const el = document.querySelector('profile-notifications');
      const items = el.shadowRoot.querySelectorAll('[part~="notification-item"] button');
      items[items.length - 1].click();
      el.updateComplete.then(() => requestAnimationFrame(() => setTimeout(done)));
    }));
    return (await task()) - before;
  });
  const more = await work(
    'profile-activity',
    'activity-item',
    async (p, task) => {
      // The list grows to 1 000 events by pages of 10 (untimed), then one more "Load more" is timed:
      // its request at latency 0, the render of the new page and the focus moving to it.
      await control(big.origin, 'state', { latency: 0 });
      const grow = (target) =>
        p.evaluate(
          (target) =>
            new Promise((done) => {
              // The new page is seen by a MutationObserver on the list, not by polling it: the
              // harness adds no work of its own to what is timed.
              const el = document.querySelector('profile-activity');
              const list = el.shadowRoot.querySelector('[part~="activity-list"]');
              const step = () => {
                const n = list.children.length;
                if (n >= target) return requestAnimationFrame(() => setTimeout(done));
                const seen = new MutationObserver(() => {
                  if (list.children.length <= n) return;
                  seen.disconnect();
                  setTimeout(step); // once the view has finished with this page (focus, the button again)
                });
                seen.observe(list, { childList: true });
                el.shadowRoot.querySelector('[part~="activity-more"]').click();
              };
              step();
            }),
          target,
        );
      await grow(1000);
      const before = await task();
      await grow(1010);
      return (await task()) - before;
    },
    10,
  );
  const vs = (x) => (AGAINST ? `${ms(x[0])} (against: ${ms(x[1]).trim()})` : ms(x));
  console.log(`   opening the 1 000th loaded notification:     ${vs(open)} of main-thread work (one frame: 16.7 ms)`);
  console.log(`   "Load more" on a list of 1 000 events:       ${vs(more)} of main-thread work, request and response included`);
}

try {
  console.log(`profile-elements benchmark — ${RUNS} runs each, medians; build: ${DIST}/standalone${AGAINST ? `, against ${AGAINST}/standalone` : ''}; Chromium headless\n`);
  await control(api.origin, 'reset', {});
  await control(big.origin, 'reset', {});
  if (ONLY !== 'big') await latency();
  if (ONLY !== 'latency') await bigRealms();
} finally {
  await browser.close();
  site.server.close();
  api.child.kill();
  big.child.kill();
  rmSync(tmp, { recursive: true, force: true });
}
