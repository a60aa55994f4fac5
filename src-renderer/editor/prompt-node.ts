import { mergeAttributes, Node } from '@tiptap/core';

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
        ({ state, tr, dispatch, commands }) => {
          const promptType = state.schema.nodes.prompt;
          if (!promptType || prompt.text === '') return false;
          const $from = state.selection.$from;
          const top = $from.depth > 0 ? $from.node(1) : null;
          if (top && top.type.name === 'paragraph' && top.content.size === 0) {
            // The cursor is in an empty paragraph: the prompt goes before it and the cursor stays
            // where it is, ready for the answer. (Replacing the paragraph the caret is in can leave
            // Chrome typing into the wrong node of a freshly opened editor.)
            if (dispatch) {
              const block = promptType.create(
                { promptId: validPromptId(prompt.id) },
                state.schema.text(prompt.text),
              );
              tr.insert($from.before(1), block).scrollIntoView();
            }
            return true;
          }
          const at = top ? $from.after(1) : state.selection.from;
          // insertContentAt leaves the cursor at the end of what it inserted: the empty answer.
          return commands.insertContentAt(at, [
            {
              type: 'prompt',
              attrs: { promptId: validPromptId(prompt.id) },
              content: [{ type: 'text', text: prompt.text }],
            },
            { type: 'paragraph' },
          ]);
        },
    };
  },
});
