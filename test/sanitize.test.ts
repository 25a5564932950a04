import { expect } from '@open-wc/testing';
import { canonical, sanitizeInto } from '../src/internal/sanitize.js';

/** An element as short text for assertions (chai would try to walk a whole DOM node on failure). */
const tag = (e: Element | null | undefined) => (e ? e.outerHTML.slice(0, 120) : null);
import { frames, watchUncaught } from './helpers.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

const proto = Element.prototype as unknown as { setHTML?: unknown };
const nativeSetHTML = proto.setHTML;

/** Runs `fn` as in a browser without the Sanitizer API: the DOMPurify fallback. */
async function withoutSetHTML<T>(fn: () => Promise<T>): Promise<T> {
  delete proto.setHTML;
  try {
    return await fn();
  } finally {
    proto.setHTML = nativeSetHTML;
  }
}

/** Sanitizes `html` into a fresh element attached to the page (so anything that could run, would). */
async function into(html: string) {
  const el = document.createElement('div');
  document.body.append(el);
  await sanitizeInto(el, html);
  return el;
}

const both = async (html: string) => [await into(html), await withoutSetHTML(() => into(html))] as const;

// The page loads hundreds of modules: make room to see whether DOMPurify was one of them.
performance.setResourceTimingBufferSize(100_000);
performance.clearResourceTimings();
const purifyLoaded = () => performance.getEntriesByType('resource').some((e) => /purify/i.test(e.name));

const RICH =
  '<h2>Title</h2><p>Some <strong>bold</strong>, <em>italic</em>, <b>b</b>, <i>i</i>, <u>u</u> and <code>code</code>.</p>' +
  '<ul><li>one</li><li>two</li></ul><ol start="3"><li>three</li></ol><blockquote>quote</blockquote>' +
  '<p><a href="https://example.com/a" title="A">https link</a> <a href="mailto:help@example.com">mail</a> <a href="/relative">relative</a></p>' +
  '<img src="https://example.com/chart.png" alt="Chart" width="10" height="10"><img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">' +
  '<table><caption>Cap</caption><thead><tr><th scope="col">H</th></tr></thead><tbody><tr><td colspan="2">C</td></tr></tbody></table><hr><pre>pre</pre>';

/** Payloads that set `window.__xss` if anything in them ever runs. */
const XSS = [
  '<script>window.__xss = 1</script>',
  '<img src="x" onerror="window.__xss = 2">',
  '<img src="/nothing-here.png" onload="window.__xss = 3" onerror="window.__xss = 3">',
  '<p onmouseover="window.__xss = 4" onclick="window.__xss = 4">hover</p>',
  '<a href="javascript:window.__xss = 5">js link</a>',
  '<a href=" JaVaScRiPt:window.__xss = 6">spaced js link</a>',
  '<a href="&#106;avascript:window.__xss = 7">entity js link</a>',
  '<a href="data:text/html,<script>parent.__xss = 8</script>">data link</a>',
  '<iframe src="javascript:parent.__xss = 9"></iframe><iframe srcdoc="<script>parent.__xss = 9</script>"></iframe>',
  '<svg><script>window.__xss = 10</script><a href="javascript:window.__xss = 10"><text>svg</text></a></svg>',
  '<svg onload="window.__xss = 11"></svg><math><mtext><img src=x onerror="window.__xss = 11"></mtext></math>',
  '<form action="javascript:window.__xss = 12"><input autofocus onfocus="window.__xss = 12"><button>go</button></form>',
  '<object data="javascript:window.__xss = 13"></object><embed src="javascript:window.__xss = 13">',
  '<style>@import "javascript:window.__xss = 14"; body { background: red }</style><p style="background:url(javascript:window.__xss=14)">styled</p>',
  '<details open ontoggle="window.__xss = 15"><summary>s</summary></details>',
  '<video><source onerror="window.__xss = 16"></video><audio src=x onerror="window.__xss = 16"></audio>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=17>"></noscript>',
  '<template><img src=x onerror="window.__xss = 18"></template><!-- <img src=x onerror="window.__xss = 18"> -->',
  '<base href="javascript:window.__xss = 19/"><meta http-equiv="refresh" content="0;url=javascript:window.__xss=19"><link rel="stylesheet" href="x">',
  '<img src="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MjA8L3NjcmlwdD4=" alt="not an image">',
  '<a href="https://example.com" onclick="window.__xss = 21" target="_self" rel="opener">opener</a>',
  '<div id="x" class="y" data-x="1" aria-hidden="true" role="button" tabindex="0" contenteditable>attrs</div>',
];

