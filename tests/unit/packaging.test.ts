import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..');
const config = require('../../build/electron-builder.config.cjs');
const pkg = require('../../package.json');

function matches(pattern: string, file: string): boolean {
  // Enough of minimatch for these patterns: ** any depth, * one segment, {a,b} alternatives.
  const source = pattern
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]+)\}/g, (_, alts: string) => `(${alts.split(',').join('|')})`)
    .replace(/\*\*\//g, '(.*/)?')
    .replace(/\*\*/g, '.*')
    .replace(/\*/g, '[^/]*');
  return new RegExp(`^${source}$`).test(file);
}

/** electron-builder's rule: a file is shipped when the last matching pattern is not a negation. */
function shipped(file: string): boolean {
  let included = false;
  for (const pattern of config.files as string[]) {
    if (pattern.startsWith('!')) {
      if (matches(pattern.slice(1), file)) included = false;
    } else if (matches(pattern, file)) included = true;
  }
  return included;
}

describe('the packaging configuration', () => {
  it("passes electron-builder's own schema validation (and the validator does reject bad keys)", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, notAnOption: true }, new DebugLogger(false)),
    ).rejects.toThrow(/Invalid configuration/);
  });

  it('names the app and builds the installers for every platform', () => {
    expect(config.appId).toBe('app.waymark.journal');
    expect(config.productName).toBe('Waymark');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(pkg.scripts.dist).toContain(
      'electron-builder --config build/electron-builder.config.cjs',
    );
  });

  it('uses one source icon that exists and is large enough for every platform', () => {
    const icon = join(root, config.icon);
    expect(existsSync(icon)).toBe(true);
    const header = require('node:fs').readFileSync(icon).subarray(16, 24);
    expect(header.readUInt32BE(0)).toBeGreaterThanOrEqual(512);
    expect(header.readUInt32BE(4)).toBeGreaterThanOrEqual(512);
  });

  it('rebuilds better-sqlite3 for Electron and keeps it outside the asar', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(
      config.asarUnpack.some((p: string) => p.includes('better-sqlite3-multiple-ciphers')),
    ).toBe(true);
  });

  it('ships the built app and never sources, tests or source maps', () => {
    expect(shipped('out/main/index.js')).toBe(true);
    expect(shipped('out/renderer/index.html')).toBe(true);
    expect(shipped('out/preload/index.cjs')).toBe(true);
    expect(shipped('package.json')).toBe(true);
    expect(shipped('out/main/index.js.map')).toBe(false);
    expect(shipped('src-main/index.ts')).toBe(false);
    expect(shipped('src-renderer/App.tsx')).toBe(false);
    expect(shipped('tests/unit/db.test.ts')).toBe(false);
    expect(shipped('build/native/electron-140/better_sqlite3.node')).toBe(false);
    expect(pkg.main).toBe('out/main/index.js');
  });
});
