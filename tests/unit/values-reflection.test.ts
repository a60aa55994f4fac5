import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../../src-main/contract/schemas';
import { plainTextOf, titleOf } from '../../src-main/shared/rich-text';
import { QUESTION_BY_KEY } from '../../src-main/shared/values/questions';
import { reflectionDoc, weakQuestions } from '../../src-main/values/reflection';
import { fitScore } from '../../src-main/shared/values/rules';
import { answersOf } from './values-helpers';

function source(answers = answersOf(), excitement: number | null = 4, fear: number | null = 2) {
  return {
    aspirationTitle: 'Creative director',
    checkedOn: '2026-06-05',
    answers,
    excitement,
    fear,
    fit: fitScore(answers),
  };
}

const headings = (doc: RichTextNode, level: number) =>
  (doc.content ?? [])
    .filter((node) => node.type === 'heading' && node.attrs?.level === level)
    .map((node) => node.content?.map((t) => t.text).join(''));

describe('the prefilled reflection', () => {
  it('turns each question answered No or Partly into a heading with the answer and a prompt, in order', () => {
    const answers = answersOf({ realism: 'no', passion: 'partly' });
    const doc = reflectionDoc(source(answers));
    expect(doc.type).toBe('doc');
    expect(headings(doc, 3)).toEqual([
      QUESTION_BY_KEY.passion.question,
      QUESTION_BY_KEY.realism.question,
    ]);
    const text = plainTextOf(doc);
    expect(text).toContain('You answered Partly.');
    expect(text).toContain('You answered No.');
    expect(text).toContain(QUESTION_BY_KEY.passion.prompt);
    expect(text).toContain(QUESTION_BY_KEY.realism.prompt);
    expect(text).toContain('2 answers were not a clear yes.');
    // The questions answered Yes are not prompts.
    expect(text).not.toContain(QUESTION_BY_KEY.growth.question);
  });

  it('is titled after the aspiration and dated by the check, with its fit and ratings', () => {
    const doc = reflectionDoc(source(answersOf({ honesty: 'no' }), 2, 5));
    const text = plainTextOf(doc);
    expect(titleOf(text)).toBe('Values check: Creative director');
    expect(text).toContain(
      'From the check of 5 June 2026 — fit 88%. Excitement 2 of 5, fear 5 of 5.',
    );
    expect(text).toContain('One answer was not a clear yes.');
  });

  it('quotes the note given with a weak answer, one paragraph per line, and leaves room to write', () => {
    const answers = answersOf({ passion: 'no' }, 'yes', {
      passion: 'Too much admin.\n\n  I miss drawing.  ',
      growth: 'A yes note is not a prompt',
    });
    const doc = reflectionDoc(source(answers));
    const quote = doc.content?.find((node) => node.type === 'blockquote');
    expect(quote?.content?.map((p) => p.content?.[0]?.text)).toEqual([
      'Too much admin.',
      'I miss drawing.',
    ]);
    expect(plainTextOf(doc)).not.toContain('A yes note is not a prompt');
    // After the prompt, an empty paragraph to write in.
    const last = doc.content?.at(-1);
    expect(last).toEqual({ type: 'paragraph' });
  });

  it('asks one open question when every answer was Yes', () => {
    const doc = reflectionDoc(source(answersOf()));
    expect(headings(doc, 3)).toEqual([]);
    expect(plainTextOf(doc)).toContain('Every answer was a clear yes.');
  });

  it('uses only nodes and marks of the shared editor set, and never an empty text node', () => {
    const doc = reflectionDoc(source(answersOf({}, 'partly', { independence: 'x' }), null, null));
    const allowed = new Set(['doc', 'heading', 'paragraph', 'blockquote', 'text']);
    const stack: RichTextNode[] = [doc];
    while (stack.length > 0) {
      const node = stack.pop() as RichTextNode;
      expect(allowed.has(node.type)).toBe(true);
      if (node.type === 'text') expect(node.text?.length).toBeGreaterThan(0);
      for (const mark of node.marks ?? []) expect(mark.type).toBe('italic');
      stack.push(...(node.content ?? []));
    }
    expect(plainTextOf(doc)).not.toContain('Excitement');
  });

  it('lists weak questions in the order the check asks them', () => {
    expect(weakQuestions(answersOf({ excitementFear: 'no', independence: 'partly' }))).toEqual([
      { key: 'independence', answer: 'partly' },
      { key: 'excitementFear', answer: 'no' },
    ]);
  });
});
