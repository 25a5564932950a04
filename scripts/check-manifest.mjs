// Fails when custom-elements.json is not what the JSDoc generates now (run `npm run analyze` and commit).
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const committed = readFileSync('custom-elements.json', 'utf8');
execSync('node_modules/.bin/cem analyze --litelement --quiet', { stdio: 'inherit' });
const fresh = readFileSync('custom-elements.json', 'utf8');
if (fresh !== committed) {
  writeFileSync('custom-elements.json', committed);
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
