import { attachmentUrl } from '../../editor/extensions/attachment-url';
import { Dialog } from '../../ui/Dialog';

/** A picture at full size, in a dialog; Escape, the close button or a press outside close it. */
export function PictureViewer({
  src,
  alt,
  onClose,
}: {
  src: string;
  alt: string;
  onClose: () => void;
}) {
  const url = attachmentUrl(src);
  return (
    <Dialog
      title={alt || 'Picture'}
      onClose={onClose}
      closeOnBackdrop
      wide
      className="picture-viewer"
    >
      {url && <img className="picture-full" src={url} alt={alt} />}
    </Dialog>
  );
}
