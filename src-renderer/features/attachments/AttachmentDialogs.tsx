import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { focusEditorSoon } from '../../editor/focus';
import { useToast } from '../../ui/toast';
import { DescribePicture, type DescribeRequest } from './DescribePicture';
import { PictureViewer } from './PictureViewer';
import './attachments.css';

/**
 * The dialogs a picture asks for (its description, full size), kept outside the editable text so
 * their fields never type into the entry, and the reason a file was refused.
 */
export function AttachmentDialogs({ editor }: { editor: Editor }) {
  const toast = useToast();
  const [describing, setDescribing] = useState<DescribeRequest | null>(null);
  const [viewing, setViewing] = useState<{ src: string; alt: string } | null>(null);
  useEffect(() => {
    const onRefused = ({ message }: { message: string }) =>
      toast({ message, tone: 'error' }, 10_000);
    editor.on('pictureDescribe', setDescribing);
    editor.on('pictureOpen', setViewing);
    editor.on('attachmentRefused', onRefused);
    return () => {
      editor.off('pictureDescribe', setDescribing);
      editor.off('pictureOpen', setViewing);
      editor.off('attachmentRefused', onRefused);
    };
  }, [editor, toast]);
  return (
    <>
      {describing && (
        <DescribePicture
          key={`${describing.pos}-${describing.src}`}
          editor={editor}
          request={describing}
          onClose={() => {
            setDescribing(null);
            focusEditorSoon(editor);
          }}
        />
      )}
      {viewing && <PictureViewer {...viewing} onClose={() => setViewing(null)} />}
    </>
  );
}
