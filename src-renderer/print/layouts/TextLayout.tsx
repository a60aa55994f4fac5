import type { PrintBlock } from '../blocks';
import { countWordsIn } from '../compose/words';
import type { PrintModel } from '../model';
import { chunkText, paragraphsOf } from '../text';
import { spokenLength } from './spoken';

export const TEXT_LAYOUT_TITLES = {
  'cover-letter': 'Cover-letter paragraph',
  interview: 'Interview answer',
} as const;

export { spokenLength };

/** The cover-letter paragraph or the interview answer, typeset for reading or rehearsing. */
export function textLayout(model: PrintModel, layout: 'cover-letter' | 'interview'): PrintBlock[] {
  const words = countWordsIn(model.text);
  const source = model.aspirations.map((aspiration) => aspiration.title).join('; ');
  const blocks: PrintBlock[] = [
    {
      key: 'text-title',
      className: 'doc-title doc-title-text',
      node: (
        <>
          <h1 className="doc-title-main">{TEXT_LAYOUT_TITLES[layout]}</h1>
          {layout === 'interview' && (
            <p className="text-question">“Where do you see yourself in five years?”</p>
          )}
          {model.options.name.trim() && (
            <p className="doc-title-name">{model.options.name.trim()}</p>
          )}
        </>
      ),
    },
  ];
  const paragraphs = paragraphsOf(model.text).flatMap((paragraph) => chunkText(paragraph));
  if (paragraphs.length === 0) {
    blocks.push({
      key: 'text-empty',
      className: 'quiet-line',
      node: <p>Choose an aspiration, or write your own text, to fill this page.</p>,
    });
  }
  paragraphs.forEach((paragraph, index) =>
    blocks.push({ key: `text-${index}`, className: 'text-body', node: <p>{paragraph}</p> }),
  );
  blocks.push({
    key: 'text-note',
    className: 'text-note',
    node: (
      <p>
        {words} {words === 1 ? 'word' : 'words'}
        {layout === 'interview' ? ` · ${spokenLength(words)} to say aloud` : ''}
        {source ? ` · drafted from: ${source}` : ''}
      </p>
    ),
  });
  return blocks;
}
