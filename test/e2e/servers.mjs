// The two localhost origins of the end-to-end suite: the site (pages + the script-tag build) and
// the mock realm (`npm run mock-api`) on another port, so every request is a real cross-origin one.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
/** The build the pages load as /dist/: `$E2E_DIST` (a private build, e.g. /tmp/x-dist) or dist/. */
export const DIST = resolve(ROOT, process.env.E2E_DIST || 'dist');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css', '.json': 'application/json' };

/** The strict policy every page is served with (contract §7). */
export const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/**
 * Serves `pages` (default test/e2e/pages) at / and the build ({@link DIST}) at /dist/, with
 * `{{API}}` in pages replaced by the mock realm's origin. Every HTML page carries the strict
 * policy ({@link CSP}) unless its URL has `?csp=off`. `mounts` serves more folders under prefixes;
 * `delay()` is how many ms each response waits (the benchmark's round-trip time).
 */
export function startSite(api, port = 0, pages = 'test/e2e/pages', mounts = {}, { delay = () => 0 } = {}) {
  const pagesDir = resolve(ROOT, pages);
  // URL prefix → folder: /dist/ is the build; `mounts` adds others (e.g. {'/bare/': '/tmp/x'}).
  const folders = Object.entries({ ...mounts, '/dist/': DIST });
  const server = createServer(async (req, res) => {
    // A round trip's worth of waiting (the benchmark's realistic latency), before anything is sent.
    const wait = delay();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const url = new URL(req.url, 'http://x');
    const csp = url.searchParams.get('csp') !== 'off';
    const path = normalize(decodeURIComponent(url.pathname));
    const mount = folders.find(([prefix]) => path.startsWith(prefix));
    const [dir, file] = mount ? [mount[1], join(mount[1], path.slice(mount[0].length))] : [pagesDir, join(pagesDir, path)];
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (type.startsWith('text/html')) {
      if (csp) headers['content-security-policy'] = CSP;
      res.writeHead(200, headers).end(readFileSync(file, 'utf8').replaceAll('{{API}}', api));
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

/** Starts `scripts/mock-api.ts` on a free port; resolves once it listens. */
export function startMockApi(port, env = {}) {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/mock-api.ts'], {
    cwd: ROOT,
    env: { ...process.env, MOCK_API_PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`mock API exited with ${code}`)));
    child.stdout.on('data', (d) => {
      if (String(d).includes('mock API on')) resolve({ child, origin: `http://127.0.0.1:${port}` });
    });
  });
}

/** Calls a control endpoint of the mock realm (reset, fault, state, requests). */
export async function control(api, path, body) {
  const res = await fetch(`${api}/__mock/${path}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return res.headers.get('content-type')?.includes('json') ? res.json() : res.text();
}
