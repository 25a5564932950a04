// The script-tag build minifies Lit's html`…` and css`…` templates (scripts/vite-plugins.ts, with
// minify-literals). Proof that rendering is unchanged, template by template, for every template in
// src/: Chromium parses the original and the minified text the way Lit does (bindings as markers)
// and the two DOM trees must match — same elements, attributes and values, same text (whitespace
// runs compared as one space, `<pre>`/`<textarea>` exactly) — and the two style sheets must
// serialize identically (CSSOM normalizes what the minifier changes, except inside var() values:
// see below). Also: every build plugin still applies to the library version it was written for.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parseSync } from 'vite';
import { launch } from './browser.mjs';
import { dompurifyFromSource, explicitMsgIds, minifySource } from '../../scripts/vite-plugins.ts';

const SRC = new URL('../../src', import.meta.url).pathname;
const DIST = new URL('../../dist/standalone', import.meta.url).pathname;
const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));

/** Every html/svg/css tagged template of a source, in order: its tag and raw static parts. */
function litTemplates(code, fileName) {
  const out = [];
  const walk = (n) => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    if (n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && /^(html|svg|css)$/.test(n.tag.name)) out.push({ tag: n.tag.name, parts: n.quasi.quasis.map((q) => q.value.raw) });
    for (const k in n) if (k !== 'parent' && typeof n[k] === 'object') walk(n[k]);
  };
  walk(parseSync(fileName, code).program);
  return out;
}

const templates = [];
for (const file of files(SRC)) {
  const code = readFileSync(file, 'utf8');
  const original = litTemplates(code, file);
  const minified = litTemplates((await minifySource(code, file))?.code ?? code, file);
  original.forEach((t, i) => templates.push({ ...t, id: `${file.slice(SRC.length + 1)}#${i}`, minified: minified[i]?.tag === t.tag && minified[i].parts.length === t.parts.length ? minified[i].parts : undefined }));
}

test('every build plugin applies to the library version it was written for', () => {
  assert.equal(explicitMsgIds().usable, true, '@lit/localize is not 0.12: update explicitMsgIds() or drop it');
  assert.equal(dompurifyFromSource().usable, true, 'DOMPurify no longer ships the sources dompurifyFromSource() expects');
  const entry = readFileSync(join(DIST, 'profile-elements.js'), 'utf8');
  assert.doesNotMatch(entry, /modulepreload|__vitePreload/, "Vite's preload helper is back: noPreloadHelper() no longer applies");
  assert.doesNotMatch(entry, /fnv1a64|\bhash\(/i, "@lit/localize's id hashing is in the entry");
});

let browser, page;
before(async () => {
  browser = await launch();
  page = await browser.newPage();
});
after(() => browser?.close());

test('the sources have templates, and the minifier handles each of them', () => {
  assert.ok(templates.filter((t) => t.tag === 'html').length > 20 && templates.some((t) => t.tag === 'css'));
  assert.deepEqual(templates.filter((t) => !t.minified).map((t) => t.id), [], 'templates left unminified');
});

test('every html template parses to the same DOM, minified', async () => {
  const html = templates.filter((t) => t.tag !== 'css');
  const diffs = await page.evaluate((html) => {
    // Lit joins the static parts around a marker; the parser then sees the same text structure.
    const MARK = 'lit$7$';
    const tree = (strings) => {
      const t = document.createElement('template');
      t.innerHTML = strings.join(MARK);
      return t.content;
    };
    const describe = (node, raw) => {
      if (node.nodeType === Node.TEXT_NODE) return [`#text:${raw ? node.data : node.data.replace(/\s+/g, ' ')}`];
      if (node.nodeType === Node.COMMENT_NODE) return node.data.includes(MARK) ? [`#comment:${node.data}`] : [];
      const el = node;
      const attrs = el.attributes ? [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ') : '';
      const keep = raw || /^(pre|textarea)$/.test(el.localName);
      const kids = [...(el.localName === 'template' ? el.content.childNodes : el.childNodes)].flatMap((c) => describe(c, keep));
      return [`<${el.localName ?? '#fragment'} ${attrs}>`, ...kids, `</${el.localName ?? '#fragment'}>`];
    };
    const out = [];
    for (const t of html) {
      const a = describe(tree(t.parts)).join('\n');
      const b = describe(tree(t.minified)).join('\n');
      if (a !== b) out.push({ id: t.id, original: a, minified: b });
    }
    return out;
  }, html);
  assert.deepEqual(diffs, [], `${diffs.length} of ${html.length} templates render differently`);
});

test('every css template gives the same style sheet, minified', async () => {
  const css = templates.filter((t) => t.tag === 'css');
  const diffs = await page.evaluate((css) => {
    // Values with var() keep their tokens as written, so what is never significant there is
    // dropped from both serializations: the space after a comma (a token of its own), the space
    // around `*` and `/` in calc() (unlike `+` and `-`, they need none), and a number's leading zero.
    const rules = (text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return [...sheet.cssRules]
        .map((r) => r.cssText)
        .join('\n')
        .replace(/,\s+/g, ',')
        .replace(/\s*([*/])\s*/g, '$1')
        .replace(/(^|[^\d.])0\.(\d)/g, '$1.$2');
    };
    // A binding in a style sheet is a value (`unsafeCSS`): stand in a neutral one.
    return css.map((t) => ({ id: t.id, a: rules(t.parts.join('0')), b: rules(t.minified.join('0')) })).filter((d) => d.a !== d.b);
  }, css);
  assert.deepEqual(diffs, []);
});

test('the minified text is smaller', () => {
  const size = (list) => list.reduce((n, t) => n + t.join('').length, 0);
  const before = size(templates.map((t) => t.parts));
  const after = size(templates.map((t) => t.minified));
  assert.ok(after < before * 0.85, `${before} → ${after} characters`);
  console.log(`# templates: ${templates.length}, static text ${before} → ${after} characters`);
});
