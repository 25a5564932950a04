// The script-tag build minifies Lit's html`…` and css`…` templates (scripts/vite-compact.ts).
// Proof that rendering is unchanged, template by template, for every template in src/: Chromium
// parses the original and the minified text the way Lit does (bindings as markers) and the two DOM
// trees must match — same elements, attributes and values, same text (whitespace runs compared as
// one space, `<pre>`/`<textarea>` exactly) — and the two style sheets must serialize identically
// (CSSOM normalizes what the minifier changes, except inside var() values: see below).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch } from './browser.mjs';
import { litTemplates, minifyTemplate } from '../../scripts/vite-compact.ts';

const SRC = new URL('../../src', import.meta.url).pathname;
const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));
const templates = files(SRC).flatMap((file) =>
  litTemplates(readFileSync(file, 'utf8'), file).map((t, i) => ({ ...t, id: `${file.slice(SRC.length + 1)}#${i}`, minified: minifyTemplate(t.tag, t.parts) })),
);

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
    // Values with var() keep their tokens as written, so the space after a comma (never
    // significant: a comma is a token of its own) is dropped from both serializations.
    const rules = (text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return [...sheet.cssRules].map((r) => r.cssText).join('\n').replace(/,\s+/g, ',');
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
