// `npm run e2e`: the end-to-end suite. Builds nothing (run `npm run build` first; `npm test` does),
// starts the mock realm as a real server on one port, and runs test/e2e/*.e2e.mjs with node:test,
// each driving Debian's Chromium through playwright-core against pages served from another port.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { ensureChromium } from '../../scripts/chromium.mjs';

process.env.CHROME_PATH ??= ensureChromium();
const dir = new URL('.', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.e2e.mjs')).map((f) => dir + f);
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], { stdio: 'inherit', env: process.env });
process.exit(r.status ?? 1);
