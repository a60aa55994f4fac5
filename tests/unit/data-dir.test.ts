import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromArgs, platformDataDir, resolveDataDir } from '../../src-main/core/data-dir';

describe('the data folder', () => {
  it('is --data-dir first, then WAYMARK_DATA_DIR, then the platform default', () => {
    expect(
      resolveDataDir({ argv: ['--data-dir', 'a'], env: { WAYMARK_DATA_DIR: 'b' }, fallback: 'c' }),
    ).toBe(resolve('a'));
    expect(resolveDataDir({ argv: ['--data-dir=x y'], env: {}, fallback: 'c' })).toBe(
      resolve('x y'),
    );
    expect(resolveDataDir({ argv: [], env: { WAYMARK_DATA_DIR: 'b' }, fallback: 'c' })).toBe(
      resolve('b'),
    );
    expect(resolveDataDir({ argv: [], env: {}, fallback: 'c' })).toBe(resolve('c'));
    expect(dataDirFromArgs(['--port', '3'])).toBeUndefined();
  });

  it('matches where Electron keeps a desktop app named Waymark', () => {
    expect(platformDataDir('linux', {}, '/home/ana')).toBe(join('/home/ana', '.config', 'Waymark'));
    expect(platformDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe(
      join('/cfg', 'Waymark'),
    );
    expect(platformDataDir('darwin', {}, '/Users/ana')).toBe(
      join('/Users/ana', 'Library', 'Application Support', 'Waymark'),
    );
    expect(platformDataDir('win32', { APPDATA: 'C:\\AppData' }, 'C:\\Users\\ana')).toBe(
      join('C:\\AppData', 'Waymark'),
    );
  });
});
