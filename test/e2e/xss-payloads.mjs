// The XSS corpus of xss.e2e.mjs (kept apart so other files can use it without running that suite).

/** What every payload tries to run: sets a global the suite checks. */
export const RUN = '__pwned=1';

/** HTML / text payloads: script tags, handlers, SVG, broken markup, mutation-XSS classics. */
export const HTML_PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror=${RUN}>`,
  `<svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `"><img src=x onerror=alert(1)>`,
  `'><svg/onload=alert(1)>`,
  `<a href="javascript:${RUN}">click me</a>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${RUN}&gt;">`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${RUN}>`,
  `<svg></p><style><a id="</style><img src=1 onerror=${RUN}>">`,
  `<details open ontoggle=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<object data="javascript:${RUN}"></object><embed src="data:text/html,<script>parent.${RUN}</script>">`,
  `<base href="javascript:/"><meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<style>@import 'javascript:${RUN}';</style><b style="background:url(javascript:${RUN})">styled</b>`,
  `</textarea></title><script>${RUN}</script>`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
  `<a href="&#106;avascript:${RUN}">entity</a><a href="java&#x09;script:${RUN}">tab</a>`,
  `<div popover id=p onbeforetoggle=${RUN}></div><button popovertarget=p>pop</button>`,
  `<svg><animate onbegin=${RUN} attributeName=x dur=1s>`,
  `<video><source onerror=${RUN}></video><marquee onstart=${RUN}>`,
  `<x contenteditable autofocus onfocus=${RUN}>`,
  `{{constructor.constructor('${RUN}')()}} \${${RUN}} <%= ${RUN} %>`,
  `<unclosed attr="x onmouseover=${RUN} <b>broken`,
  // Handler spellings the tokenizer accepts: `/` and newlines as separators, no space after a
  // quote, upper case, unquoted values, entities in the value, SVG and MathML.
  `<b/onclick=${RUN}>slash</b><b\nonmouseover=${RUN}>newline</b><b title="t"onclick=${RUN}>quote</b><IMG SRC=x ONERROR=${RUN}>`,
  `<img src=x onerror=&#95;&#95;pwned=1><svg><animate onbegin=${RUN} attributeName=x dur=1s></svg><math><mi onclick=${RUN}>m</mi></math>`,
];

/** URL payloads: script schemes in every disguise, HTML data URLs, and a quote breakout. */
export const URL_PAYLOADS = [
  `javascript:${RUN}`,
  'JaVaScRiPt:alert(1)',
  ` javascript:${RUN}`,
  `java\tscript:${RUN}`,
  `\u0001javascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${RUN}"/>`,
  `https://example.com/"><img src=x onerror=${RUN}>`,
];

