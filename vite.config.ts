import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { withCspMeta } from './shared/csp.ts';

// The renderer is built once and served by both hosts: Electron's app:// protocol and `tidings serve`.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), { name: 'tidings-csp-meta', transformIndexHtml: withCspMeta }],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Inline assets would need data: in script/style CSP; keep every asset a file.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
});
