// `npm test` (step "stories") runs this:
//   1. every story of stories/*.stories.ts rendered headless in Chromium with its play function
//      and an axe check (Storybook's Vitest addon; `a11y.test: 'error'` in .storybook/preview.ts);
//   2. the static Storybook build (storybook-static/, git-ignored);
//   3. that build served from a sub-path with every non-local request refused: the docs and a story
//      must work offline, their data coming from the mock realm in the service worker.
// Exits non-zero at the first failure.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { CHROME_FLAGS, ensureChromium } from './chromium.mjs';

process.env.CHROME_PATH ??= ensureChromium();
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';
const OUT = 'storybook-static';

// A heads-up, not a failure: every element should have its own stories file.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName);
const missing = tags.filter((t) => !existsSync(`stories/${t}.stories.ts`));
if (missing.length) console.warn(`No stories yet for: ${missing.map((t) => `<${t}>`).join(', ')}`);

function run(name, bin, args) {
  console.log(`\n▶ ${name}`);
  const { status, error } = spawnSync(`node_modules/.bin/${bin}`, args, { stdio: 'inherit', env: process.env });
  if (status !== 0) fail(`${name} failed${error ? `: ${error.message}` : ''}`);
}
function fail(message) {
  console.error(`✖ ${message}`);
  process.exit(1);
}

run('story tests (render, play, axe)', 'vitest', ['run', '--project', 'storybook']);
run('static Storybook build', 'storybook', ['build', '--quiet', '--output-dir', OUT]);

console.log('\n▶ static Storybook offline, from a sub-path');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = join(OUT, normalize(decodeURIComponent(path.replace(/^\/docs\//, '/'))));
  if (!path.startsWith('/docs/') || !file.startsWith(OUT) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH, args: CHROME_FLAGS.filter((f) => f !== '--headless=new') });
const outside = [];
const errors = [];
try {
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  // The manager (sidebar, toolbar) loads and lists the stories.
  await page.goto(`${origin}/docs/index.html`);
  await page.getByRole('link', { name: 'Theming' }).or(page.getByRole('button', { name: 'Theming' })).first().waitFor({ timeout: 20_000 });
  // A story renders real data through the service worker served beside iframe.html.
  await page.goto(`${origin}/docs/iframe.html?id=theming--brand&viewMode=story`);
  const name = page.locator('user-profile [part~="name"]');
  await name.waitFor({ timeout: 20_000 });
  if ((await name.textContent())?.trim() !== 'Clifton Feil') fail(`the Theming story shows "${await name.textContent()}"`);
} catch (e) {
  fail(`the static Storybook did not work offline: ${e instanceof Error ? e.message : e}`);
} finally {
  await browser.close();
  server.close();
}
if (outside.length) fail(`the static Storybook requested other hosts: ${[...new Set(outside)].join(', ')}`);
if (errors.length) fail(`the static Storybook threw: ${errors.join('; ')}`);
console.log('✔ the static Storybook works offline from /docs/');
