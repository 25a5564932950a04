// The small Vite plugins of the script-tag build (`vite.config.ts`, standalone mode). Each is tied to
// a library version and falls back to that library's own behaviour (bigger, same result) when it
// meets another; `usable` says whether it applies, and test/e2e/minify.e2e.mjs fails when one
// silently stopped applying.
//
// - `minifyTemplates()`: Lit's html`…`/svg`…`/css`…` templates minified by `minify-literals` 1.0.x
//   (html-minifier-terser 7 and clean-css 5 underneath; its 2.x needs Node 22).
// - `explicitMsgIds()`: `@lit/localize` 0.12's message lookup without id hashing.
// - `parallelImports()`: Vite 8's preload helper in 3 lines (a view's shared chunks in parallel).
// - `compactMsgIds()`: our message ids (`edit.pw.short`) as short codes in the code and the locale chunks.
// - `dompurifyFromSource()`: the sanitizer fallback chunk compiled from DOMPurify 3's own TypeScript.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/**
 * What `minify-literals` may change in a Lit template: whitespace runs collapse to one space (never
 * to none: between inline elements a space is a visible gap), comments go, CSS is minified. Entities,
 * empty attributes (`alt=""`) and attribute quotes stay as written.
 */
export const TEMPLATE_OPTIONS = {
  caseSensitive: true,
  collapseWhitespace: true,
  conservativeCollapse: true,
  decodeEntities: false,
  // clean-css level 1, without reordering selectors nor rewriting `background` shorthands: the
  // style sheets stay the same rules (test/e2e/minify.e2e.mjs compares them).
  minifyCSS: { level: { 1: { selectorsSortingMethod: 'none', optimizeBackground: false } } },
  minifyJS: false,
  removeAttributeQuotes: false,
  removeComments: true,
  removeEmptyAttributes: false,
};

/** Minifies the templates of one source file (`null` when nothing changes). */
export const minifySource = (code: string, fileName: string) => minifyHTMLLiterals(code, { fileName, minifyOptions: TEMPLATE_OPTIONS });

