import { mergeAttributes, Node } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

/** Prompt ids are ours (`self-enjoy`); anything else read from a document is dropped. */
const PROMPT_ID = /^[a-z0-9-]{1,64}$/;

export function validPromptId(value: unknown): string | null {
  return typeof value === 'string' && PROMPT_ID.test(value) ? value : null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    prompt: {
      /**
       * Puts a prompt block after the block holding the cursor (in place of it when that is an
       * empty paragraph), followed by an empty paragraph where the cursor goes to answer.
       */
      insertPrompt: (prompt: { id: string; text: string }) => ReturnType;
    };
  }
}

/**
 * A guided prompt inside an entry: a distinct block holding the question as plain text (no
 * marks), stored as `{type: 'prompt', attrs: {promptId}}`. Its text is part of the entry's plain
 * text, so it is searched and counted like any other line.
 */
export const PromptBlock = Node.create({
  name: 'prompt',
  group: 'block',
  content: 'text*',
  marks: '',
  defining: true,

  addAttributes() {
    return {
      promptId: {
        default: null,
        parseHTML: (element) => validPromptId(element.getAttribute('data-prompt-id')),
        renderHTML: (attributes) => {
          const id = validPromptId(attributes.promptId);
          return id ? { 'data-prompt-id': id } : {};
        },
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="prompt"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(HTMLAttributes, { 'data-type': 'prompt', class: 'prompt-block' }),
      0,
    ];
  },

  addCommands() {
    return {
      insertPrompt:
        (prompt) =>
        ({ state, tr, dispatch }) => {
          const { schema, selection } = state;
          const promptType = schema.nodes.prompt;
          const paragraphType = schema.nodes.paragraph;
          if (!promptType || !paragraphType || prompt.text === '') return false;
          const block = promptType.create(
            { promptId: validPromptId(prompt.id) },
            schema.text(prompt.text),
          );
          const $from = selection.$from;
          let from = selection.from;
          let to = selection.from;
          if ($from.depth > 0) {
            const top = $from.node(1);
            const emptyParagraph = top.type === paragraphType && top.content.size === 0;
            from = emptyParagraph ? $from.before(1) : $from.after(1);
            to = emptyParagraph ? $from.after(1) : from;
          }
          if (dispatch) {
            tr.replaceWith(from, to, [block, paragraphType.create()]);
            tr.setSelection(TextSelection.create(tr.doc, from + block.nodeSize + 1));
            tr.scrollIntoView();
          }
          return true;
        },
    };
  },
});
