import type { Browser } from '@playwright/test';
import type { RichTextNode } from '../../../src-main/contract/schemas';

export interface RendererContext {
  browser: Browser;
  /** The browser edition's address, token included. */
  url: string;
  quick: boolean;
  seed: number;
  entryCount: number;
  /** The entry the journal screen opens on: the newest. */
  newest: { id: string; title: string };
  /** A very long entry, made only of StarterKit nodes, for the typing comparison. */
  longEntry: { id: string; title: string; words: number; body: RichTextNode };
  /** The aspiration with 20 goals the PDF benchmark prints. */
  printAspirationId: string;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  /** The bare tiptap page's script (`out/bench/bare-editor/bare-editor.js`). */
  bareEditorScript: string;
}

/** Same window size as the end-to-end tests. */
export const VIEWPORT = { width: 1280, height: 800 };