/** Vite plugin: the templates of `src/**` minified before TypeScript is compiled (−0.7 KiB gzip on a page). */
export function minifyTemplates(): Plugin {
  return {
    name: 'profile-elements:minify-templates',
    enforce: 'pre',
    apply: 'build',
    async transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\/src\/.*\.ts$/.test(file) || file.endsWith('.d.ts') || !/\b(html|svg|css)`/.test(code)) return null;
      const out = await minifySource(code, file);
      return out && { code: out.code, map: out.map ? JSON.parse(out.map.toString()) : null };
    },
  };
}

/**
 * Vite plugin: the script-tag build's `@lit/localize` message lookup without what we never use.
 * Every `msg()` has an explicit id (`scripts/check-i18n.ts` enforces it) and translations are
 * strings or `str` templates (`src/i18n/locale.ts` compiles them), so the id hashing (FNV-1a 64)
 * and the html-template branch of `runtimeMsg` are dead code. A message without an id shows English.
 */
export function explicitMsgIds(): Plugin & { usable: boolean } {
  // Written against @lit/localize 0.12 (`runtimeMsg(templates, template, options)`): another
  // version keeps its own module.
  const root = dirname(createRequire(import.meta.url).resolve('@lit/localize'));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const known = version.startsWith('0.12.');
  return {
    usable: known,
    name: 'profile-elements:explicit-msg-ids',
    apply: 'build',
    load(id) {
      if (!known || !/[/\\]@lit[/\\]localize[/\\]internal[/\\]runtime-msg\.js$/.test(id)) return null;
      return `import { defaultMsg } from './default-msg.js';
import { joinStringsAndValues } from './str-tag.js';
export function runtimeMsg(templates, template, options) {
  const t = templates && options ? templates[options.id] : undefined;
  return typeof t === 'string' ? t : t ? joinStringsAndValues(t.strings, template.values, t.values) : defaultMsg(template);
}`;
    },
  };
}

/**
 * Vite plugin: Vite 8's `__vitePreload` helper (each `import()` with the list of chunks it imports)
 * in 3 lines instead of ~0.6 KiB: every listed chunk is imported at once, in parallel with the one
 * asked for, so a view and the shared chunk it imports arrive in one round trip. Vite's own helper
 * also handles CSS, CSP nonces on `<link>` and `vite:preloadError`, none of which this build has: it
 * emits no CSS, and `import()` needs no nonce under `script-src 'self'`. The chunk paths are relative
 * to the entry (`base: './'`). (Relies on Vite's virtual module id; if Vite renames it, its own
 * helper is used again: bigger, same behaviour.)
 */
export function parallelImports(): Plugin {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'profile-elements:parallel-imports',
    enforce: 'pre',
    apply: 'build',
    resolveId: (source) => (source === id ? id : null),
    load: (source) =>
      source === id
        ? `export const __vitePreload = (load, deps) => {
  for (const d of deps ?? []) import(new URL(d, import.meta.url).href).catch(() => {});
  return load();
};`
        : null,
  };
}

/** Every message id of `src/` (`msg(…, { id: 'edit.pw.short' })`), each with its short code: its index in base 36. */
export function messageIds(root = 'src'): Map<string, string> {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));
  const ids = new Set<string>();
  for (const file of files(root)) for (const m of readFileSync(file, 'utf8').matchAll(/\bid: '([\w.-]+)'/g)) ids.add(m[1]!);
  return new Map([...ids].sort().map((id, i) => [id, i.toString(36)]));
}

/**
 * Vite plugin: each message id (`edit.pw.short`, needed only to find its translation) becomes a short
 * code (`3f`), the same in the code (`msg(…, { id })`) and in the keys of the es/pt chunks — about
 * 2.8 KB less of ids that compress poorly (−0.6 KiB gzip on a page). Every `id: '…'` literal in
 * `src/` is a message id (scripts/check-i18n.ts requires one on each `msg()`, and nothing else
 * writes one).
 */
export function compactMsgIds(): Plugin {
  let codes = new Map<string, string>();
  return {
    name: 'profile-elements:compact-msg-ids',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      codes = messageIds();
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/[\\/]src[\\/].*\.ts$/.test(file)) return null;
      const out = /[\\/]src[\\/]i18n[\\/](es|pt)[\\/]/.test(file)
        ? code.replace(/^(\s*)'([\w.-]+)':/gm, (m, sp: string, k: string) => (codes.has(k) ? `${sp}'${codes.get(k)}':` : m))
        : code.replace(/\bid: '([\w.-]+)'/g, (m, k: string) => (codes.has(k) ? `id: '${codes.get(k)}'` : m));
      // (Same lines, shorter literals: the source map stays close enough.)
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Vite plugin: `dompurify` from the TypeScript sources its package ships (`src/`) instead of its
 * `dist/purify.es.mjs`, which is down-levelled for old browsers (Babel helpers, a regenerator
 * runtime): the on-demand sanitizer chunk is compiled at our target (−0.6 KiB gzip). The one
 * build-time constant of those sources, `VERSION`, is filled in from the package.
 */
export function dompurifyFromSource(): Plugin & { usable: boolean } {
  // The package exports neither its package.json nor src/: found from its main file.
  const root = dirname(dirname(createRequire(import.meta.url).resolve('dompurify')));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const entry = join(root, 'src/purify.ts');
  const USE = 'DOMPurify.version = VERSION;';
  // Only sources shaped as expected (one use of the constant); otherwise the package's dist.
  const usable = existsSync(entry) && readFileSync(entry, 'utf8').split(/\bVERSION\b/).length === 3 && readFileSync(entry, 'utf8').includes(USE);
  return {
    usable,
    name: 'profile-elements:dompurify-from-source',
    enforce: 'pre',
    apply: 'build',
    resolveId: (source) => (usable && source === 'dompurify' ? entry : null),
    // Same line, same length class: the source map stays right (`map: null` keeps it).
    transform: (code, file) => (file === entry ? { code: code.replace(USE, `DOMPurify.version = ${JSON.stringify(version)};`), map: null } : null),
  };
}
