// The React example, built by `npm run build` (step `examples`) into dist/ and served by the
// examples server under /react-app/, which fills in the API base and publishable key of
// index.html and answers the token endpoint /api/jiagong-session.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/react-app/',
  // React's automatic JSX runtime, without a framework plugin.
  oxc: { jsx: { runtime: 'automatic' } },
  build: { target: 'es2020', outDir: 'dist', emptyOutDir: true },
});
