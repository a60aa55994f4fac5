import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Benchmark } from '../benchmark';
import { single } from '../results';
import type { RendererContext } from './context';

function sizes(dir: string, extension: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const name of readdirSync(dir).filter((file) => file.endsWith(extension))) {
    const bytes = readFileSync(join(dir, name));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kb = (bytes: number) => bytes / 1024;

/** What the window loads before it can draw: the built renderer's scripts and styles. */
export const bundleBenchmark: Benchmark<RendererContext> = {
  name: 'renderer bundle size',
  run(ctx) {
    const assets = join(ctx.rendererDir, 'assets');
    const js = sizes(assets, '.js');
    const css = sizes(assets, '.css');
    const note = `JavaScript ${kb(js.raw).toFixed(0)} KB (${kb(js.gzip).toFixed(0)} KB gzip), CSS ${kb(css.raw).toFixed(0)} KB (${kb(css.gzip).toFixed(0)} KB gzip)`;
    return [
      single(
        'renderer.bundle',
        'Renderer bundle, gzip (JS + CSS)',
        'KB',
        kb(js.gzip + css.gzip),
        null,
        note,
      ),
    ];
  },
};
