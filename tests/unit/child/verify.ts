import type { RichTextNode } from '../../../src-main/contract/schemas';
import { countWords, plainTextOf, titleOf } from '../../../src-main/shared/rich-text';

export interface EntryRow {
  id: string;
  title: string;
  body_json: string;
  body_text: string;
  word_count: number;
  revision: number;
}

/** Which step wrote this entry, if the entry is whole: both paragraphs agree, and the derived columns match. */
export function stepOf(row: EntryRow): number | null {
  const body = JSON.parse(row.body_json) as RichTextNode;
  const text = plainTextOf(body);
  const match = /^Entry (\S+) step (\d+)\ncheck (\d+)$/.exec(text);
  if (!match || match[1] !== row.id || Number(match[3]) !== Number(match[2]) * 7919) return null;
  if (
    row.body_text !== text ||
    row.word_count !== countWords(text) ||
    row.title !== titleOf(text)
  ) {
    return null;
  }
  return Number(match[2]);
}
