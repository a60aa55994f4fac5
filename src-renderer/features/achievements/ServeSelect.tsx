import type { PlanTree } from '../../../src-main/contract';
import type { EntryLink } from '../../../src-main/contract/links';
import { Field } from '../plan/Field';
import { serveGroups } from './serve-options';

/** "Serves": the aspiration or goal an achievement moved, the entry's own links first. */
export function ServeSelect({
  tree,
  links = [],
  value,
  onChange,
  error,
}: {
  tree: PlanTree | undefined;
  links?: readonly EntryLink[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const groups = serveGroups(tree, links);
  return (
    <Field label="Serves" hint="The aspiration or goal it moved forward." error={error}>
      {(props) => (
        <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">Nothing in particular</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={`${group.label}-${option.value}`} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
