import type { ReactNode } from 'react';
import type { HighlightedText } from '../../../src-main/contract';

/** Text with its matching parts in <mark>, built as elements: the text is never read as markup. */
export function Highlighted({ value }: { value: HighlightedText }) {
  const parts: ReactNode[] = [];
  let at = 0;
  value.highlights.forEach((range, index) => {
    const start = Math.max(at, Math.min(range.start, value.text.length));
    const end = Math.max(start, Math.min(range.end, value.text.length));
    if (start > at) parts.push(value.text.slice(at, start));
    if (end > start) parts.push(<mark key={index}>{value.text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <>{parts}</>;
}
