// The server-side rendering example: the examples server renders the elements with
// @lit-labs/ssr into dist/index.html (at `<!--ssr-outlet-->`) on every request; this client
// bundle hydrates them. Built by `npm run build` (step `examples`).
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/ssr/',
  build: { target: 'es2020', outDir: 'dist', emptyOutDir: true },
});
