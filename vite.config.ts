import { defineConfig } from 'vite';
import { explicitMsgIds, compactLit } from './scripts/vite-lit-compact.js';

// `vite build`                    -> dist/lib: ES modules for npm, lit and @lit/* external
// `vite build --mode standalone`  -> dist/standalone: the script-tag entry (Lit inside, registers every
//                                    element) plus only the chunks it loads on demand from beside itself
//                                    (es/pt strings, the DOMPurify fallback)
export default defineConfig(({ mode }) => {
  if (mode === 'standalone') {
    return {
      publicDir: false,
      plugins: [compactLit(), explicitMsgIds()],
      build: {
        target: 'es2022',
        outDir: 'dist/standalone',
        emptyOutDir: true,
        sourcemap: true,
        modulePreload: false,
        rolldownOptions: {
          input: { 'profile-elements': 'src/standalone.ts' },
          preserveEntrySignatures: 'exports-only',
          output: {
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
