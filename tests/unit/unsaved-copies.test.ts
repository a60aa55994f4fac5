import { describe, expect, it } from 'vitest';
import { forgetAllCopies, unsavedCopies } from '../../src-renderer/features/journal/unsaved-copies';

/** The part of the Web Storage API the copies use, in memory. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

const doc = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const at = () => new Date('2026-03-01T09:30:00Z');

describe('copies of unsaved entry text', () => {
  it('are kept per journal and entry until forgotten', () => {
    const storage = new MemoryStorage();
    const mine = unsavedCopies(
      { databaseFile: '/a/waymark.sqlite', encrypted: false },
      storage,
      at,
    );
    const other = unsavedCopies(
      { databaseFile: '/b/waymark.sqlite', encrypted: false },
      storage,
      at,
    );
    mine?.keep('e1', doc('Call Dana'));
    expect(mine?.find('e1')).toEqual({
      body: doc('Call Dana'),
      keptAt: '2026-03-01T09:30:00.000Z',
    });
    expect(mine?.find('e2')).toBeNull();
    expect(other?.find('e1')).toBeNull();
    mine?.forget('e1');
    expect(mine?.find('e1')).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('are never written for an encrypted journal, and are removed once a journal is encrypted', () => {
    const storage = new MemoryStorage();
    const plain = unsavedCopies({ databaseFile: '/a/waymark.sqlite', encrypted: false }, storage);
    plain?.keep('e1', doc('Offer from Contoso'));
    plain?.keep('e2', doc('at 120k'));
    unsavedCopies({ databaseFile: '/b/waymark.sqlite', encrypted: false }, storage)?.keep(
      'e1',
      doc('another journal'),
    );
    expect(unsavedCopies({ databaseFile: '/a/waymark.sqlite', encrypted: true }, storage)).toBe(
      null,
    );
    forgetAllCopies('/a/waymark.sqlite', storage);
    expect(storage.length).toBe(1);
    expect(storage.key(0)).toContain('/b/waymark.sqlite');
  });

  it('ignores a damaged copy instead of failing the entry', () => {
    const storage = new MemoryStorage();
    const copies = unsavedCopies({ databaseFile: '/a/x.sqlite', encrypted: false }, storage);
    copies?.keep('e1', doc('fine'));
    const key = storage.key(0) ?? '';
    for (const bad of [
      '{not json',
      '{"body":{"type":"paragraph"},"keptAt":"x"}',
      '{"body":null}',
    ]) {
      storage.setItem(key, bad);
      expect(copies?.find('e1')).toBeNull();
    }
  });

  it('keeps the editor working when the storage refuses a write', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const copies = unsavedCopies({ databaseFile: '/a/x.sqlite', encrypted: false }, storage);
    expect(() => copies?.keep('e1', doc('text'))).not.toThrow();
  });
});
