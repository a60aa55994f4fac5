import { useEffect, useRef } from 'react';
import type { SearchResult } from '../../../src-main/contract';
import { shortDate } from '../journal/group-by-month';
import { Highlighted } from './Highlighted';
import { KIND_LABELS } from './result-target';

interface Props {
  id: string;
  results: SearchResult[];
  active: number;
  onHover: (index: number) => void;
  onOpen: (result: SearchResult) => void;
}

export function resultOptionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

/** The ranked results as a listbox the search box drives (aria-activedescendant). */
export function SearchResults({ id, results, active, onHover, onOpen }: Props) {
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const option = list.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    option?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <ul ref={list} id={id} role="listbox" aria-label="Results" className="search-results">
      {results.map((result, index) => (
        <li
          key={`${result.kind}:${result.refId}`}
          id={resultOptionId(id, index)}
          role="option"
          aria-selected={index === active}
          className="search-result"
          onMouseMove={() => index !== active && onHover(index)}
          onClick={() => onOpen(result)}
        >
          <div className="search-result-body">
            <span className="search-result-title">
              {result.title.text ? <Highlighted value={result.title} /> : 'Untitled'}
            </span>
            <span className="search-result-meta">
              {KIND_LABELS[result.kind]}
              {result.date ? ` · ${shortDate(result.date)}` : ''}
            </span>
            {result.snippet.text && (
              <span className="search-result-snippet">
                <Highlighted value={result.snippet} />
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
