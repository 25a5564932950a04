import { defineConfig } from 'vite';
import { dompurifyFromSource, explicitMsgIds, minifyTemplates, parallelImports } from './scripts/vite-plugins.js';

// `vite build`                    -> dist/lib: ES modules for npm, lit and @lit/* external
// `vite build --mode standalone`  -> dist/standalone: the script-tag entry (Lit inside, registers every
//                                    element) plus only the chunks it loads on demand from beside itself
//                                    (es/pt strings, the rest/scim dialects, element views, the
//                                    DOMPurify fallback)
export default defineConfig(({ mode }) => {
  if (mode === 'standalone') {
    return {
      publicDir: false,
      base: './', // the chunks load from beside the entry, wherever the site serves the folder
      // See scripts/vite-plugins.ts: minified Lit templates, no id hashing in @lit/localize, no
      // preload helper, DOMPurify compiled from its sources.
      plugins: [minifyTemplates(), explicitMsgIds(), parallelImports(), dompurifyFromSource()],
      build: {
        target: 'es2022',
        outDir: 'dist/standalone',
        emptyOutDir: true,
        sourcemap: true,
        // Each import() of a view or a dialect also fetches, at once and in parallel, the chunks that one
        // imports (the shared date formatting, the dialects' choices): one round trip, not two. See
        // parallelImports() in scripts/vite-plugins.ts.
        modulePreload: { polyfill: false },
        rolldownOptions: {
          input: { 'profile-elements': 'src/standalone.ts' },
          // On-demand chunks import what they share with the entry from the entry.
          preserveEntrySignatures: 'allow-extension',
          output: {
            // Every module the entry imports statically is in the entry itself (`$initial`: the
            // entry's static dependency chain), never in a shared chunk it would have to load up
            // front; on-demand chunks (views, locales, dialects, DOMPurify) keep only their own code.
            codeSplitting: { groups: [{ name: 'profile-elements', tags: ['$initial'] }] },
            entryFileNames: '[name].js',
            chunkFileNames: '[name]-[hash].js',
          },
        },
      },
    };
  }
  return {
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: 'dist/lib',
      emptyOutDir: true,
      sourcemap: true,
      lib: { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
      minify: false,
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^dompurify$/],
        // One file per source module: apps' bundlers tree-shake what they do not import.
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
