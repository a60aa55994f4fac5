import Highlight from '@tiptap/extension-highlight';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import Typography from '@tiptap/extension-typography';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import type { Extensions } from '@tiptap/core';

const ALLOWED_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** Links may point to the web or to an e-mail address; nothing else survives (no javascript:, data:). */
export function isAllowedLink(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.includes(new URL(url.trim()).protocol);
  } catch {
    return false;
  }
}

/**
 * The one extension set for rich text: the editor, rendering stored JSON, and printing all use it, so
 * what is stored can only ever be shown as one of these nodes and marks.
 */
export function richTextExtensions(options: { placeholder?: string } = {}): Extensions {
  return [
    StarterKit.configure({
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ['http', 'https', 'mailto'],
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedLink(url),
        shouldAutoLink: (url) => isAllowedLink(url.includes(':') ? url : `https://${url}`),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
    }),
    Highlight,
    Typography,
    TaskList,
    TaskItem.configure({ nested: true }),
    Placeholder.configure({ placeholder: options.placeholder ?? 'Write…' }),
  ];
}

/** Module scope: created once, never per render. */
export const ENTRY_EXTENSIONS = richTextExtensions({
  placeholder: 'What happened, what did you learn, where are you heading?',
});
