import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressAssets } from './scripts/precompressAssets.mjs';

/**
 * The embed build: `<stac-slot>` and `mountPluginSlot` for pages that are not React apps, React bundled in.
 * Output goes under dist/ (dist/embed/stac-slot.js as an ES module, stac-slot.iife.js as a classic script
 * exposing `window.StacSlot`, and stac-slot.css), so the server's static serving of dist/ covers it next to
 * /embed-demo.html. Run it after the app build (`vite build` empties dist/).
 */
export default defineConfig({
  plugins: [react(), precompressAssets()],
  // Library mode leaves `process.env.NODE_ENV` alone; React needs it replaced to drop its dev build.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    // Small icons inline as data URLs so the bundle is self-contained.
    assetsInlineLimit: 16_384,
    rolldownOptions: {
      // The icon module reads `import.meta.url` only on Node's synchronous path (SSR); in the IIFE it
      // becomes `{}` harmlessly. Without this, every `npm start` prints a long warning about it.
      checks: { emptyImportMeta: false },
    },
    lib: {
      entry: 'src/slots/embed/index.ts',
      name: 'StacSlot',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'stac-slot.js' : 'stac-slot.iife.js'),
      cssFileName: 'stac-slot',
    },
  },
});
