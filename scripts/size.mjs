// `npm run size`: gzip and brotli sizes of the script-tag entry, each on-demand chunk and the npm
// entry points. With --check, fails above the budget (docs/contract-notes.md, "Shipping"): the
// entry ≤ 20 KiB gzip; what one page downloads — every section, one dialect, in English (a Spanish
// or Portuguese page adds its strings) — ≤ 34 KiB with the native Sanitizer API, ≤ 45 KiB with the
// DOMPurify fallback (≤ 12 KiB on its own), an administrator's console ≤ 37 / 48 KiB; and when the
// entry imports anything statically. With --modules, what each source module costs
// in the entry (from its source map): minified bytes, and the gzip bytes the entry would lose
// without them (marginal cost, so the column does not add up to the total).
//
//   node scripts/size.mjs [--check] [--modules] [--dir dist/standalone]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const ENTRY = 'profile-elements.js';
const BUDGET = { entry: 20 * 1024, page: 34 * 1024, admin: 37 * 1024, fallback: 12 * 1024 };
/**
 * The on-demand chunks each page fetches (by chunk-name prefix) with every section, besides the
 * entry, its locale and the DOMPurify fallback; the chunks these import are followed.
 */
const PAGES = {
  modyo: ['modyo', 'account'],
  rest: ['rest', 'account', 'user-profile.view'],
  scim: ['scim', 'account', 'user-profile.view'],
  'scim, administrator': ['scim', 'account', 'user-profile.view', 'profile-account-admin.view'],
};
const LOCALES = ['es', 'pt'];
const FALLBACK = 'purify';
const args = process.argv.slice(2);
const dirArg = args.indexOf('--dir');
const DIR = dirArg >= 0 ? args[dirArg + 1] : 'dist/standalone';
const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function measure(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const buf = readFileSync(join(dir, f));
      return { file: f, raw: buf.length, gzip: gz(buf), brotli: brotliCompressSync(buf).length };
    })
    .sort((a, b) => (a.file === ENTRY ? -1 : b.file === ENTRY ? 1 : b.gzip - a.gzip));
}

/** Source-map VLQ segments → [generatedColumn, sourceIndex] per line. */
function decodeMappings(mappings) {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segs = [];
    let col = 0;
    for (const seg of line ? line.split(',') : []) {
      const values = [];
      for (let i = 0, v = 0, shift = 0; i < seg.length; i++) {
        const d = B64.indexOf(seg[i]);
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          values.push(v & 1 ? -(v >>> 1) : v >>> 1);
          v = shift = 0;
        }
      }
      col += values[0];
      if (values.length > 1) source += values[1];
      segs.push([col, values.length > 1 ? source : -1]);
    }
    lines.push(segs);
  }
  return lines;
}

