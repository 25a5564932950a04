import type { Plugin } from 'vite';

/**
 * Storybook's docs transform (addon-docs' CSF plugin) copies a meta's doc comment into
 * `parameters.docs.description`. When the meta's `parameters` is a call — `parameters:
 * realmParameters()` — it cannot merge into it and adds a second `parameters` key instead, which
 * silently drops the call's value (the story then reaches no mock). This plugin runs just before
 * it and rewrites `parameters: fn(…)` in stories files to `parameters: { ...fn(…) }`, which the
 * docs transform merges into correctly. Same value, so story-level uses are unaffected.
 */
export function spreadCallParameters(): Plugin {
  return {
    name: 'profile-elements:spread-call-parameters',
    transform(code, id) {
      if (!/\.stories\.[tj]sx?$/.test(id.split('?')[0]!)) return;
      const out = rewrite(code);
      return out === code ? undefined : { code: out, map: null };
    },
  };
}

/** `parameters: name(args)` → `parameters: { ...name(args) }` (balanced parentheses, strings skipped). */
export function rewrite(code: string): string {
  const re = /\bparameters:\s*(?=[A-Za-z_$][\w$.]*\s*\()/g;
  let out = '';
  let from = 0;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const start = m.index + m[0].length;
    let depth = 0;
    let quote = '';
    let end = code.indexOf('(', start);
    for (; end < code.length; end++) {
      const c = code[end];
      if (quote) {
        if (c === '\\') end++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    if (end >= code.length) break; // unbalanced: leave the rest as it is
    out += `${code.slice(from, start)}{ ...${code.slice(start, end + 1)} }`;
    from = end + 1;
    re.lastIndex = from;
  }
  return out + code.slice(from);
}
