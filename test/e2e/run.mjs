// `npm run e2e`: the end-to-end suite. Builds nothing (run `npm run build` first; `npm test` does),
// and runs test/e2e/*.e2e.mjs with node:test (TypeScript imports through tsx), each file starting
// the mock realm as a real server on its own port and driving Debian's Chromium through playwright
// against pages served from another port. `E2E_DIST=/path` tests another build than dist/ (its
// standalone/ folder), e.g. a private one: `vite build --mode standalone --outDir /tmp/x/standalone`.
// Arguments are passed to node --test (e.g. `npm run e2e -- --test-name-pattern=CSP`); file names
// (`npm run e2e -- xss`) pick files.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { ensureChromium } from '../../scripts/chromium.mjs';

process.env.CHROME_PATH ??= ensureChromium();
const dir = new URL('.', import.meta.url).pathname;
const args = process.argv.slice(2);
const picks = args.filter((a) => !a.startsWith('-'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.mjs') && (!picks.length || picks.some((p) => f.includes(p))))
  .map((f) => dir + f);
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...args.filter((a) => a.startsWith('-')), ...files], { stdio: 'inherit', env: process.env });
process.exit(r.status ?? 1);
