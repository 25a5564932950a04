// `npm test`: every check CI runs, in order, stopping at the first failure.
//   types → i18n completeness → manifest up to date → builds → the packed package in consumer apps
//   → size budget → browser tests
//   → Storybook story tests and static build → end-to-end suite.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  ['types', `${bin('tsc')} -p tsconfig.json`],
  ['i18n', `${bin('tsx')} scripts/check-i18n.ts`],
  ['manifest', 'node scripts/check-manifest.mjs'],
  ['typings', 'node scripts/typings.mjs --check'],
  ['build', 'npm run build --silent'],
  ['package', 'node scripts/check-package.mjs'],
  ['size', 'node scripts/size.mjs --check'],
  ['browser tests', `${bin('wtr')}`],
  ...(existsSync('scripts/test-stories.mjs') ? [['stories', 'node scripts/test-stories.mjs']] : []),
  ...(existsSync('test/e2e/run.mjs') ? [['end-to-end', 'node test/e2e/run.mjs']] : []),
];

process.env.CHROME_PATH ??= ensureChromium();
const only = process.argv.slice(2);
for (const [name, cmd] of steps) {
  if (only.length && !only.includes(name)) continue;
  const t = Date.now();
  console.log(`\n▶ ${name}: ${cmd}`);
  try {
    execSync(cmd, { stdio: 'inherit', env: process.env });
  } catch {
    console.error(`\n✖ ${name} failed`);
    process.exit(1);
  }
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
