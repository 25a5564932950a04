// `npm test` step 'package' (after 'build'): the npm package as its users meet it.
//   npm pack → the tarball's files and package.json → its .d.ts import only declared packages →
//   consumer apps from test/package/ type-checked in strict mode against the packed package
//   (vanilla TS with only `profile-elements/define.js`, React 19 TSX, Vue 3 SFC with vue-tsc and
//   `strictTemplates`) → a vanilla Vite TS app that follows the README builds with `tsc && vite build`
//   → publint → @arethetypeswrong/cli --profile esm-only.
//
// No network: the consumers do not `npm install`. The tarball is unpacked into a pnpm-like isolated
// layout (<tmp>/store/node_modules/profile-elements beside links to only its declared dependencies and
// peers), so a type that imports an undeclared package (say `lit-html`) fails as it would under pnpm.
// Each fixture's node_modules links `profile-elements` there and its other devDependencies (typescript,
// @types/react, vue, vue-tsc, vite) to this repository's node_modules.
//
// Deliberate mistakes: a fixture line after a comment `expect-error TSnnnn` must get exactly that error
// code, and no other line may get any error (so a typing that stops reporting a mistake fails, and so
// does one that starts reporting correct code).
//
// `--keep` leaves the temporary folder (printed) for a look; the Vite app's output is in it.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'test/package');
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const tmp = mkdtempSync(join(tmpdir(), 'profile-elements-package-'));
const keep = process.argv.includes('--keep');
const results = [];

