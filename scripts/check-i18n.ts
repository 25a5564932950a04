// Every string the elements show goes through `msg()` with an explicit id; this check fails when a
// locale lacks one, has one no code uses, or a translation drops or invents a `${…}` placeholder.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

type Found = { id: string; placeholders: number; where: string };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? (f === 'i18n' ? [] : files(p)) : p.endsWith('.ts') ? [p] : [];
  });
}

const found = new Map<string, Found>();
const problems: string[] = [];
for (const file of files('src')) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const [tpl, opts] = node.arguments;
      const where = `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const idProp =
        opts && ts.isObjectLiteralExpression(opts)
          ? opts.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'id')
          : undefined;
      if (!idProp || !ts.isStringLiteral(idProp.initializer)) problems.push(`${where}: msg() without a literal { id }`);
      else {
        const id = idProp.initializer.text;
        const placeholders = ts.isTaggedTemplateExpression(tpl) && ts.isTemplateExpression(tpl.template) ? tpl.template.templateSpans.length : 0;
        const prev = found.get(id);
        if (prev && prev.placeholders !== placeholders) problems.push(`${where}: id "${id}" reused with another template (${prev.where})`);
        found.set(id, { id, placeholders, where });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

for (const locale of ['es', 'pt']) {
  const { templates } = (await import(`../src/i18n/${locale}/index.ts`)) as { templates: Record<string, string> };
  for (const { id, placeholders, where } of found.values()) {
    const t = templates[id];
    if (typeof t !== 'string') problems.push(`${locale}: missing "${id}" (${where})`);
    else {
      const used = [...new Set(t.match(/\{\d+\}/g) ?? [])].sort();
      const expected = Array.from({ length: placeholders }, (_, i) => `{${i}}`).sort();
      if (used.join() !== expected.join()) problems.push(`${locale}: "${id}" uses ${used.join(' ') || 'no placeholders'}, the source has ${placeholders}`);
    }
  }
  for (const id of Object.keys(templates)) if (!found.has(id)) problems.push(`${locale}: "${id}" is not used by any msg()`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`i18n: ${found.size} strings, translated in es and pt.`);
