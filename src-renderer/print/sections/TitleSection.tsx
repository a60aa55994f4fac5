import type { PrintBlock } from '../blocks';
import { dateInWords } from '../dates';
import type { PrintModel } from '../model';
import { planCounts } from '../plan-words';
import type { PrintSection } from './section';
import { contactLine } from '../document/types';

/** The document's first lines: what it is, whose, when. */
export function titleBlock(title: string, model: PrintModel, meta?: string): PrintBlock {
  const name = model.options.name.trim();
  const contact = contactLine(model.about);
  return {
    key: 'title',
    className: 'doc-title',
    node: (
      <>
        <h1 className="doc-title-main">{title}</h1>
        {name && <p className="doc-title-name">{name}</p>}
        {contact && <p className="doc-title-contact">{contact}</p>}
        <p className="doc-title-meta">
          {dateInWords(model.today)}
          {meta ? ` · ${meta}` : ''}
        </p>
      </>
    ),
  };
}

export const titleSection: PrintSection = {
  id: 'title',
  blocks: (model) => [titleBlock('Career plan', model, planCounts(model))],
};
