import { describe, expect, it } from 'vitest';
import { richTextDoc } from '../../src-main/contract/schemas';
import {
  choosePromptFor,
  docWithPrompt,
  PROMPT_CATEGORIES,
  promptById,
  PROMPTS,
  promptsIn,
} from '../../src-main/shared/prompts';
import { plainTextOf } from '../../src-main/shared/rich-text';

describe('the prompt library', () => {
  it('has unique ids, prompts in every category and one SMART prompt per letter', () => {
    expect(new Set(PROMPTS.map((p) => p.id)).size).toBe(PROMPTS.length);
    for (const category of PROMPT_CATEGORIES) {
      expect(promptsIn(category.id).length, category.id).toBeGreaterThanOrEqual(3);
    }
    expect(promptsIn('smart').map((p) => p.letter)).toEqual(['S', 'M', 'A', 'R', 'T']);
    for (const id of ['self-enjoy', 'self-talents', 'self-bring']) {
      expect(promptById(id)?.category).toBe('self-knowledge');
    }
  });

  it('writes each prompt as a question or an invitation of reasonable length', () => {
    for (const prompt of PROMPTS) {
      expect(prompt.text.length, prompt.id).toBeLessThan(160);
      expect(prompt.text, prompt.id).toMatch(/[?.]$/);
    }
  });

  it('makes a document with the prompt block and a paragraph to answer in', () => {
    const prompt = promptById('self-enjoy')!;
    const doc = docWithPrompt(prompt);
    expect(richTextDoc.safeParse(doc).success).toBe(true);
    expect(doc.content?.[0]).toMatchObject({ type: 'prompt', attrs: { promptId: 'self-enjoy' } });
    expect(doc.content?.[1]).toEqual({ type: 'paragraph' });
    expect(plainTextOf(doc)).toBe(prompt.text);
  });
});

describe('choosing a prompt for an aspiration or a goal', () => {
  it('asks about the first empty SMART field of a goal', () => {
    expect(choosePromptFor({ kind: 'goal', missingSmart: ['T', 'M'] }).id).toBe('smart-measurable');
    expect(choosePromptFor({ kind: 'goal', missingSmart: ['S'] }).letter).toBe('S');
  });

  it('fits the prompt to the state of the goal or aspiration', () => {
    expect(choosePromptFor({ kind: 'goal', overdue: true }).letter).toBe('R');
    expect(choosePromptFor({ kind: 'goal', status: 'in_progress' }).letter).toBe('A');
    expect(choosePromptFor({ kind: 'goal', status: 'done' }).id).toBe('check-next');
    expect(choosePromptFor({ kind: 'goal', status: 'dropped' }).category).toBe('career-change');
    expect(choosePromptFor({ kind: 'aspiration' }).category).toBe('aspiration');
    expect(choosePromptFor({ kind: 'aspiration', valuesChecked: true }).category).toBe(
      'self-check',
    );
    expect(choosePromptFor({ kind: 'aspiration', status: 'retired' }).category).toBe(
      'career-change',
    );
  });

  it('avoids recently used prompts while another one fits, and repeats rather than fail', () => {
    const first = choosePromptFor({ kind: 'aspiration' });
    const second = choosePromptFor({ kind: 'aspiration' }, { avoid: [first.id] });
    expect(second.id).not.toBe(first.id);
    expect(second.category).toBe('aspiration');
    const all = promptsIn('aspiration').map((p) => p.id);
    expect(choosePromptFor({ kind: 'aspiration' }, { avoid: all }).id).toBe(first.id);
  });
});