describe('sanitizeInto', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    uncaught = watchUncaught();
    delete window.__xss;
  });
  afterEach(() => {
    for (const el of document.body.querySelectorAll('body > div:not([id])')) el.remove();
    expect(uncaught.stop(), 'uncaught errors').to.deep.equal([]);
  });

  it('downloads DOMPurify only where the native Sanitizer API is missing', async () => {
    // Whichever this browser has: with `setHTML`, DOMPurify never loads; without it, it does.
    const el = await into(RICH);
    expect(el.querySelector('strong')?.textContent).to.equal('bold');
    expect(purifyLoaded()).to.equal(typeof nativeSetHTML !== 'function');
  });

  it('keeps text formatting, lists, headings, links, images and tables on both paths, identically', async () => {
    const [native, fallback] = await both(RICH);
    for (const el of [native, fallback]) {
      for (const tag of ['h2', 'strong', 'em', 'b', 'i', 'u', 'code', 'ul', 'ol', 'li', 'blockquote', 'table', 'caption', 'th', 'td', 'hr', 'pre']) {
        expect(el.querySelector(tag), tag).to.exist;
      }
      expect(el.querySelector('ol')!.getAttribute('start')).to.equal('3');
      expect(el.querySelector('td')!.getAttribute('colspan')).to.equal('2');
      // A relative link is the page's when no base is given (see below for the API's).
      expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/a', 'mailto:help@example.com', `${location.origin}/relative`]);
      expect([...el.querySelectorAll('img')].map((i) => i.getAttribute('alt'))).to.deep.equal(['Chart', 'inline']);
      expect(el.querySelector('img')!.getAttribute('src')).to.equal('https://example.com/chart.png');
    }
    expect(fallback.innerHTML).to.equal(native.innerHTML);
  });

  it('tells screen readers that each link opens in a new tab, on both paths, after sanitizing', async () => {
    const html = '<p><a href="https://example.com/a">first</a> <a>no href</a> <a href="javascript:alert(1)">bad</a></p>';
    const run = async () => {
      const el = document.createElement('div');
      document.body.append(el);
      await sanitizeInto(el, html, '(opens in a new tab)');
      return el;
    };
    const [native, fallback] = [await run(), await withoutSetHTML(run)];
    for (const el of [native, fallback]) {
      const [first, plain, bad] = el.querySelectorAll('a');
      expect(first!.textContent).to.equal('first (opens in a new tab)');
      expect(first!.querySelector('.sr-only')).to.exist;
      expect(plain!.textContent, 'not a link without href').to.equal('no href');
      expect(bad!.textContent, 'its unsafe href is gone: no longer a link').to.equal('bad');
    }
    expect(fallback.innerHTML).to.equal(native.innerHTML);
  });

  it('keeps the text of mail-like wrappers, unwraps landmarks and forms, identically on both paths', async () => {
    const mail =
      '<center><font color="red" face="Comic Sans">Hello</font></center><section><header>Head</header><footer>Foot</footer></section>' +
      '<main><nav>Menu</nav>Main text</main><form action="https://evil.example"><fieldset><label>Label</label><input value="x"></fieldset></form>' +
      '<details><summary>More</summary>Hidden</details><o:p>office</o:p><x-widget>custom</x-widget>';
    const [native, fallback] = await both(mail);
    expect(fallback.innerHTML).to.equal(native.innerHTML);
    expect(native.textContent).to.equal('HelloHeadFootMenuMain textLabelMoreHidden');
    expect(tag(native.querySelector('main, nav, form, fieldset, input'))).to.equal(null);
    expect(native.querySelector('font')!.attributes).to.have.length(0);
  });

  it('resolves relative links and images against the API that sent them, on both paths', async () => {
    const html = '<p><a href="/help">help</a> <a href="faq#x">faq</a> <img src="/img/chart.png" alt="c"> <a href="https://example.com/x">abs</a></p>';
    const run = async () => {
      const el = document.createElement('div');
      document.body.append(el);
      await sanitizeInto(el, html, undefined, 'https://account.example.com/api/customers/realms/demo/');
      return el;
    };
    for (const el of [await run(), await withoutSetHTML(run)]) {
      expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://account.example.com/help',
        'https://account.example.com/api/customers/realms/demo/faq#x',
        'https://example.com/x',
      ]);
      expect(el.querySelector('img')!.getAttribute('src')).to.equal('https://account.example.com/img/chart.png');
    }
  });

  it('loads DOMPurify on demand, as a separate module, only where setHTML is missing', async () => {
    await withoutSetHTML(() => into('<p>x</p>'));
    expect(purifyLoaded()).to.equal(true);
  });

  it('opens links in a new tab without opener or referrer', async () => {
    for (const el of await both('<a href="https://example.com" target="_self" rel="opener">x</a>')) {
      const a = el.querySelector('a')!;
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
  });

  it('runs nothing from a set of XSS payloads, and both paths remove the same things', async () => {
    const alert = window.alert;
    window.alert = () => (window.__xss = 99);
    try {
      for (const payload of XSS) {
        const [native, fallback] = await both(`<p>before</p>${payload}<p>after</p>`);
        expect(fallback.innerHTML, payload).to.equal(native.innerHTML);
        for (const el of [native, fallback]) {
          expect(tag(el.querySelector('script, style, iframe, object, embed, form, input, button, svg, math, template, base, meta, link, noscript, video, audio, [open]')), payload).to.equal(null);
          for (const node of el.querySelectorAll('*')) {
            for (const { name, value } of node.attributes) {
              expect(name, `${payload}: ${name}`).to.not.match(/^(on|style$|id$|class$|data-|aria-|role$|tabindex$|contenteditable$|srcdoc$)/);
              if (name === 'href') expect(value, payload).to.match(/^(https?:|mailto:|\/)/);
              if (name === 'src') expect(value, payload).to.match(/^(https?:|data:image\/|x$|\/)/);
            }
          }
          expect(el.textContent, payload).to.contain('before');
          // Links a user could click lead nowhere dangerous: click them all.
          for (const a of el.querySelectorAll('a')) a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        }
      }
      // Image errors and loads are asynchronous: let them happen.
      await frames(10);
      expect(window.__xss).to.equal(undefined);
    } finally {
      window.alert = alert;
    }
  });

  it('runs nothing from the seed’s hostile bodies and keeps their safe content', async () => {
    const seedLike =
      '<p><strong>We will never ask for your password</strong> by email.</p>' +
      '<script>window.__xss = 1</script><p onmouseover="window.__xss = 2">If you receive a suspicious message, ' +
      '<a href="javascript:window.__xss = 3">report it here</a> or write to <a href="mailto:security@example.com">security@example.com</a>.</p>';
    const [native, fallback] = await both(seedLike);
    expect(fallback.innerHTML).to.equal(native.innerHTML);
    expect(native.querySelector('strong')?.textContent).to.equal('We will never ask for your password');
    const [js, mail] = native.querySelectorAll('a');
    expect(js.hasAttribute('href')).to.equal(false);
    expect(js.textContent).to.equal('report it here');
    expect(mail.getAttribute('href')).to.equal('mailto:security@example.com');
    js.click();
    await frames(2);
    expect(window.__xss).to.equal(undefined);
  });

  it('sanitizes a 1 MB body without freezing the page (both paths)', async () => {
    const text = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20)}</p>`.repeat(900);
    const dense = '<p>Hello <b>world</b> <a href="https://example.com">link</a></p>'.repeat(17000);
    expect(text.length).to.be.above(1_000_000);
    expect(dense.length).to.be.above(1_000_000);
    await withoutSetHTML(() => into('<p>warm up: load the chunk first</p>'));
    const timed = async (fn: () => unknown) => {
      const start = performance.now();
      await fn();
      return performance.now() - start;
    };
    // Against what the browser needs just to parse the same HTML, measured alongside (so a busy
    // machine slows both): sanitizing must stay a small multiple of it, never pathological.
    for (const html of [text, dense]) {
      const parse = await timed(() => new DOMParser().parseFromString(html, 'text/html'));
      const native = await timed(() => sanitizeInto(document.createElement('div'), html));
      const fallback = await timed(() => withoutSetHTML(() => sanitizeInto(document.createElement('div'), html)));
      expect(native, `native vs parsing ${parse.toFixed(0)} ms`).to.be.below(parse * 8 + 100);
      expect(fallback, `DOMPurify vs parsing ${parse.toFixed(0)} ms`).to.be.below(parse * 25 + 200);
    }
  });

  it('works with Trusted Types enforced, on both paths', async () => {
    const frame = document.createElement('iframe');
    const done = new Promise<{ enforced: boolean; native: string; fallback: string; violations: string[] }>((resolve) =>
      window.addEventListener('message', (e) => e.data?.tt && resolve(e.data.tt)),
    );
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">
      <script type="module">
        const violations = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        const { sanitizeInto } = await import('/src/internal/sanitize.ts');
        const html = '<p onclick="x()">ok <a href="https://example.com">a</a></p><script>parent.__xss = 1<\\/script>';
        const a = document.createElement('div'), b = document.createElement('div');
        document.body.append(a, b);
        await sanitizeInto(a, html);
        delete Element.prototype.setHTML;
        await sanitizeInto(b, html);
        for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r))); // reports are queued
        const seen = [...violations];
        let enforced = false;
        try { document.createElement('div').innerHTML = '<b>x</b>'; } catch { enforced = true; }
        parent.postMessage({ tt: { enforced, native: a.innerHTML, fallback: b.innerHTML, violations: seen } }, '*');
      </script>`;
    document.body.append(frame);
    try {
      const { enforced, native, fallback, violations } = await done;
      expect(enforced, 'an innerHTML assignment throws in the frame').to.equal(true);
      expect(violations).to.deep.equal([]);
      expect(native).to.equal('<p>ok <a href="https://example.com/" target="_blank" rel="noopener noreferrer">a</a></p>');
      expect(fallback).to.equal(native);
      expect(window.__xss).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });
});

