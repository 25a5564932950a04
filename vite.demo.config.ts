import { defineConfig } from 'vite';

// `npm start`: the demo page (demo/index.html) with the mock realm running in a service worker.
export default defineConfig({
  root: 'demo',
  publicDir: '../public',
  server: { port: Number(process.env.PORT ?? 5173), host: '127.0.0.1' },
  build: { target: 'es2022', outDir: '../dist/demo', emptyOutDir: true },
});
