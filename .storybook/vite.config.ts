// Storybook's own Vite config: the defaults. (The root vite.config.ts is the library build.)
import { defineConfig } from 'vite';

// Storybook's manager and docs bundles are large by nature: no chunk-size warnings for them.
export default defineConfig({ build: { chunkSizeWarningLimit: 4096 } });
