import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useEffectEvent } from 'react';
import type { RichTextNode } from '../../../src-main/contract';
import { richTextExtensions } from '../../editor/extensions';
import { Toolbar } from '../../editor/Toolbar';

/** The shared rich-text extension set, made once. */
const STATEMENT_EXTENSIONS = richTextExtensions({
  placeholder:
    'Where do you want to end up, and why? What do you enjoy, what are you good at, what do you bring?',
});

/**
 * An aspiration's statement: rich text with the same toolbar and rules as the journal. It shows
 * `content` when made and again whenever `content` changes (the form took a merged statement).
 */
export function StatementEditor({
  content,
  onChange,
  labelledBy,
}: {
  content: RichTextNode;
  onChange: (doc: RichTextNode) => void;
  labelledBy: string;
}) {
  const editor = useEditor({
    extensions: STATEMENT_EXTENSIONS,
    content,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    editorProps: {
      attributes: {
        'aria-labelledby': labelledBy,
        role: 'textbox',
        'aria-multiline': 'true',
        class: 'prose statement-body',
        spellcheck: 'true',
      },
    },
  });
  const changed = useEffectEvent(() => {
    if (editor) onChange(editor.getJSON() as RichTextNode);
  });
  useEffect(() => {
    if (!editor) return;
    const onUpdate = () => changed();
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
    };
  }, [editor]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (editor.schema.nodeFromJSON(content).eq(editor.state.doc)) return;
    editor.commands.setContent(content, { emitUpdate: false });
  }, [editor, content]);

  return (
    <div className="statement-editor">
      {editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} className="statement-content" />
    </div>
  );
}
