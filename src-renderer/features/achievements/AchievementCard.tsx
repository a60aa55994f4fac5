import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AchievementView } from '../../../src-main/contract';
import { amountWithUnit } from '../../../src-main/shared/achievements/resume-line';
import { dateInWords } from '../../../src-main/shared/date-words';
import { write } from '../../api/effects';
import { planHref } from '../../ui/plan-route';
import { useToast } from '../../ui/toast';
import { hrefFor } from '../../ui/use-route';
import { ResumeLineEditor } from './ResumeLineEditor';
import { FormError } from '../../ui/FormError';

/** One achievement: its result, when, what it served, where it came from, and its résumé line. */
export function AchievementCard({ achievement }: { achievement: AchievementView }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const titleId = `achievement-${achievement.id}`;
  const { entry, goal, aspiration } = achievement;

  const remove = async () => {
    try {
      await write(queryClient, 'achievements:delete', { id: achievement.id });
      toast({
        message: `Deleted “${achievement.result}”.`,
        action: {
          label: 'Undo',
          run: () => void write(queryClient, 'achievements:restore', { id: achievement.id }),
        },
      });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'It could not be deleted.');
    }
  };

  return (
    <li className="card achievement-card" aria-labelledby={titleId}>
      <header className="achievement-head">
        <h2 id={titleId}>{achievement.result}</h2>
        <time dateTime={achievement.happenedOn}>{dateInWords(achievement.happenedOn)}</time>
      </header>
      <p className="achievement-meta">
        {achievement.metricValue !== null && (
          <span className="achievement-number">
            {amountWithUnit(achievement.metricValue, achievement.metricUnit)}
          </span>
        )}
        {aspiration && <span>Serves {aspiration.title}</span>}
        {achievement.tags.map((tag) => (
          <span key={tag} className="achievement-tag">
            #{tag}
          </span>
        ))}
      </p>
      <p className="achievement-links">
        {entry && (
          <a href={hrefFor('journal', entry.id)}>Open entry “{entry.title || 'Untitled'}”</a>
        )}
        {goal && (
          <a href={planHref(goal.aspirationId, goal.id)}>
            {achievement.source === 'goal' ? 'Open the goal done' : 'Open goal'} “{goal.title}”
          </a>
        )}
      </p>
      <ResumeLineEditor
        key={`${achievement.resumeLine ?? ''}|${achievement.updatedAt}`}
        achievement={achievement}
        onSave={async (line) => {
          await write(queryClient, 'achievements:update', { id: achievement.id, resumeLine: line });
        }}
      />
      <div className="achievement-actions">
        <button
          type="button"
          className="button-quiet"
          aria-describedby={titleId}
          onClick={() => void remove()}
        >
          Delete
        </button>
      </div>
      <FormError message={error} />
    </li>
  );
}
