/**
 * Makes a smaller copy of a large picture, off the page's thread: decoding a 20 MB photo and
 * scaling it there would hold up typing for a second. Answers `blob: null` when the picture is
 * already small enough or cannot be read (the page then shows the original).
 */
interface PreviewJob {
  id: number;
  blob: Blob;
  width: number;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PreviewJob>) => void) | null;
  postMessage(message: { id: number; blob: Blob | null }): void;
};

async function preview(blob: Blob, width: number): Promise<Blob | null> {
  const bitmap = await createImageBitmap(blob);
  try {
    if (bitmap.width <= width) return null;
    const height = Math.max(1, Math.round((bitmap.height * width) / bitmap.width));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    // A photo stays JPEG (quick to decode); anything else WebP, which keeps transparency.
    const type = blob.type === 'image/jpeg' ? 'image/jpeg' : 'image/webp';
    return await canvas.convertToBlob({ type, quality: 0.85 });
  } finally {
    bitmap.close();
  }
}

scope.onmessage = (event) => {
  const { id, blob, width } = event.data;
  preview(blob, width).then(
    (made) => scope.postMessage({ id, blob: made }),
    () => scope.postMessage({ id, blob: null }),
  );
};
