// The React example, built by `npm run build` (step `examples`) into dist/ and served by the
// examples server under /react-app/, which fills in the API base and publishable key of
// index.html and answers the token endpoint /api/jiagong-session.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/react-app/',
  // React's automatic JSX runtime, without a framework plugin.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // Every @jiagong/react module starts with 'use client' (for React Server Components, as in
      // Next.js); an app without them has nothing to keep it for, and Vite without
      // @vitejs/plugin-react warns about each one ("may not be preserved when bundling").
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /use client/.test(warning.message)) return;
        warn(warning);
      },
    },
  },
});
