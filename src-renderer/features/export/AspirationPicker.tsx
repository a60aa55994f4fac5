import type { PlanTree } from '../../../src-main/contract';
import { ChecklistItem } from './OptionFields';

const STATUS = { active: '', achieved: ' (achieved)', retired: ' (retired)' } as const;

/** Which aspirations the document covers; every active one until the person chooses. */
export function AspirationPicker({
  tree,
  chosen,
  onChange,
}: {
  tree: PlanTree | undefined;
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const selected = new Set(chosen);
  const toggle = (id: string, on: boolean) => {
    const order = tree?.aspirations.map((aspiration) => aspiration.id) ?? [];
    onChange(order.filter((other) => (other === id ? on : selected.has(other))));
  };
  return (
    <fieldset className="export-fieldset">
      <legend>Aspirations</legend>
      {!tree ? (
        <p className="export-hint">Loading your plan…</p>
      ) : tree.aspirations.length === 0 ? (
        <p className="export-hint">
          Your plan has no aspirations yet. Add one to your plan, and it appears here.
        </p>
      ) : (
        <ul className="export-checklist">
          {tree.aspirations.map((aspiration) => (
            <ChecklistItem
              key={aspiration.id}
              checked={selected.has(aspiration.id)}
              onCheck={(on) => toggle(aspiration.id, on)}
            >
              {aspiration.title}
              <span className="export-muted">
                {STATUS[aspiration.status]} · {aspiration.goals.length}{' '}
                {aspiration.goals.length === 1 ? 'goal' : 'goals'}
              </span>
            </ChecklistItem>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
