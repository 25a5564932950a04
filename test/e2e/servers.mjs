// The two localhost origins of the end-to-end suite: the site (pages + the script-tag build) and
// the mock realm (`npm run mock-api`) on another port, so every request is a real cross-origin one.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css', '.json': 'application/json' };

/** The strict policy every page is served with (SPEC §7). */
export const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/**
 * Serves test/e2e/pages/* at / and the repository's dist/ at /dist/, with `{{API}}` in pages
 * replaced by the mock realm's origin. Pass `csp: false` to serve without the policy header.
 */
export function startSite(api, port = 0) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const csp = url.searchParams.get('csp') !== 'off';
    let file = url.pathname.startsWith('/dist/') ? join(ROOT, normalize(url.pathname)) : join(ROOT, 'test/e2e/pages', normalize(url.pathname));
    if (!file.startsWith(ROOT) || !existsSync(file) || statSync(file).isDirectory()) {
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