/** Per source module of a built file: its generated ranges, minified size and marginal gzip cost. */
function attribute(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const ranges = new Map(); // source → [[start, end) offsets in code]
  let offset = 0;
  decodeMappings(map.mappings).forEach((segs, l) => {
    const text = lines[l] ?? '';
    segs.forEach(([col, src], k) => {
      const end = k + 1 < segs.length ? segs[k + 1][0] : text.length;
      const name = src < 0 ? '(no source: bundler glue, exports)' : map.sources[src];
      if (!ranges.has(name)) ranges.set(name, []);
      ranges.get(name).push([offset + col, offset + end]);
    });
    offset += text.length + 1;
  });
  const total = gz(Buffer.from(code));
  const root = resolve(file, '..');
  return [...ranges]
    .map(([source, rs]) => {
      let without = '';
      let pos = 0;
      for (const [a, b] of rs.sort((x, y) => x[0] - y[0])) {
        without += code.slice(pos, a);
        pos = Math.max(pos, b);
      }
      without += code.slice(pos);
      const name = source.startsWith('(') ? source : relative(process.cwd(), resolve(root, source)).replace(/^node_modules\//, '');
      return { name, raw: code.length - without.length, gzip: total - gz(Buffer.from(without)) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/**
 * An npm entry point with everything it imports statically from dist/lib (relative imports; Lit and
 * the other dependencies stay external, as in an app's bundle): unminified, as published.
 */
function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // `import … from './x.js'`, `export … from './x.js'`, `import './x.js'` (not `import()`).
    const statics = /(?:^|[\n;])\s*(?:(?:import|export)\s[^'"]*?from\s*|import\s*)['"](\.[^'"]+)['"]/g;
    for (const [, spec] of code.matchAll(statics)) visit(join(dirname(file), spec));
  };
  visit(entry);
  const buf = Buffer.concat([...seen].map((f) => readFileSync(f)));
  return { file: `${relative('dist/lib', entry)} (+${seen.size - 1} modules)`, raw: buf.length, gzip: gz(buf), brotli: brotliCompressSync(buf).length };
}

const standalone = measure(DIR);
const lib = ['dist/lib/index.js', 'dist/lib/define.js'].filter((f) => existsSync(f)).map(closure);
if (!standalone.length) {
  console.error(`No build found in ${DIR}: run \`npm run build\` first.`);
  process.exit(1);
}
const row = (r) => `${r.file.padEnd(34)} ${kib(r.raw).padStart(11)} ${kib(r.gzip).padStart(11)} ${kib(r.brotli).padStart(11)}`;
console.log(`${`script tag: ${DIR}/`.padEnd(34)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)}`);
standalone.forEach((r) => console.log(row(r)));
const entry = standalone.find((r) => r.file === ENTRY);
const all = standalone.reduce((n, r) => n + r.gzip, 0);
const chunks = all - (entry?.gzip ?? 0);
console.log(`${'all on-demand chunks together'.padEnd(34)} ${''.padStart(11)} ${kib(chunks).padStart(11)}`);
console.log(`${'everything it can load'.padEnd(34)} ${''.padStart(11)} ${kib(all).padStart(11)}`);
if (lib.length) {
  console.log('\nnpm: dist/lib/ entry points with their static imports (unminified; lit, @lit/*, dompurify external)');
  lib.forEach((r) => console.log(row(r)));
}

if (args.includes('--modules') && entry) {
  const file = join(DIR, ENTRY);
  if (!existsSync(`${file}.map`)) console.error(`\n${file}.map missing: build with source maps for --modules.`);
  else {
    console.log(`\n${ENTRY} by source module${' '.repeat(14)}${'minified'.padStart(10)} ${'gzip (marginal)'.padStart(16)}`);
    for (const m of attribute(file)) if (m.raw > 0) console.log(`  ${m.name.slice(-55).padEnd(55)} ${String(m.raw).padStart(8)} B ${String(m.gzip).padStart(8)} B`);
  }
}

/** Chunks whose file name is `prefix-HASH.js`, plus every chunk they import statically. */
function chunksOf(prefixes) {
  const byName = new Map(standalone.map((r) => [r.file, r]));
  const found = new Set(standalone.filter((r) => prefixes.some((p) => r.file.startsWith(`${p}-`))).map((r) => r.file));
  for (const file of found) {
    const code = readFileSync(join(DIR, file), 'utf8');
    for (const [, dep] of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) if (dep !== ENTRY && byName.has(dep)) found.add(dep);
  }
  return [...found].map((f) => byName.get(f));
}
const sum = (rows) => rows.reduce((n, r) => n + r.gzip, 0);
const locale = Math.max(0, ...chunksOf(LOCALES).map((r) => r.gzip));
const fallback = sum(chunksOf([FALLBACK]));
const pages = Object.entries(PAGES).map(([dialect, prefixes]) => ({ dialect, gzip: (entry?.gzip ?? 0) + sum(chunksOf(prefixes)), budget: dialect.includes('admin') ? BUDGET.admin : BUDGET.page }));
console.log(`\nwhat one page downloads with every section (entry + its chunks), gzip; in Spanish or Portuguese + ${kib(locale)}:`);
for (const p of pages) console.log(`  ${p.dialect.padEnd(20)} ${kib(p.gzip).padStart(11)} (budget ${kib(p.budget)})   with the DOMPurify fallback ${kib(p.gzip + fallback)} (budget ${kib(p.budget + 11 * 1024)})`);

if (args.includes('--check')) {
  const over = [];
  if (!entry || entry.gzip > BUDGET.entry) over.push(`entry ${entry ? kib(entry.gzip) : 'missing'} > ${kib(BUDGET.entry)}`);
  for (const p of pages) if (p.gzip > p.budget) over.push(`a ${p.dialect} page ${kib(p.gzip)} > ${kib(p.budget)}`);
  if (fallback > BUDGET.fallback) over.push(`the DOMPurify fallback ${kib(fallback)} > ${kib(BUDGET.fallback)}`);
  // The entry must stand alone: no static import of a chunk or a bare specifier, only import().
  const code = readFileSync(join(DIR, ENTRY), 'utf8');
  const statics = code.match(/(?:^|[;}\n])\s*(?:import\s*[\w{*"'`]|export\s*[{*][^;]*from)/g);
  if (statics) over.push(`the entry imports other modules statically (${statics.length}×)`);
  if (over.length) {
    console.error(`\nSize budget exceeded: ${over.join('; ')}`);
    process.exit(1);
  }
  console.log(`\nWithin budget: entry ≤ ${kib(BUDGET.entry)}, a page ≤ ${kib(BUDGET.page)} (an administrator's ≤ ${kib(BUDGET.admin)}), the DOMPurify fallback ≤ ${kib(BUDGET.fallback)}, gzip.`);
}
