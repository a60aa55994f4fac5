import { useEffect, useState } from 'react';
import { attachmentUrl, ensureAttachmentAccess } from '../../editor/extensions/attachment-url';
import { picturePreview } from '../../editor/extensions/picture/preview';

/**
 * Where a small showing of a kept picture loads from: the smaller copy of a large picture (made
 * off the page's thread), else the picture itself. Null until it is known.
 */
export function usePictureSource(src: string): string | null {
  const url = attachmentUrl(src);
  const [shown, setShown] = useState<string | null>(null);
  useEffect(() => {
    if (!url) return;
    let live = true;
    void ensureAttachmentAccess()
      .then(() => picturePreview(src, url))
      .then((preview) => live && setShown(preview ?? url));
    return () => {
      live = false;
    };
  }, [src, url]);
  return shown;
}
