import type { ReactNode } from 'react';
import {
  ANSWER_WORDS,
  VALUES_ANSWERS,
  type ValuesAnswerValue,
  type ValuesQuestion,
} from '../../../src-main/shared/values/questions';
import type { ValuesAnswer } from '../../../src-main/contract';
import { ANSWER_SYMBOL } from './words';

interface Props {
  number: number;
  question: ValuesQuestion;
  value: ValuesAnswer;
  invalid: boolean;
  onAnswer: (answer: ValuesAnswerValue) => void;
  onNote: (note: string) => void;
  children?: ReactNode;
}

/**
 * One question: a radio group named by the question itself (Yes, Partly, No) and an optional
 * note. Native radios, so arrow keys move between the answers.
 */
export function QuestionField({
  number,
  question,
  value,
  invalid,
  onAnswer,
  onNote,
  children,
}: Props) {
  const base = `vq-${question.key}`;
  return (
    <li className="vq" id={`${base}-item`}>
      <span className="vq-number" aria-hidden="true">
        {number}
      </span>
      <div className="vq-body">
        <div
          role="radiogroup"
          aria-labelledby={`${base}-question`}
          aria-describedby={`${base}-hint`}
          aria-invalid={invalid ? true : undefined}
          className="vq-group"
        >
          <p id={`${base}-question`} className="vq-question">
            {question.question}
          </p>
          <p id={`${base}-hint`} className="vq-hint">
            {question.hint}
          </p>
          <div className="vq-options">
            {VALUES_ANSWERS.map((answer) => (
              <label key={answer} className={`vq-option vq-option-${answer}`}>
                <input
                  type="radio"
                  name={base}
                  value={answer}
                  checked={value.answer === answer}
                  onChange={() => onAnswer(answer)}
                />
                <span aria-hidden="true" className="vq-symbol">
                  {ANSWER_SYMBOL[answer]}
                </span>
                {ANSWER_WORDS[answer]}
              </label>
            ))}
          </div>
          {invalid && (
            <p className="field-error" id={`${base}-error`}>
              Choose Yes, Partly or No.
            </p>
          )}
        </div>
        {children}
        <label className="vq-note">
          <span>
            Note <span className="visually-hidden">on {question.label}</span>
            <span className="vq-optional"> (optional)</span>
          </span>
          <textarea
            rows={2}
            maxLength={4000}
            value={value.note}
            onChange={(event) => onNote(event.target.value)}
          />
        </label>
      </div>
    </li>
  );
}
