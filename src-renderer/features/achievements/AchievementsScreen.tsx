import { useMemo, useState } from 'react';
import type { AchievementFilter } from '../../../src-main/contract';
import { usePlanTree } from '../../api/plan-tree';
import { TagSelect } from '../tags/TagFilter';
import { AchievementCard } from './AchievementCard';
import { useAchievements } from './queries';
import './achievements.css';
import { FormError } from '../../ui/FormError';

/**
 * Achievements: what the person got done, newest first, each with the résumé line drafted from it
 * (or their own). Filtered by period, aspiration and tag.
 */
export function AchievementsScreen() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [aspirationId, setAspirationId] = useState('');
  const [tag, setTag] = useState('');
  const filter = useMemo<AchievementFilter>(() => {
    const next: AchievementFilter = {};
    if (from) next.from = from;
    if (to) next.to = to;
    if (aspirationId) next.aspirationId = aspirationId;
    if (tag) next.tag = tag;
    return next;
  }, [from, to, aspirationId, tag]);
  const list = useAchievements(filter);
  const tree = usePlanTree();
  const filtered = Object.keys(filter).length > 0;

  return (
    <div className="achievements">
      <header className="achievements-header">
        <h1>Achievements</h1>
        <p>
          What you got done, with its result and number, gathered as it happens: mark a passage in
          the journal (Ctrl+Shift+A), or mark a goal done. Each has a résumé line you can make your
          own.
        </p>
      </header>
      <div className="achievements-filters" role="group" aria-label="Filter achievements">
        <label>
          From
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label>
          To
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
        <label>
          Aspiration
          <select value={aspirationId} onChange={(event) => setAspirationId(event.target.value)}>
            <option value="">All</option>
            {(tree.data?.aspirations ?? []).map((aspiration) => (
              <option key={aspiration.id} value={aspiration.id}>
                {aspiration.title}
              </option>
            ))}
          </select>
        </label>
        <TagSelect value={tag} onChange={setTag} anyLabel="All" />
      </div>
      {list.isError ? (
        <FormError message={list.error.message} />
      ) : list.data?.length === 0 ? (
        <p className="achievements-empty">
          {filtered
            ? 'No achievements match these filters.'
            : 'No achievements yet. Select a passage in a journal entry and choose Mark as achievement, or mark a goal done.'}
        </p>
      ) : (
        <ul className="achievements-list" aria-label="Achievements">
          {(list.data ?? []).map((achievement) => (
            <AchievementCard key={achievement.id} achievement={achievement} />
          ))}
        </ul>
      )}
    </div>
  );
}
