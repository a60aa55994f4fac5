import type { PrintBlock } from '../blocks';
import { aspirationsForRole } from '../compose/target-role';
import { countWordsIn } from '../compose/words';
import { contactLine } from '../document/types';
import { LAYOUT_TITLES } from '../document';
import type { PrintModel } from '../model';
import { chunkText, paragraphsOf } from '../text';
import { spokenLength } from './spoken';

export { spokenLength };

export const TEXT_LAYOUT_TITLES = {
  'cover-letter': LAYOUT_TITLES['cover-letter'],
  interview: LAYOUT_TITLES.interview,
} as const;

const EMPTY = 'Choose an aspiration, or write your own text, to fill this page.';

function wordsNote(text: string, spoken: boolean, source: string): string {
  const words = countWordsIn(text);
  return `${words} ${words === 1 ? 'word' : 'words'}${spoken ? ` · ${spokenLength(words)} to say aloud` : ''}${source ? ` · drafted from: ${source}` : ''}`;
}

function textBlocks(text: string, key: string): PrintBlock[] {
  return paragraphsOf(text)
    .flatMap((paragraph) => chunkText(paragraph))
    .map((paragraph, index) => ({
      key: `${key}-${index}`,
      className: 'text-body',
      node: <p>{paragraph}</p>,
    }));
}

/** The cover-letter paragraph or the interview answers, typeset for reading or rehearsing. */
export function textLayout(model: PrintModel, layout: 'cover-letter' | 'interview'): PrintBlock[] {
  // A letter for a role is drafted from the aspirations that fit it: name only those.
  const drafted =
    layout === 'cover-letter'
      ? aspirationsForRole(model.aspirations, {
          role: model.options.targetRole ?? '',
          organisation: model.options.targetOrganisation ?? '',
        })
      : model.aspirations;
  const source = drafted.map((aspiration) => aspiration.title).join('; ');
  const name = model.options.name.trim();
  const contact = contactLine(model.about);
  const blocks: PrintBlock[] = [
    {
      key: 'text-title',
      className: 'doc-title doc-title-text',
      node: (
        <>
          <h1 className="doc-title-main">{TEXT_LAYOUT_TITLES[layout]}</h1>
          {name && <p className="doc-title-name">{name}</p>}
          {contact && <p className="doc-title-contact">{contact}</p>}
        </>
      ),
    },
  ];
  if (layout === 'cover-letter') {
    const body = textBlocks(model.text, 'text');
    blocks.push(
      ...(body.length > 0
        ? body
        : [{ key: 'text-empty', className: 'quiet-line', node: <p>{EMPTY}</p> }]),
    );
    blocks.push({
      key: 'text-note',
      className: 'text-note',
      node: <p>{wordsNote(model.text, false, source)}</p>,
    });
    return blocks;
  }
  const answered = model.answers.filter((answer) => answer.text.trim() !== '');
  if (answered.length === 0) {
    blocks.push({ key: 'text-empty', className: 'quiet-line', node: <p>{EMPTY}</p> });
  }
  for (const answer of answered) {
    blocks.push({
      key: `q-${answer.id}`,
      className: 'text-question-block',
      keepWithNext: true,
      node: <h2 className="text-question">“{answer.question}”</h2>,
    });
    blocks.push(...textBlocks(answer.text, `a-${answer.id}`));
    blocks.push({
      key: `n-${answer.id}`,
      className: 'text-note',
      node: <p>{wordsNote(answer.text, true, '')}</p>,
    });
  }
  if (source && answered.length > 0) {
    blocks.push({
      key: 'text-source',
      className: 'text-note',
      node: <p>Drafted from: {source}</p>,
    });
  }
  return blocks;
}
