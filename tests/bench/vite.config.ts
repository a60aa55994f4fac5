import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

const root = resolve(import.meta.dirname, '..', '..');
const out = resolve(root, 'out', 'bench');

/** The seed and bench commands, bundled for Node with the app's own services and migrations. */
const node: UserConfig = {
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: out,
    // Built first: it clears out/bench, then the bare editor page is built into its own folder.
    emptyOutDir: true,
    rollupOptions: {
      input: {
        seed: resolve(root, 'tests/bench/seed/cli.ts'),
        run: resolve(root, 'tests/bench/run.ts'),
      },
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
};

/** The bare tiptap page the typing benchmark compares against: one script, added to a blank page. */
const page: UserConfig = {
  root,
  publicDir: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: resolve(out, 'bare-editor'),
    emptyOutDir: true,
    lib: {
      entry: resolve(root, 'tests/bench/renderer/bare-editor.ts'),
      formats: ['iife'],
      name: 'bareEditor',
      fileName: () => 'bare-editor.js',
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'page' ? page : node));
