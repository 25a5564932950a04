// `npm run size`: gzip and brotli sizes of the script-tag entry, each on-demand chunk and the npm
// entry points. With --check, fails above the budget: entry ≤ 20 KiB gzip, everything ≤ 35 KiB gzip.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const ENTRY = 'profile-elements.js';
const BUDGET = { entry: 20 * 1024, all: 35 * 1024 };
const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;

function measure(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const buf = readFileSync(join(dir, f));
      return { file: f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotliCompressSync(buf).length };
    })
    .sort((a, b) => (a.file === ENTRY ? -1 : b.file === ENTRY ? 1 : b.gzip - a.gzip));
}

const standalone = measure('dist/standalone');
const lib = measure('dist/lib');
if (!standalone.length) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const row = (r) => `${r.file.padEnd(34)} ${kib(r.raw).padStart(11)} ${kib(r.gzip).padStart(11)} ${kib(r.brotli).padStart(11)}`;
console.log(`${'script tag: dist/standalone/'.padEnd(34)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)}`);
standalone.forEach((r) => console.log(row(r)));
const entry = standalone.find((r) => r.file === ENTRY);
const all = standalone.reduce((n, r) => n + r.gzip, 0);
console.log(`${'everything it can load'.padEnd(34)} ${''.padStart(11)} ${kib(all).padStart(11)}`);
console.log('\nnpm: dist/lib/ (lit external)');
lib.forEach((r) => console.log(row(r)));

if (process.argv.includes('--check')) {
  const over = [];
  if (!entry || entry.gzip > BUDGET.entry) over.push(`entry ${entry ? kib(entry.gzip) : 'missing'} > ${kib(BUDGET.entry)}`);
  if (all > BUDGET.all) over.push(`all chunks ${kib(all)} > ${kib(BUDGET.all)}`);
  // The entry must stand alone: no static import of a chunk or a bare specifier, only import().
  const code = readFileSync(join('dist/standalone', ENTRY), 'utf8');
  const statics = code.match(/(?:^|[;}\n])\s*(?:import\s*[\w{*"'`]|export\s*[{*][^;]*from)/g);
  if (statics) over.push(`the entry imports other modules statically (${statics.length}×)`);
  if (over.length) {
    console.error(`\nSize budget exceeded: ${over.join('; ')}`);
    process.exit(1);
  }
  console.log(`\nWithin budget: entry ≤ ${kib(BUDGET.entry)} gzip, all ≤ ${kib(BUDGET.all)} gzip.`);
}
