import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../src-main/contract';
import { TAGS } from '../../src-main/contract/define';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory()
      ? sources(join(dir, item.name))
      : /\.tsx?$/.test(item.name)
        ? [join(dir, item.name)]
        : [],
  );
}

const windowFiles = [...sources('src-renderer/features'), ...sources('src-renderer/print')];

describe('the window cache follows declared effects', () => {
  it('no feature invalidates cached answers by hand', () => {
    const offenders = windowFiles.filter((file) =>
      /\.(invalidateQueries|refetchQueries|resetQueries)\(/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('every read goes through channelQuery, so the cache knows its channel', () => {
    const offenders = windowFiles.filter((file) => /\bqueryFn:/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('every tag a channel changes is read by some channel', () => {
    const read = new Set(Object.values(contract).flatMap((channel) => channel.reads));
    const unread = TAGS.filter(
      (tag) =>
        !read.has(tag) && Object.values(contract).some((channel) => channel.changes.includes(tag)),
    );
    expect(unread).toEqual([]);
  });
});
