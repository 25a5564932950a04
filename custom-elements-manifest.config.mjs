// `npm run analyze` → custom-elements.json from the classes' JSDoc (checked in; `npm test` fails when stale).
import { readFileSync } from 'node:fs';

// The tags are those src/define.ts registers (its `'tag-name': Class` map), so a new element cannot be
// left out of the manifest, the typings and the docs.
const TAGS = [...readFileSync(new URL('./src/define.ts', import.meta.url), 'utf8').matchAll(/^\s*'([a-z]+-[a-z-]+)':\s*[A-Z]\w*,/gm)].map((m) => m[1]);
if (TAGS.length < 7) throw new Error(`custom-elements-manifest.config.mjs: found only ${TAGS.length} tags in src/define.ts`);

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/i18n/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Tags are registered in src/define.ts, not with @customElement: teach the analyzer the names.
      name: 'profile-elements-tags',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const name = node.name.getText();
        const tag = name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
        const decl = moduleDoc.declarations?.find((d) => d.name === name);
        if (decl && TAGS.includes(tag)) {
          decl.tagName = tag;
          decl.customElement = true;
        }
      },
    },
    {
      // Private (#) and protected members are implementation details: keep them out of the docs.
      name: 'profile-elements-public-only-sorted',
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer reads files in a racy order: sort so the file is the same on every run.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.members) decl.members = decl.members.filter((m) => !m.privacy || m.privacy === 'public');
            // `dispatchEvent(new XEvent(…))` yields a nameless event; the @fires tags document them.
            if (decl.events) decl.events = decl.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
