import { isDesktop } from '../../../api/client';
import { hashOfRef } from '../attachment-url';

/** Pictures up to this size are shown as they are; larger ones from a smaller copy. */
export const PREVIEW_FROM_BYTES = 2 * 1024 * 1024;
/** The copy's width: the widest column (about 760 px) on a high-density screen. */
export const PREVIEW_WIDTH = 1536;
const KEPT_PREVIEWS = 24;

let worker: Worker | null | undefined;
let nextJob = 1;
const jobs = new Map<number, (blob: Blob | null) => void>();

function previewWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; blob: Blob | null }>) => {
      jobs.get(event.data.id)?.(event.data.blob);
      jobs.delete(event.data.id);
    };
    // A worker that cannot start: every picture is shown from its original, as before.
    worker.onerror = () => {
      worker = null;
      jobs.forEach((done) => done(null));
      jobs.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

function downsized(blob: Blob): Promise<Blob | null> {
  const to = previewWorker();
  if (!to) return Promise.resolve(null);
  const id = nextJob++;
  return new Promise((resolve) => {
    jobs.set(id, resolve);
    to.postMessage({ id, blob, width: PREVIEW_WIDTH });
  });
}

/** Pictures just added from this page, by reference: their bytes are here, no need to fetch. */
const added = new Map<string, Blob>();
/** Smaller copies made, by reference, as addresses (null: show the original), oldest first. */
const previews = new Map<string, Promise<string | null>>();

/** A picture just added: its smaller copy is made from the file in hand. */
export function rememberAddedPicture(src: string, file: Blob): void {
  if (file.size > PREVIEW_FROM_BYTES && !previews.has(src)) added.set(src, file);
}

/** The picture's bytes when it is large: the file just added, or (browser edition) fetched. */
async function largeOriginal(src: string, url: string): Promise<Blob | null> {
  const local = added.get(src);
  if (local) return local;
  // The desktop's own protocol is not reachable by fetch: its pictures show as they are.
  if (isDesktop()) return null;
  const head = await fetch(url, { method: 'HEAD' });
  const size = Number(head.headers.get('content-length') ?? 0);
  const type = head.headers.get('content-type') ?? '';
  // An animated GIF would stop moving in a copy.
  if (!head.ok || size <= PREVIEW_FROM_BYTES || type === 'image/gif') return null;
  const response = await fetch(url);
  return response.ok ? response.blob() : null;
}

/** Resolves once the picture at `url` is decoded (or cannot be: the <img> then says so). */
function decoded(url: string): Promise<void> {
  const image = new Image();
  image.src = url;
  return image.decode().catch(() => undefined);
}

async function previewUrl(src: string, url: string): Promise<string | null> {
  const original = await largeOriginal(src, url);
  const copy = original ? await downsized(original) : null;
  if (!copy) return null;
  const address = URL.createObjectURL(copy);
  // Decoded before any <img> shows it: else the frame that first paints it waits for the decode.
  await decoded(address);
  return address;
}

/**
 * Where a large picture is shown from in the text and its dialogs: a smaller copy, made off the
 * page's thread and decoded before it is drawn. Null when the original is to be shown (small,
 * animated, or the copy could not be made). The full-size view always shows the original.
 */
export function picturePreview(src: string, url: string): Promise<string | null> {
  if (!hashOfRef(src)) return Promise.resolve(null);
  let made = previews.get(src);
  if (!made) {
    made = previewUrl(src, url)
      // Not kept: a later showing tries again (the tab's cookie may just have been renewed).
      .catch(() => {
        previews.delete(src);
        return null;
      })
      .finally(() => added.delete(src));
    previews.set(src, made);
    if (previews.size > KEPT_PREVIEWS) {
      const [oldest, address] = previews.entries().next().value as [string, Promise<string | null>];
      previews.delete(oldest);
      void address.then((gone) => gone && URL.revokeObjectURL(gone));
    }
  }
  return made;
}