/** Runs one check; `fn` returns a short note or throws an Error whose message says what is wrong. */
function check(name, fn) {
  const t = Date.now();
  try {
    const note = fn();
    results.push(true);
    console.log(`✔ ${name}${note ? `: ${note}` : ''} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  } catch (e) {
    results.push(false);
    console.log(`✖ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)\n${String(e.message ?? e).replace(/^/gm, '    ')}`);
  }
}
/** Runs a command; returns {ok, out} (stdout and stderr together). */
function run(cmd, args, cwd) {
  try {
    return { ok: true, out: execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } }) };
  } catch (e) {
    return { ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message };
  }
}
const link = (target, path) => {
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(target, path, 'dir');
};
const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

// ---------------------------------------------------------------- pack
let tarball, pkg, files;
const STORE = join(tmp, 'store/node_modules');
const PACKAGE = join(STORE, 'profile-elements');
check('npm pack', () => {
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  tarball = join(tmp, 'profile-elements.tgz');
  cpSync(join(tmp, info.filename), tarball);
  files = info.files.map((f) => f.path);
  mkdirSync(PACKAGE, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', PACKAGE, '--strip-components=1']);
  pkg = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8'));
  return `${info.filename}, ${files.length} files, ${(info.size / 1024).toFixed(0)} KiB`;
});
if (!pkg) finish();

check('package contents and metadata', () => {
  const problems = [];
  for (const f of ['LICENSE', 'README.md', 'package.json', 'custom-elements.json', 'dist/lib/define.js', 'dist/types/define.d.ts', 'dist/standalone/profile-elements.js', 'types/react.d.ts', 'types/vue.d.ts']) {
    if (!files.includes(f)) problems.push(`${f} is not in the tarball`);
  }
  for (const f of files.filter((f) => /^(src|test|mocks|stories|scripts|examples|docs|node_modules)\//.test(f))) problems.push(`${f} should not be published`);
  for (const field of ['license', 'repository', 'homepage', 'bugs']) if (!pkg[field]) problems.push(`package.json has no "${field}"`);
  for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
    if (!range.startsWith('^')) problems.push(`dependency ${name}@${range} is not a caret range (apps could not dedupe it)`);
  }
  // Links in the README must work on the registry page, where only the README is shown.
  for (const [, href] of readFileSync(join(PACKAGE, 'README.md'), 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
    if (!/^(https?:|#|mailto:)/.test(href)) problems.push(`README link "${href}" is relative (dead on the registry page)`);
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return 'LICENSE, repository/homepage/bugs, caret ranges, absolute README links';
});

// ---------------------------------------------------------------- the .d.ts import only declared packages
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
check('types import only declared packages', () => {
  const undeclared = [];
  const specifier = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\bdeclare\s+module\s+)(['"])([^'"]+)\1/g;
  for (const file of files.filter((f) => f.endsWith('.d.ts'))) {
    for (const [, , spec] of readFileSync(join(PACKAGE, file), 'utf8').matchAll(specifier)) {
      if (spec.startsWith('.')) continue;
      const name = packageOf(spec);
      if (name !== pkg.name && !declared.has(name) && !declared.has(`@types/${name}`)) undeclared.push(`${file}: '${spec}'`);
    }
  }
  if (undeclared.length) throw new Error(`not in dependencies or peerDependencies:\n${undeclared.join('\n')}`);
  return [...declared].join(', ');
});
// The isolated layout: only declared packages are reachable from inside profile-elements.
for (const name of declared) {
  if (existsSync(join(ROOT, 'node_modules', name))) link(join(ROOT, 'node_modules', name), join(STORE, name));
}

// ---------------------------------------------------------------- consumer fixtures
/** A consumer project in <tmp>/<name> from test/package/<name>, its node_modules linked. */
function consumer(name) {
  const dir = join(tmp, name);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  const fixture = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const dep of Object.keys({ ...fixture.dependencies, ...fixture.devDependencies })) {
    link(dep === pkg.name ? PACKAGE : join(ROOT, 'node_modules', dep), join(dir, 'node_modules', dep));
    if (dep === pkg.name) continue;
    const depPkg = JSON.parse(readFileSync(join(ROOT, 'node_modules', dep, 'package.json'), 'utf8'));
    const bins = typeof depPkg.bin === 'string' ? { [dep]: depPkg.bin } : depPkg.bin ?? {};
    for (const b of Object.keys(bins)) link(bin(b), join(dir, 'node_modules/.bin', b));
  }
  return dir;
}

/** Expected errors: the line after each `expect-error TSnnnn` comment, per file of the fixture. */
function expectations(dir) {
  const expected = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(m?ts|tsx|vue)$/.test(entry.name)) {
        readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
          const m = /expect-error (TS\d+)(?::\s*(.*?))?\s*(?:-->|\*\/\}?)?$/.exec(line);
          if (m) expected.push({ file: relative(dir, path), line: i + 2, code: m[1], why: m[2] ?? '' });
        });
      }
    }
  };
  walk(dir);
  return expected;
}

/** Type-checks a consumer and compares its diagnostics with the fixture's expect-error lines. */
function typecheck(label, fixture, checker, extra = () => {}) {
  check(`${label}: ${checker} (strict)`, () => {
    const dir = consumer(fixture);
    extra(dir);
    const expected = expectations(dir);
    const { out } = run(join(dir, 'node_modules/.bin', checker), ['-p', 'tsconfig.json', '--pretty', 'false'], dir);
    const actual = [];
    const other = [];
    for (const line of out.split('\n')) {
      const m = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
      if (m) actual.push({ file: relative(dir, resolve(dir, m[1])), line: Number(m[2]), code: m[4], text: m[5] });
      else if (/error TS\d+/.test(line)) other.push(line.trim());
    }
    const same = (a, b) => a.file === b.file && a.line === b.line && a.code === b.code;
    const problems = [
      ...expected.filter((e) => !actual.some((a) => same(a, e))).map((e) => `not reported: ${e.code} at ${e.file}:${e.line} (${e.why})`),
      ...actual.filter((a) => !expected.some((e) => same(a, e))).map((a) => `unexpected: ${a.file}:${a.line} ${a.code} ${a.text}`),
      ...other.map((l) => `unexpected: ${l}`),
    ];
    if (problems.length) throw new Error(problems.join('\n'));
    return `${expected.length} deliberate mistakes reported, nothing else`;
  });
}

const manifest = JSON.parse(readFileSync(join(PACKAGE, 'custom-elements.json'), 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
typecheck('vanilla TS, only define.js', 'vanilla', 'tsc', (dir) => {
  // The fixture must exercise every tag and every event the package documents.
  const text = readFileSync(join(dir, 'src/main.mts'), 'utf8');
  const names = [...declarations.map((d) => d.tagName), ...declarations.flatMap((d) => (d.events ?? []).map((e) => e.name))];
  const missing = [...new Set(names)].filter((n) => !text.includes(`'${n}'`));
  if (missing.length) throw new Error(`test/package/vanilla/src/main.mts does not use: ${missing.join(', ')}`);
});
typecheck('React 19 TSX', 'react', 'tsc');
typecheck('Vue 3 SFC', 'vue', 'vue-tsc');

check('vanilla Vite TS app: tsc && vite build', () => {
  // create-vite's vanilla-ts scaffold (test/package/vite-app) with the README's npm section pasted in:
  // its ```html block into index.html, its ```ts block as src/main.ts. Built as the scaffold builds.
  const dir = consumer('vite-app');
  const readme = readFileSync(join(PACKAGE, 'README.md'), 'utf8');
  const section = /\n## Install from npm\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
  const block = (lang) => [...section.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]).join('\n');
  const [html, ts] = [block('html'), block('ts')];
  if (!html || !ts) throw new Error('README "Install from npm" needs a ```html and a ```ts block');
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<!-- README:html -->', html.trim()));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/main.ts'), ts);
  const { ok, out } = run('npm', ['run', 'build', '--silent'], dir);
  if (!ok) throw new Error(out);
  const js = readdirSync(join(dir, 'dist/assets')).filter((f) => f.endsWith('.js'));
  if (!js.some((f) => readFileSync(join(dir, 'dist/assets', f), 'utf8').includes('user-profile'))) throw new Error('the build does not contain the elements');
  return `README code built, ${js.length} JS files in dist/`;
});

// ---------------------------------------------------------------- linters on the tarball
check('publint', () => {
  const { ok, out } = run(bin('publint'), ['run', tarball, '--strict'], ROOT);
  if (!ok || /warning|error|suggestion/i.test(out.replace(/No issues found/i, ''))) throw new Error(out);
  return out.trim().split('\n').pop();
});
check('@arethetypeswrong/cli --profile esm-only', () => {
  const { ok, out } = run(bin('attw'), [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'ascii', '--no-emoji'], ROOT);
  if (!ok) throw new Error(out);
  return out.trim().split('\n')[0];
});

finish();

function finish() {
  if (keep) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
  const failed = results.filter((r) => !r).length;
  console.log(failed ? `\n✖ package: ${failed} of ${results.length} checks failed` : `\n✔ package: all ${results.length} checks passed`);
  process.exit(failed ? 1 : 0);
}
