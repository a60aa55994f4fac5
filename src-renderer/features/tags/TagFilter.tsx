import { useTagList } from './queries';
import './tags.css';

/** Narrows the journal list to the entries carrying one tag. */
export function TagFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (tag: string | null) => void;
}) {
  const tags = useTagList();
  const names = (tags.data ?? []).map((tag) => tag.name);
  if (names.length === 0 && value === null) return null;
  return (
    <label className="filter-bar tag-filter">
      <span>Show</span>
      <select
        aria-label="Filter by tag"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">All entries</option>
        {value !== null && !names.includes(value) && <option value={value}>{value}</option>}
        {(tags.data ?? []).map((tag) => (
          <option key={tag.name} value={tag.name}>
            Tagged {tag.name} ({tag.entryCount})
          </option>
        ))}
      </select>
    </label>
  );
}

/** A filter bar's Tag choice: every tag in the journal, or `anyLabel` ('') for no tag. */
export function TagSelect({
  value,
  onChange,
  anyLabel,
}: {
  value: string;
  onChange: (tag: string) => void;
  anyLabel: string;
}) {
  const tags = useTagList();
  return (
    <label>
      Tag
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {(tags.data ?? []).map((tag) => (
          <option key={tag.name} value={tag.name}>
            {tag.name}
          </option>
        ))}
      </select>
    </label>
  );
}
