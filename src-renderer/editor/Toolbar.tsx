import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useToast } from '../ui/toast';
import { useRovingToolbar } from '../ui/use-roving-toolbar';
import { isAllowedLink } from './extensions';
import { selectToolbarState, type ToolbarState } from './toolbar-state';

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

interface ToolButton {
  label: string;
  /** The accessible name when the visible text is not a word of `label` (WCAG 2.5.3). */
  name?: string;
  shortcut?: string;
  text: string;
  active: keyof ToolbarState;
  run: (editor: Editor) => void;
}

const BUTTONS: (ToolButton | 'sep')[] = [
  {
    label: 'Bold',
    shortcut: `${MOD}B`,
    text: 'B',
    active: 'bold',
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    label: 'Italic',
    shortcut: `${MOD}I`,
    text: 'I',
    active: 'italic',
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    label: 'Underline',
    shortcut: `${MOD}U`,
    text: 'U',
    active: 'underline',
    run: (e) => e.chain().focus().toggleUnderline().run(),
  },
  {
    label: 'Strikethrough',
    shortcut: `${MOD}Shift+S`,
    text: 'S',
    active: 'strike',
    run: (e) => e.chain().focus().toggleStrike().run(),
  },
  {
    label: 'Highlight',
    shortcut: `${MOD}Shift+H`,
    text: 'H',
    active: 'highlight',
    run: (e) => e.chain().focus().toggleHighlight().run(),
  },
  'sep',
  {
    label: 'Heading 1',
    name: 'H1 Heading 1',
    shortcut: `${MOD}Alt+1`,
    text: 'H1',
    active: 'heading1',
    run: (e) => e.chain().focus().toggleHeading({ level: 1 }).run(),
  },
  {
    label: 'Heading 2',
    name: 'H2 Heading 2',
    shortcut: `${MOD}Alt+2`,
    text: 'H2',
    active: 'heading2',
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: 'Heading 3',
    name: 'H3 Heading 3',
    shortcut: `${MOD}Alt+3`,
    text: 'H3',
    active: 'heading3',
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  'sep',
  {
    label: 'Bullet list',
    shortcut: `${MOD}Shift+8`,
    text: '•',
    active: 'bulletList',
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    label: 'Numbered list',
    name: '1. Numbered list',
    shortcut: `${MOD}Shift+7`,
    text: '1.',
    active: 'orderedList',
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    label: 'Task list',
    shortcut: `${MOD}Shift+9`,
    text: '☐',
    active: 'taskList',
    run: (e) => e.chain().focus().toggleTaskList().run(),
  },
  {
    label: 'Quote',
    shortcut: `${MOD}Shift+B`,
    text: '❝',
    active: 'blockquote',
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
];

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const [url, setUrl] = useState<string>(
    () => (editor.getAttributes('link').href as string | undefined) ?? '',
  );
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = url.trim();
    if (value === '') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      return onDone();
    }
    const href = /^[a-z]+:/i.test(value) ? value : `https://${value}`;
    if (!isAllowedLink(href)) {
      setError('Links can point to web pages (http, https) or e-mail addresses (mailto) only.');
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    onDone();
  };
  return (
    <form
      className="link-form"
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onDone()}
    >
      <label>
        Link address
        <input
          autoFocus
          type="text"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          placeholder="https://…"
          aria-invalid={error ? true : undefined}
        />
      </label>
      <button type="submit">Apply link</button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/**
 * Formatting controls, each a named button that shows whether it is on (aria-pressed). `children`
 * are a feature's own controls (Insert prompt), placed at the end.
 */
const NOTICE_MS = 6000;

/** Says why Tab or a change did nothing when it would nest the text deeper than Waymark stores. */
function useNestingNotice(editor: Editor) {
  const toast = useToast();
  useEffect(() => {
    // Tab pressed again and again says it once, not once per key.
    let last = { message: '', at: 0 };
    const show = ({ message }: { message: string }) => {
      const now = Date.now();
      if (message === last.message && now - last.at < NOTICE_MS) return;
      last = { message, at: now };
      toast({ message }, NOTICE_MS);
    };
    editor.on('nestingRefused', show);
    return () => {
      editor.off('nestingRefused', show);
    };
  }, [editor, toast]);
}

/** Alt+F10 in the text moves to the toolbar (the WAI-ARIA editor convention). */
function useToolbarKeys(editor: Editor, focusToolbar: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.key === 'F10') {
        event.preventDefault();
        focusToolbar();
      }
    };
    const dom = editor.view.dom;
    dom.addEventListener('keydown', onKey);
    return () => dom.removeEventListener('keydown', onKey);
  }, [editor, focusToolbar]);
}

export function Toolbar({ editor, children }: { editor: Editor; children?: ReactNode }) {
  const state = useEditorState({ editor, selector: selectToolbarState });
  const [linkOpen, setLinkOpen] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  const roving = useRovingToolbar(bar);
  useNestingNotice(editor);
  useToolbarKeys(editor, roving.focusToolbar);
  if (!state) return null;
  return (
    <div className="toolbar-wrap">
      <div
        className="toolbar"
        role="toolbar"
        aria-label="Formatting"
        aria-keyshortcuts="Alt+F10"
        ref={bar}
        onKeyDown={(event) => {
          // A dialog opened from a toolbar button (Mark as achievement, Link) sits inside the bar:
          // its keys (Escape, arrows in its fields) are its own, never the toolbar's.
          if (event.target instanceof Element && event.target.closest('dialog')) return;
          // Escape goes back to the text, where the caret was.
          if (event.key === 'Escape' && event.target !== event.currentTarget) {
            event.preventDefault();
            editor.commands.focus();
            return;
          }
          roving.onKeyDown(event);
        }}
        onFocus={roving.onFocus}
      >
        {BUTTONS.map((button, index) =>
          button === 'sep' ? (
            <span key={`sep-${index}`} className="toolbar-sep" aria-hidden="true" />
          ) : (
            <button
              key={button.label}
              type="button"
              className={`tool tool-${button.active}`}
              aria-label={button.name ?? button.label}
              aria-pressed={state[button.active] as boolean}
              title={button.shortcut ? `${button.label} (${button.shortcut})` : button.label}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => button.run(editor)}
            >
              {button.text}
            </button>
          ),
        )}
        <span className="toolbar-sep" aria-hidden="true" />
        <button
          type="button"
          className="tool"
          aria-label="Link"
          aria-pressed={state.link}
          title="Link"
          onClick={() => setLinkOpen((open) => !open)}
        >
          <svg
            width="16"
            height="16"
            viewBox="0 0 24 24"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          >
            <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
            <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
          </svg>
        </button>
        <button
          type="button"
          className="tool"
          aria-label="Undo"
          title={`Undo (${MOD}Z)`}
          disabled={!state.canUndo}
          onClick={() => editor.chain().focus().undo().run()}
        >
          ↶
        </button>
        <button
          type="button"
          className="tool"
          aria-label="Redo"
          title={`Redo (${MOD}Shift+Z)`}
          disabled={!state.canRedo}
          onClick={() => editor.chain().focus().redo().run()}
        >
          ↷
        </button>
        {children && <span className="toolbar-sep" aria-hidden="true" />}
        {children}
      </div>
      {linkOpen && <LinkForm editor={editor} onDone={() => setLinkOpen(false)} />}
    </div>
  );
}
