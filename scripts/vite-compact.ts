// Build-time compaction of the script-tag entry (`vite.config.ts`, standalone mode): what the JS
// minifier cannot do, without changing behaviour and without a new dependency. Vite's own
// `parseSync` (the oxc parser) finds the code; source edits come with a source map.
//
// - `compactLit()`, on our sources before TypeScript is compiled:
//   - html`…`, svg`…`, css`…` templates minified (the minifier keeps template literals as written):
//       css:  comments removed; whitespace dropped around { } ; , and after :, a run elsewhere → one
//             space; `;}` → `}`; strings ('…' "…") and escapes untouched.
//       html: whitespace runs → one space (never removed: between inline elements it is a visible
//             gap); inside a tag, runs → one space, none before > nor around =; comments without a
//             binding removed; attribute values, <pre>, <textarea>, <script>, <style> untouched.
//     Bindings are never touched; a template whose number of bindings would change is left alone.
//     (test/e2e/minify.e2e.mjs proves, template by template, that Chromium builds the same DOM and
//     the same style sheets from the minified text.)
//   - `@property()` / `@state()` on class fields → one `static properties = {…}` per class (the same
//     `createProperty` calls, at `finalize()`), which also drops Lit's property decorator modules;
//     a field's other decorators (`@consume`, `@provide`) stay.
// - `explicitMsgIds()`: `@lit/localize`'s message lookup without id hashing.
// - `noPreloadHelper()`: `import()` without Vite's preload helper.
// - `dompurifyFromSource()`: the sanitizer fallback chunk compiled from DOMPurify's own TypeScript.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseSync, type Plugin } from 'vite';

/** Stands for a `${…}` binding while a template's static parts are rewritten as one string. */
const HOLE = '\u0001';
const WS = /\s/;
const TAGS = new Set(['html', 'svg', 'css']);

/** Minifies CSS text; `HOLE` marks bindings, which keep a separating space around them. */
export function minifyCss(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    if (c === '\\') {
      out += s.slice(i, i + 2);
      i += 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < s.length && s[j] !== c && s[j] !== '\n') j += s[j] === '\\' ? 2 : 1;
      out += s.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      const j = end < 0 ? s.length : end + 2;
      if (s.slice(i, j).includes(HOLE)) out += s.slice(i, j);
      i = j;
    } else if (WS.test(c)) {
      let j = i;
      while (j < s.length && WS.test(s[j])) j++;
      const prev = out[out.length - 1];
      const next = s[j];
      if (prev !== undefined && next !== undefined && !'{};,:'.includes(prev) && !'{};,'.includes(next)) out += ' ';
      i = j;
    } else {
      if (c === '}' && out.endsWith(';')) out = out.slice(0, -1);
      out += c;
      i++;
    }
  }
  return out;
}

const RAW = /^(pre|textarea|script|style)$/i;

/** Minifies Lit HTML text; `HOLE` marks bindings. */
export function minifyHtml(s: string): string {
  let out = '';
  let i = 0;
  const space = () => {
    let j = i;
    while (j < s.length && WS.test(s[j])) j++;
    const had = j > i;
    i = j;
    return had;
  };
  while (i < s.length) {
    const c = s[i];
    if (c === '<' && s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 4);
      const j = end < 0 ? s.length : end + 3;
      if (s.slice(i, j).includes(HOLE)) out += s.slice(i, j);
      i = j;
    } else if (c === '<' && /[a-zA-Z/]/.test(s[i + 1] ?? '')) {
      // A tag: name, then attributes up to '>'.
      const name = /^<\/?([^\s/>\u0001]*)/.exec(s.slice(i))![0];
      out += name;
      i += name.length;
      for (;;) {
        const ws = space();
        const d = s[i];
        if (d === undefined) break;
        // No space before '>' nor around '='. Before '/>' one stays: `src=${x}/>` would make the
        // '/' part of an unquoted value.
        if (ws && d !== '>' && d !== '=' && !out.endsWith('=')) out += ' ';
        if (d === '>') {
          out += '>';
          i++;
          break;
        }
        if (d === '"' || d === "'") {
          const end = s.indexOf(d, i + 1);
          const j = end < 0 ? s.length : end + 1;
          out += s.slice(i, j);
          i = j;
        } else {
          out += d;
          i++;
        }
      }
      const tag = name.slice(1);
      if (RAW.test(tag)) {
        // Contents of <pre>, <textarea>, <script>, <style> kept as written.
        const close = s.toLowerCase().indexOf(`</${tag.toLowerCase()}`, i);
        const j = close < 0 ? s.length : close;
        out += s.slice(i, j);
        i = j;
      }
    } else if (WS.test(c)) {
      space();
      out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

// A loose ESTree view of the oxc AST: only what the walkers read.
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function walk(node: unknown, visit: (n: Node) => void) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
    return;
  }
  const n = node as Node;
  if (typeof n.type === 'string') visit(n);
  for (const k in n) if (k !== 'parent' && typeof n[k] === 'object') walk(n[k], visit);
}

