import type { RichTextNode } from '../../../src-main/contract/schemas';

/**
 * What the worker saves for entry `id` at step `n`: small, and recognisable, so the parent can tell
 * a whole entry from a torn one.
 */
export function savedBody(id: string, n: number): RichTextNode {
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: `Entry ${id} step ${n}` }] },
      { type: 'paragraph', content: [{ type: 'text', text: `check ${n * 7919}` }] },
    ],
  };
}

/** The encryption states the conversion crash test cycles through: plain, then two passphrases. */
export const PASSPHRASE_CYCLE: readonly (string | null)[] = [
  null,
  "first passphrase, with a quote ' in it",
  'second passphrase ünïcode',
];
