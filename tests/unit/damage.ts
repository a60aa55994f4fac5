import Database from '../../src-main/db/sqlite';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createEntry } from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import type { Db } from '../../src-main/db/open';

/** Fills a journal with `count` entries of about 1 KB each, so its table spans many pages. */
export function fillJournal(db: Db, count: number, prefix = 'entry'): string[] {
  const ids: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = `${prefix}-${String(i).padStart(4, '0')}`;
      createEntry(db, {
        id,
        entryDate: '2025-01-15',
        body: docFromParagraphs([`Reflection ${i}`, `${'Words that matter. '.repeat(50)}${i}`]),
      });
      ids.push(id);
    }
  })();
  return ids;
}

/** A leaf page of `table` from the middle of the file (found with SQLite's dbstat table). */
export function leafPageOf(file: string, table: string): { page: number; pageSize: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const pages = db
      .prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno")
      .pluck()
      .all(table) as number[];
    return {
      page: pages[Math.floor(pages.length / 2)] as number,
      pageSize: db.pragma('page_size', { simple: true }) as number,
    };
  } finally {
    db.close();
  }
}

/** Overwrites one page of a (closed) database file with garbage, as a failing disk might. */
export function damagePage(file: string, page: number, pageSize: number): void {
  const fd = openSync(file, 'r+');
  try {
    const garbage = Buffer.alloc(pageSize);
    for (let i = 0; i < pageSize; i++) garbage[i] = (i * 131 + 7) % 251;
    writeSync(fd, garbage, 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** Damages a leaf page from the middle of the entries table; answers with the damaged file's bytes. */
export function damageEntries(file: string): Buffer {
  const { page, pageSize } = leafPageOf(file, 'entries');
  damagePage(file, page, pageSize);
  return readFileSync(file);
}
