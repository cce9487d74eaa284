// Served by the examples server under /bank-app/ (examples/server), which fills in the API base
// and publishable key of index.html and answers the token endpoint /api/jiagong-session.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/bank-app/',
  build: { target: 'es2020', outDir: 'dist', emptyOutDir: true },
});
