import type { Editor } from '@tiptap/react';
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../ui/Dialog';
import { usePictureSource } from './use-picture-source';

export interface DescribeRequest {
  pos: number;
  src: string;
  alt: string;
  caption: string;
  isNew: boolean;
}

/** The picture at `pos`, or (when the text moved meanwhile) the first one with the same reference. */
function picturePos(editor: Editor, request: DescribeRequest): number | null {
  const at = editor.state.doc.nodeAt(request.pos);
  if (at?.type.name === 'image' && at.attrs.src === request.src) return request.pos;
  let found: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.type.name === 'image' && node.attrs.src === request.src) found = pos;
    return true;
  });
  return found;
}

/**
 * Asks once, as a picture comes in, what it shows (its description, read out to people who cannot
 * see it, and searched), with an optional caption; the picture's Description… button asks again.
 */
export function DescribePicture({
  editor,
  request,
  onClose,
}: {
  editor: Editor;
  request: DescribeRequest;
  onClose: () => void;
}) {
  const [alt, setAlt] = useState(request.alt);
  const [caption, setCaption] = useState(request.caption);
  const hintId = useId();
  const save = (event: FormEvent) => {
    event.preventDefault();
    const pos = picturePos(editor, request);
    if (pos !== null) {
      const node = editor.state.doc.nodeAt(pos);
      editor.view.dispatch(
        editor.state.tr.setNodeMarkup(pos, undefined, {
          ...node?.attrs,
          alt: alt.trim(),
          caption: caption.trim(),
        }),
      );
    }
    onClose();
  };
  const url = usePictureSource(request.src);
  return (
    <Dialog
      title={request.isNew ? 'Describe this picture' : 'Picture description'}
      onClose={onClose}
      describedBy={hintId}
      closeText={request.isNew ? 'Not now' : undefined}
    >
      <form className="describe-picture" onSubmit={save}>
        {url && <img className="describe-picture-preview" src={url} alt="" />}
        <p id={hintId} className="settings-hint">
          A few words on what the picture shows. They are read out to people who cannot see it, and
          search finds the entry by them.
        </p>
        <label className="describe-field">
          Description
          <textarea
            data-autofocus
            rows={2}
            maxLength={2000}
            value={alt}
            onChange={(event) => setAlt(event.target.value)}
          />
        </label>
        <label className="describe-field">
          Caption (optional)
          <input
            type="text"
            maxLength={2000}
            value={caption}
            onChange={(event) => setCaption(event.target.value)}
          />
        </label>
        <div className="describe-actions">
          <button type="submit" className="button-primary">
            Save description
          </button>
        </div>
      </form>
    </Dialog>
  );
}
