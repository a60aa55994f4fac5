import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { sanitizePastedHtml } from './sanitize-paste';

/** Every paste of HTML into the editor goes through the sanitizer before the schema sees it. */
export const SafePaste = Extension.create({
  name: 'safePaste',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('safePaste'),
        props: { transformPastedHTML: (html) => sanitizePastedHtml(html) },
      }),
    ];
  },
});
