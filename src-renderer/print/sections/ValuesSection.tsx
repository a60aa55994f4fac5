/**
 * The values scorecard: each chosen aspiration's latest check against the person's values — the
 * fit, every answer and its note. Private by default: the model holds values only when the person
 * ticks "Include values", and only for aspirations that have a saved check.
 */
import { ANSWER_WORDS, VALUES_QUESTIONS } from '../../../src-main/shared/values/questions';
import type { PrintBlock } from '../blocks';
import { dateInWords } from '../dates';
import type { PrintModel } from '../model';
import { partHeading } from './part-heading';
import type { PrintSection } from './section';

export const VALUES_AVAILABLE = true;

export const valuesSection: PrintSection = {
  id: 'values',
  blocks(model: PrintModel) {
    if (model.values.length === 0) return [];
    const blocks: PrintBlock[] = [partHeading('values', 'Values check')];
    for (const card of model.values) {
      const check = card.latest;
      if (!check) continue;
      const group = `values-${card.aspiration.id}`;
      blocks.push({
        key: `${group}-head`,
        group,
        keepWithNext: true,
        className: 'vx-head',
        node: (
          <h3>
            {card.aspiration.title}{' '}
            <span className="vx-meta">
              · {check.fit.label} · checked {dateInWords(check.checkedOn)}
            </span>
          </h3>
        ),
      });
      for (const question of VALUES_QUESTIONS) {
        const answer = check.answers[question.key];
        if (!answer) continue;
        blocks.push({
          key: `${group}-${question.key}`,
          group,
          className: 'vx-row',
          node: (
            <p>
              <strong>{question.label}:</strong>{' '}
              {answer.answer ? ANSWER_WORDS[answer.answer] : 'Not answered'}
              {answer.note ? <span className="vx-note"> — {answer.note}</span> : null}
            </p>
          ),
        });
      }
      if (check.excitement !== null || check.fear !== null) {
        blocks.push({
          key: `${group}-ratings`,
          group,
          className: 'vx-row',
          node: (
            <p>
              <strong>Excitement</strong> {check.excitement ?? '–'} of 5 · <strong>Fear</strong>{' '}
              {check.fear ?? '–'} of 5
            </p>
          ),
        });
      }
    }
    return blocks;
  },
};
