import { attachmentUrl } from '../../editor/extensions/attachment-url';
import type { PrintBlock } from '../blocks';
import { dateInWords } from '../dates';
import type { PrintModel } from '../model';
import { chunkText, paragraphsOf } from '../text';
import { partHeading } from './part-heading';
import type { PrintSection } from './section';

/**
 * Journal excerpts the person chose to share. Private by default: the model holds journal text
 * only when "Include journal excerpts" is ticked, and only the picked entries.
 */
export const journalSection: PrintSection = {
  id: 'journal',
  blocks(model: PrintModel) {
    if (model.journal.length === 0) return [];
    const blocks: PrintBlock[] = [partHeading('journal', 'From my journal')];
    for (const excerpt of model.journal) {
      const group = `journal-${excerpt.id}`;
      blocks.push({
        key: `${group}-head`,
        group,
        keepWithNext: true,
        className: 'jx-head',
        node: (
          <p>
            <span className="print-caps jx-date">{dateInWords(excerpt.entryDate)}</span>
            {excerpt.title && <span className="jx-title">{excerpt.title}</span>}
          </p>
        ),
      });
      const pieces = paragraphsOf(excerpt.text).flatMap((paragraph) => chunkText(paragraph));
      pieces.forEach((piece, index) => {
        const last = index === pieces.length - 1;
        blocks.push({
          key: `${group}-${index}`,
          group,
          className: `jx-text${last ? ' jx-last' : ''}`,
          node: (
            <p>
              {piece}
              {last && excerpt.truncated ? <span className="jx-more"> (excerpt)</span> : null}
            </p>
          ),
        });
      });
      // Each picture is one block: fitted to the page's width, never taller than a page can hold.
      excerpt.pictures.forEach((picture, index) => {
        blocks.push({
          key: `${group}-picture-${index}`,
          group,
          className: 'jx-picture',
          node: (
            <figure>
              <img src={attachmentUrl(picture.src) ?? ''} alt={picture.alt} />
              {picture.caption && <figcaption>{picture.caption}</figcaption>}
            </figure>
          ),
        });
      });
    }
    return blocks;
  },
};