const PROPERTY_DECORATORS = new Set(['property', 'state']);
const isPropertyField = (m: Node) => m.type === 'PropertyDefinition' && !m.computed && ((m.key as Node).type === 'Identifier' || (m.key as Node).type === 'Literal');
const keyName = (m: Node) => String((m.key as { name?: string; value?: unknown }).name ?? (m.key as { value?: unknown }).value);

/** A template's static parts minified, or `undefined` when they cannot be (the bindings would change). */
export function minifyTemplate(tag: string, parts: string[]): string[] | undefined {
  if (parts.some((p) => p.includes(HOLE))) return undefined;
  const min = (tag === 'css' ? minifyCss : minifyHtml)(parts.join(HOLE)).split(HOLE);
  return min.length === parts.length ? min : undefined;
}

/** Every html/svg/css tagged template of a source: its tag, raw static parts and where each starts. */
export function litTemplates(code: string, fileName = 'x.ts', program: unknown = parseSync(fileName, code).program) {
  const out: { tag: string; parts: string[]; starts: number[] }[] = [];
  walk(program, (n) => {
    const tag = n.tag as (Node & { name?: string }) | undefined;
    if (n.type !== 'TaggedTemplateExpression' || tag?.type !== 'Identifier' || !TAGS.has(tag.name!)) return;
    const quasis = (n.quasi as { quasis: (Node & { value: { raw: string } })[] }).quasis;
    // Each static part's raw text starts after its ` or } delimiter.
    out.push({ tag: tag.name!, parts: quasis.map((q) => q.value.raw), starts: quasis.map((q) => q.start + 1) });
  });
  return out;
}

/**
 * The edits that compact a TypeScript/JavaScript source: its html/svg/css templates minified, and
 * (unless `decorators` is false) its `@property`/`@state` class fields turned into `static properties`.
 */
export function compactEdits(code: string, fileName = 'x.ts', decorators = true): Edit[] {
  const { program, errors } = parseSync(fileName, code);
  if (errors.some((e) => e.severity === 'Error')) return [];
  const edits: Edit[] = [];
  for (const { tag, parts, starts } of litTemplates(code, fileName, program)) {
    minifyTemplate(tag, parts)?.forEach((text, k) => {
      if (text !== parts[k]) edits.push({ start: starts[k], end: starts[k] + parts[k].length, text });
    });
  }
  walk(program, (n) => {
    if (decorators && (n.type === 'ClassDeclaration' || n.type === 'ClassExpression')) {
      const body = n.body as Node & { body: Node[] };
      if (body.body.some((m) => isPropertyField(m) && m.static && keyName(m) === 'properties')) return;
      const entries: string[] = [];
      for (const m of body.body) {
        if (!isPropertyField(m) || m.static) continue;
        // The reactive one of the field's decorators; others (`@consume`, `@provide`) stay: they
        // only add an initializer or an accessor, which Lit's accessor then wraps.
        const reactive = ((m.decorators as Node[] | undefined) ?? []).filter((d) => {
          const call = d.expression as Node & { callee?: Node & { name?: string } };
          return call.type === 'CallExpression' && call.callee?.type === 'Identifier' && PROPERTY_DECORATORS.has(call.callee.name!);
        });
        if (reactive.length !== 1) continue;
        const call = reactive[0].expression as Node & { callee: Node & { name: string }; arguments: Node[] };
        if (call.arguments.length > 1) continue;
        const arg = call.arguments[0];
        const opts = arg && code.slice(arg.start, arg.end);
        const value = call.callee.name === 'state' ? (opts ? `{ ...${opts}, state: true }` : '{ state: true }') : (opts ?? '{}');
        entries.push(`${JSON.stringify(keyName(m))}: ${value}`);
        edits.push({ start: reactive[0].start, end: reactive[0].end, text: '' });
      }
      if (entries.length) edits.push({ start: body.start + 1, end: body.start + 1, text: `static properties = { ${entries.join(', ')} };` });
    }
  });
  return edits.sort((a, b) => a.start - b.start || a.end - b.end);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    s += B64[digit];
  } while (v);
  return s;
}