/** Every way of spelling an event handler, a script or a style that the tokenizer accepts. */
const SPELLINGS = [
  '<b onclick=x>a</b>', '<b onclick="x">a</b>', "<b onclick='x'>a</b>", '<b onclick>a</b>', '<b ONCLICK=x>a</b>', '<b OnClIcK=x>a</b>',
  '<b/onclick=x>a</b>', '<b\nonclick=x>a</b>', '<b\tonclick=x>a</b>', '<b\fonclick=x>a</b>', '<b\r\nonclick=x>a</b>', '<b title="t"onclick=x>a</b>',
  "<b title='t'onclick=x>a</b>", '<b title=t onclick = "x">a</b>', '<b title=t/onclick=x>a</b>', '<b a/b onclick=x>a</b>', '<b onclick=x onclick=y>a</b>',
  '<img src=x onerror=x>', '<img src=x onerror=x/>', '<img/src=x/onerror=x>', '<IMG SRC=x ONERROR=x>', '<img src=x onerror=&#120;>',
  '<svg onload=x></svg>', '<svg><animate onbegin=x attributeName=x dur=1s></svg>', '<svg><a xlink:href="javascript:x" onclick=x>s</a></svg>',
  '<math><mi onclick=x>m</mi></math>', '<math><mtext><img src=x onerror=x></mtext></math>', '<svg><p><img src=x onerror=x></svg>',
  '<details open ontoggle=x><summary>s</summary></details>', '<body onload=x>', '<frameset onload=x>', '<x onfocus=x autofocus contenteditable>x</x>',
  '<b style="color:red" onclick=x>a</b>', '<style>b{color:red}</style><b>a</b>', '<script>x()</script><b>a</b>', '<script>x()</script ><b>a</b>',
  '<!-- <b onclick=x> --><b>a</b>', '<!--><b onclick=x>a</b>', '<!---><b onclick=x>a</b>', '<!-- --!><b onclick=x>a</b>', '<!doctype html><b onclick=x>a</b>',
  '<?xml x?><b onclick=x>a</b>', '</x onclick=x><b onclick=x>a</b>', '<![CDATA[<b onclick=x>]]><b>a</b>',
  '<noscript><p title="</noscript><img src=x onerror=x>">', '<textarea><b onclick=x></textarea><b onclick=x>a</b>', '<title></title><b onclick=x>a</b>',
  '<style><a title="</style><img src=x onerror=x>">', '<svg></p><style><a id="</style><img src=1 onerror=x>">',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=x&gt;">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=x>', '<a href="x" title="a&quot; onclick=&quot;x">t</a>',
  '<b title="<b onclick=x>">a</b>', "<b title='</b><b onclick=x>'>a</b>", '<unclosed attr="x onmouseover=x <b>broken', '<b onclick=x', '<b\u0000onclick=x>a</b>',
  '<b \u00a0onclick=x>a</b>', '<b onclick\u0000=x>a</b>', '<template><b onclick=x>a</b></template>', '<table><tr><td onclick=x>a</td></tr></table>',
  '<base href="javascript:/"><embed src=x><object data=x></object><link rel=stylesheet href=x><meta http-equiv=refresh content="0;url=x">',
  '<plaintext><b onclick=x>a</b>', '<xmp><b onclick=x></xmp><b onclick=x>a</b>', '<iframe><b onclick=x></iframe><b onclick=x>a</b>',
];

