import { defineConfig } from 'vite';
import { compactMsgIds, dompurifyFromSource, explicitMsgIds, minifyTemplates, parallelImports } from './scripts/vite-plugins.js';

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
      // See scripts/vite-plugins.ts: short message ids, minified Lit templates, no id hashing in
      // @lit/localize, the preload helper in 3 lines, DOMPurify compiled from its sources.
      plugins: [compactMsgIds(), minifyTemplates(), explicitMsgIds(), parallelImports(), dompurifyFromSource()],
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
            // On-demand code in a few chunks, by the pages that load it together (one file compresses
            // far better than several: 4 KiB on a Modyo page): Modyo's adapter with the views only
            // its pages have (notifications, activity, sites); the edit and delete views every
            // dialect's page has; each other dialect, the account details, the administration view,
            // each locale and DOMPurify on their own.
            codeSplitting: {
              groups: [
                { name: 'profile-elements', tags: ['$initial'] },
                { name: 'modyo', test: /src[\\/](api[\\/]modyo|components[\\/]profile-(notifications|activity|sites)[\\/].*view|internal[\\/](format|sanitize|item-templates))/ },
                { name: 'account', test: /src[\\/](components[\\/]profile-(edit-form|delete-account)[\\/].*(view|fields|templates)|styles[\\/]controls|internal[\\/]password)/ },
              ],
            },
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