/** Applies sorted, non-overlapping edits; returns the code and a source map back to the original. */
export function applyEdits(code: string, edits: Edit[], source: string) {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const where = (offset: number): [number, number] => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo, offset - lineStarts[lo]];
  };
  let out = '';
  const lines: string[] = [];
  let line: string[] = [];
  let genCol = 0;
  let prev = { gen: 0, line: 0, col: 0 };
  const map = (offset: number) => {
    const [l, c] = where(offset);
    line.push(vlq(genCol - prev.gen) + 'A' + vlq(l - prev.line) + vlq(c - prev.col));
    prev = { gen: genCol, line: l, col: c };
  };
  // Writes `text`, which stands for the original at `from`: mapped at its start and at each line
  // start (unchanged text line by line; a replacement's lines all to its start).
  const emit = (text: string, from: number, unchanged: boolean) => {
    map(from);
    for (let k = 0; k < text.length; k++) {
      if (text[k] === '\n') {
        lines.push(line.join(','));
        line = [];
        genCol = 0;
        prev.gen = 0;
        if (k + 1 < text.length) map(unchanged ? from + k + 1 : from);
      } else genCol++;
    }
    out += text;
  };
  let pos = 0;
  for (const e of edits) {
    emit(code.slice(pos, e.start), pos, true);
    emit(e.text, e.start, false);
    pos = e.end;
  }
  emit(code.slice(pos), pos, true);
  lines.push(line.join(','));
  return { code: out, map: { version: 3 as const, sources: [source], sourcesContent: [code], names: [], mappings: lines.join(';') } };
}

/** Vite plugin: compacts the templates and reactive-property declarations of `src/**` before TypeScript is compiled. */
export function compactLit(): Plugin {
  return {
    name: 'profile-elements:compact-lit',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\/src\/.*\.[cm]?[jt]s$/.test(file) || file.endsWith('.d.ts') || !/\b(html|svg|css)`|@(property|state)\(/.test(code)) return null;
      const edits = compactEdits(code, file);
      if (edits.some((e, k) => k > 0 && e.start < edits[k - 1].end)) this.error(`overlapping edits in ${file}`);
      return edits.length ? applyEdits(code, edits, file) : null;
    },
  };
}

/**
 * Vite plugin: the script-tag build's `@lit/localize` message lookup without what we never use.
 * Every `msg()` has an explicit id (`scripts/check-i18n.ts` enforces it) and translations are
 * strings or `str` templates (`src/i18n/locale.ts` compiles them), so the id hashing (FNV-1a 64)
 * and the html-template branch of `runtimeMsg` are dead code. A message without an id shows English.
 */
export function explicitMsgIds(): Plugin {
  // Written against @lit/localize 0.12 (`runtimeMsg(templates, template, options)`): another
  // version keeps its own module.
  const root = dirname(createRequire(import.meta.url).resolve('@lit/localize'));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const known = version.startsWith('0.12.');
  return {
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
 * Vite plugin: `import()` as is, instead of through Vite's `__vitePreload` helper (~0.6 KiB gzip:
 * `<link rel=modulepreload>` injection, CSS preloading, CSP nonces, `vite:preloadError`). This build
 * has `modulePreload: false` and no CSS, so the helper only ever wraps `import()` with an empty
 * list of dependencies. (Relies on Vite's virtual module id; if Vite renames it, its own helper is
 * used again: bigger, same behaviour.)
 */
export function noPreloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'profile-elements:no-preload-helper',
    enforce: 'pre',
    apply: 'build',
    resolveId: (source) => (source === id ? id : null),
    load: (source) => (source === id ? 'export const __vitePreload = (load) => load();' : null),
  };
}

/**
 * Vite plugin: `dompurify` from the TypeScript sources its package ships (`src/`) instead of its
 * `dist/purify.es.mjs`, which is down-levelled for old browsers (Babel helpers, a regenerator
 * runtime): the on-demand sanitizer chunk is compiled at our target (−0.6 KiB gzip). The one
 * build-time constant of those sources, `VERSION`, is filled in from the package.
 */
export function dompurifyFromSource(): Plugin {
  // The package exports neither its package.json nor src/: found from its main file.
  const root = dirname(dirname(createRequire(import.meta.url).resolve('dompurify')));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const entry = join(root, 'src/purify.ts');
  const USE = 'DOMPurify.version = VERSION;';
  // Only sources shaped as expected (one use of the constant); otherwise the package's dist.
  const usable = existsSync(entry) && readFileSync(entry, 'utf8').split(/\bVERSION\b/).length === 3 && readFileSync(entry, 'utf8').includes(USE);
  return {
    name: 'profile-elements:dompurify-from-source',
    enforce: 'pre',
    apply: 'build',
    resolveId: (source) => (usable && source === 'dompurify' ? entry : null),
    // Same line, same length class: the source map stays right (`map: null` keeps it).
    transform: (code, file) => (file === entry ? { code: code.replace(USE, `DOMPurify.version = ${JSON.stringify(version)};`), map: null } : null),
  };
}
