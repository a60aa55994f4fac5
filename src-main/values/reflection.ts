/**
 * *Reflect on this*: a journal entry prefilled from a values check. The questions answered No or
 * Partly become headings to write under, each with the person's answer, their note and a prompt;
 * a check with nothing but Yes gets one open question instead. Only nodes of the shared extension
 * set are used (heading, paragraph, blockquote, italic), so the editor shows it as is.
 */
import type { RichTextNode } from '../contract/schemas';
import type { FitScore, ValuesAnswers } from '../contract/values';
import { dateInWords } from '../shared/date-words';
import {
  ANSWER_WORDS,
  VALUES_QUESTIONS,
  type ValuesAnswerValue,
  type ValuesQuestionKey,
} from '../shared/values/questions';

export interface ReflectionSource {
  aspirationTitle: string;
  checkedOn: string;
  answers: ValuesAnswers;
  excitement: number | null;
  fear: number | null;
  fit: FitScore;
}

const text = (value: string, italic = false): RichTextNode =>
  italic
    ? { type: 'text', text: value, marks: [{ type: 'italic' }] }
    : { type: 'text', text: value };

const paragraph = (...content: RichTextNode[]): RichTextNode =>
  content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };

const heading = (level: 2 | 3, value: string): RichTextNode => ({
  type: 'heading',
  attrs: { level },
  content: [text(value)],
});

/** A note as a quote, one paragraph per line it was written in. */
function quote(note: string): RichTextNode {
  const lines = note
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return { type: 'blockquote', content: lines.map((line) => paragraph(text(line))) };
}

/** The questions not answered Yes, in the order the check asks them. */
export function weakQuestions(
  answers: ValuesAnswers,
): { key: ValuesQuestionKey; answer: ValuesAnswerValue }[] {
  return VALUES_QUESTIONS.flatMap((question) => {
    const answer = answers[question.key].answer;
    return answer === 'no' || answer === 'partly' ? [{ key: question.key, answer }] : [];
  });
}

export function reflectionDoc(source: ReflectionSource): RichTextNode {
  const weak = weakQuestions(source.answers);
  const ratings =
    source.excitement !== null && source.fear !== null
      ? ` Excitement ${source.excitement} of 5, fear ${source.fear} of 5.`
      : '';
  const content: RichTextNode[] = [
    heading(2, `Values check: ${source.aspirationTitle}`),
    paragraph(
      text(
        `From the check of ${dateInWords(source.checkedOn)} — ${source.fit.label.toLowerCase()}.${ratings}`,
      ),
    ),
  ];

  if (weak.length === 0) {
    content.push(
      paragraph(
        text(
          'Every answer was a clear yes. What makes this aspiration fit you so well, and what could change that?',
          true,
        ),
      ),
      paragraph(),
    );
    return { type: 'doc', content };
  }

  content.push(
    paragraph(
      text(
        weak.length === 1
          ? 'One answer was not a clear yes. Take your time with it.'
          : `${weak.length} answers were not a clear yes. Take them one at a time.`,
      ),
    ),
  );
  for (const { key, answer } of weak) {
    const question = VALUES_QUESTIONS.find((q) => q.key === key);
    if (!question) continue;
    content.push(
      heading(3, question.question),
      paragraph(text(`You answered ${ANSWER_WORDS[answer]}.`)),
    );
    const note = source.answers[key].note.trim();
    if (note !== '') content.push(quote(note));
    content.push(paragraph(text(question.prompt, true)), paragraph());
  }
  return { type: 'doc', content };
}
