import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { PROMPT_CATEGORIES, promptsIn, type Prompt } from '../../../src-main/shared/prompts';
import { focusEditorSoon } from '../../editor/focus';
import { Dialog } from '../../ui/Dialog';
import './prompts.css';

function PromptList({ onChoose }: { onChoose: (prompt: Prompt) => void }) {
  return (
    <div className="prompt-picker">
      <p className="prompt-picker-intro">
        Choose a question to write under. It goes in as its own block; your answer goes below it.
      </p>
      {PROMPT_CATEGORIES.map((category) => (
        <section key={category.id} aria-labelledby={`prompt-cat-${category.id}`}>
          <h3 id={`prompt-cat-${category.id}`}>{category.label}</h3>
          <p className="prompt-category-hint">{category.description}</p>
          <ul>
            {promptsIn(category.id).map((prompt) => (
              <li key={prompt.id}>
                <button type="button" className="prompt-choice" onClick={() => onChoose(prompt)}>
                  {prompt.text}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** *Insert prompt*: picks a guided prompt and puts it into the entry where the cursor is. */
export function InsertPrompt({ editor }: { editor: Editor }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="tool tool-text" onClick={() => setOpen(true)}>
        Insert prompt
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Insert a prompt" closeOnBackdrop>
        <PromptList
          onChoose={(prompt) => {
            setOpen(false);
            editor.commands.insertPrompt(prompt);
            focusEditorSoon(editor);
          }}
        />
      </Dialog>
    </>
  );
}