describe('canonical (the pass before any parser)', () => {
  /** The attributes a real parse of `html` creates, as `element attr` strings. */
  const created = (html: string) => {
    const doc = document.implementation.createHTMLDocument('');
    // Parsing in an inert document runs nothing (only the string's handlers would report: a test
    // page has no CSP). The template's content is parsed too.
    doc.body.innerHTML = html;
    const all = [...doc.querySelectorAll('*'), ...[...doc.querySelectorAll('template')].flatMap((t) => [...t.content.querySelectorAll('*')])];
    return all.flatMap((el) => [...el.attributes].map((a) => `${el.localName} ${a.name}`));
  };

  it('leaves no event handler, style or unknown attribute for any parser, however it is spelt', () => {
    for (const html of SPELLINGS) {
      const out = canonical(html);
      const attrs = created(out);
      expect(attrs.filter((a) => !/ (alt|colspan|datetime|dir|height|href|lang|rowspan|scope|src|start|title|width)$/.test(a)), `${html} → ${out}`).to.deep.equal([]);
      expect(attrs.some((a) => / on/.test(a)), html).to.equal(false);
      // Elements the sanitizer removes keep no attribute either (`<base href>` reports `base-uri`).
      expect(attrs.filter((a) => /^(base|embed|object|link|meta|svg|math|mi|animate|x|input|form|body|frameset) /.test(a)), html).to.deep.equal([]);
      // What the browser keeps from the original, it keeps from the canonical form (attributes aside).
      expect(out, html).to.not.match(/<(script|style|textarea|title|noscript|xmp|iframe|plaintext)\b/i);
    }
  });

  it('does not change what a browser builds from ordinary HTML', () => {
    const doc = (html: string) => {
      const d = document.implementation.createHTMLDocument('');
      d.body.innerHTML = html;
      return d.body.innerHTML;
    };
    const mail = `${RICH}<p dir="rtl" lang="ar" title='say "hi"'>text &amp; more &lt;tags&gt; a < b, 3 > 2</p><br/><img alt=unquoted src=https://example.com/a.png?x=1&amp;y=2>`;
    expect(doc(canonical(mail))).to.equal(doc(mail));
  });

  it('keeps only the text around a dropped comment, doctype or script, as the browser does', () => {
    expect(canonical('a<!-- x -->b<!DOCTYPE html>c<script>d</script>e<style>f</style>g')).to.equal('abceg');
    expect(canonical('a < b <3 </ >')).to.equal('a &lt; b &lt;3 ');
    expect(canonical('<p>cut <b onclick="x')).to.equal('<p>cut ');
  });
});
