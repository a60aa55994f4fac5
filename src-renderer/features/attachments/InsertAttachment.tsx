import type { Editor } from '@tiptap/react';
import { useRef } from 'react';

/** *Insert picture or file…*: a file chooser; what is chosen goes in where the cursor is. */
export function InsertAttachment({ editor }: { editor: Editor }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="tool tool-text"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => input.current?.click()}
      >
        Insert picture or file…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label="Choose pictures or files to add"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) editor.commands.insertAttachments(files);
        }}
      />
    </>
  );
}
