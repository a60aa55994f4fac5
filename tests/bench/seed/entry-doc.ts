import type { RichTextNode } from '../../../src-main/contract/schemas';
import type { Random } from './random';
import {
  ACCENTED_WORDS,
  CLAUSES,
  FEELINGS,
  HEADINGS,
  LINKS,
  LIST_ITEMS,
  OPENERS,
  PEOPLE,
  PLACES,
  PROJECTS,
  QUOTES,
  RARE_WORDS,
  ROLES,
  SENTENCES,
  SKILLS,
  TIMEFRAMES,
  TITLES,
} from './vocabulary';

type Mark = NonNullable<RichTextNode['marks']>[number];

export interface DocOptions {
  /**
   * Only nodes and marks a bare tiptap StarterKit knows (no task lists, no highlight), so the same
   * document can be loaded into the bare editor the typing benchmark compares against.
   */
  starterKitOnly?: boolean;
}

const SLOTS: Record<string, readonly string[]> = {
  person: PEOPLE,
  role: ROLES,
  skill: SKILLS,
  project: PROJECTS,
  feeling: FEELINGS,
  place: PLACES,
  timeframe: TIMEFRAMES,
  rare: RARE_WORDS,
  accented: ACCENTED_WORDS,
};

function fill(rng: Random, pattern: string): string {
  const text = pattern.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot === 'number') return String(rng.int(2, 40));
    const words = SLOTS[slot];
    if (!words) throw new Error(`Unknown slot {${slot}}.`);
    return rng.pickSkewed(words);
  });
  // "a analyst" → "an analyst" once the slots are filled.
  const agreed = text.replace(/\b([Aa]) (?=[aeiou])/g, '$1n ');
  return agreed.charAt(0).toUpperCase() + agreed.slice(1);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function text(value: string, marks?: Mark[]): RichTextNode {
  return marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

/** A run of sentences, with now and then a few words made bold, italic, highlighted or a link. */
function inline(rng: Random, sentences: string[], options: DocOptions): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  const joined = sentences.join(' ');
  if (!rng.chance(0.45)) return [text(joined)];
  const words = joined.split(' ');
  const start = rng.int(0, Math.max(0, words.length - 3));
  const length = rng.int(1, Math.min(4, words.length - start));
  const markType = rng.weighted<string>([
    ['bold', 5],
    ['italic', 3],
    ['link', 2],
    ['underline', 1],
    ['highlight', options.starterKitOnly ? 0 : 1],
    ['code', 0.5],
  ]);
  const mark: Mark =
    markType === 'link'
      ? {
          type: 'link',
          attrs: {
            href: rng.pick(LINKS),
            target: '_blank',
            rel: 'noopener noreferrer nofollow',
            class: null,
            title: null,
          },
        }
      : { type: markType };
  const before = words.slice(0, start).join(' ');
  const marked = words.slice(start, start + length).join(' ');
  const after = words.slice(start + length).join(' ');
  if (before) nodes.push(text(`${before} `));
  nodes.push(text(marked, [mark]));
  if (after) nodes.push(text(` ${after}`));
  return nodes;
}

function paragraph(content: RichTextNode[]): RichTextNode {
  return { type: 'paragraph', content };
}

/** One sentence: a fixed pattern, or an opener joined to a clause for more variety. */
function sentence(rng: Random): string {
  if (rng.chance(0.5)) return fill(rng, `${rng.pick(OPENERS)}, ${rng.pick(CLAUSES)}.`);
  let pattern = rng.pick(SENTENCES);
  // Rare words stay rare: most draws of a sentence about one are replaced by another sentence.
  while (pattern.includes('{rare}') && !rng.chance(0.1)) pattern = rng.pick(SENTENCES);
  return fill(rng, pattern);
}

function sentences(rng: Random, count: number): string[] {
  return Array.from({ length: count }, () => sentence(rng));
}

interface Block {
  node: RichTextNode;
  words: number;
}

function paragraphBlock(rng: Random, options: DocOptions): Block {
  const lines = sentences(rng, rng.int(2, 6));
  return { node: paragraph(inline(rng, lines, options)), words: countWords(lines.join(' ')) };
}

function listBlock(rng: Random, kind: 'bulletList' | 'orderedList' | 'taskList'): Block {
  const items = Array.from({ length: rng.int(2, 5) }, () => fill(rng, rng.pick(LIST_ITEMS)));
  const itemType = kind === 'taskList' ? 'taskItem' : 'listItem';
  return {
    node: {
      type: kind,
      ...(kind === 'orderedList' ? { attrs: { start: 1, type: null } } : {}),
      content: items.map((item) => ({
        type: itemType,
        ...(kind === 'taskList' ? { attrs: { checked: rng.chance(0.4) } } : {}),
        content: [paragraph([text(item)])],
      })),
    },
    words: countWords(items.join(' ')),
  };
}

function quoteBlock(rng: Random): Block {
  const quote = rng.pick(QUOTES);
  return {
    node: { type: 'blockquote', content: [paragraph([text(quote)])] },
    words: countWords(quote),
  };
}

function headingBlock(rng: Random, level: number, title: string): Block {
  return {
    node: { type: 'heading', attrs: { level }, content: [text(title)] },
    words: countWords(title),
  };
}

function nextBlock(rng: Random, options: DocOptions): Block {
  const kind = rng.weighted<string>([
    ['paragraph', 60],
    ['bulletList', 9],
    ['taskList', options.starterKitOnly ? 0 : 7],
    ['orderedList', 5],
    ['blockquote', 4],
    ['heading', 8],
  ]);
  switch (kind) {
    case 'bulletList':
    case 'orderedList':
    case 'taskList':
      return listBlock(rng, kind);
    case 'blockquote':
      return quoteBlock(rng);
    case 'heading':
      return headingBlock(rng, 3, rng.pick(HEADINGS));
    default:
      return paragraphBlock(rng, options);
  }
}

/** A journal entry of about `targetWords` words: a title line, then varied formatted blocks. */
export function entryDoc(rng: Random, targetWords: number, options: DocOptions = {}): RichTextNode {
  const blocks: RichTextNode[] = [];
  let words = 0;
  const title = rng.pick(TITLES);
  const opening = rng.chance(0.6)
    ? headingBlock(rng, 2, title)
    : {
        node: paragraph([text(/[?.!]$/.test(title) ? title : `${title}.`)]),
        words: countWords(title),
      };
  blocks.push(opening.node);
  words += opening.words;
  // Every entry starts with some prose before any list or heading, as people write.
  const first = paragraphBlock(rng, options);
  blocks.push(first.node);
  words += first.words;
  while (words < targetWords) {
    const block = nextBlock(rng, options);
    blocks.push(block.node);
    words += block.words;
  }
  return { type: 'doc', content: blocks };
}

/**
 * How long the next entry is: most are a few hundred words, some are a quick line or two, a few
 * run long (log-normal; the median is 245 words and the mean about 300).
 */
export function entryLength(rng: Random): number {
  const words = Math.exp(rng.normal(Math.log(245), 0.5));
  return Math.round(Math.min(2000, Math.max(30, words)));
}
