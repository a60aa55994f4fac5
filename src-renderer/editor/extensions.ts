import Highlight from '@tiptap/extension-highlight';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import Typography from '@tiptap/extension-typography';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import type { Extensions } from '@tiptap/core';
import { isAllowedLink } from '../../src-main/shared/links';
import { AttachmentUpload } from './extensions/attachment-upload/attachment-upload';
import { FileCard } from './extensions/file-card/file-card-node';
import { Picture } from './extensions/picture/picture-node';
import { NestingLimit } from './nesting-limit';
import { PromptBlock } from './prompt-node';
import { SafePaste } from './safe-paste';

export { isAllowedLink };

/**
 * The one extension set for rich text: the editor, rendering stored JSON, and printing all use it, so
 * what is stored can only ever be shown as one of these nodes and marks. Pasted HTML is sanitized
 * first (SafePaste); stored JSON goes through safeDoc (safe-doc.ts) before it is shown.
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
    PromptBlock,
    Picture,
    FileCard,
    AttachmentUpload,
    SafePaste,
    NestingLimit,
    Placeholder.configure({ placeholder: options.placeholder ?? 'Write…' }),
  ];
}

/** Module scope: created once, never per render. */
export const ENTRY_PLACEHOLDER = 'What happened, what did you learn, where are you heading?';
export const ENTRY_EXTENSIONS = richTextExtensions({ placeholder: ENTRY_PLACEHOLDER });
