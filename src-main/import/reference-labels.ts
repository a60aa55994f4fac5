/**
 * What a reference to a picture, an embed or another note shows as text when the editor cannot
 * hold it (wiki links show their name, pictures a short label in brackets), and the references
 * to files the source holds, as placeholders that carry that label.
 */
import type { RichTextNode } from '../contract/schemas';
import { fileRef, wikiParts, type FileResolver } from './file-refs';

const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|svg|bmp|tiff?|heic|avif)$/i;

function fileNameOf(target: string): string {
  return (
    target
      .split(/[?#]/, 1)[0]
      ?.replace(/^.*[\\/]/, '')
      .trim() ?? ''
  );
}

/** `[[Note]]`, `[[Note|shown]]`, `[[Note#Part]]`, `![[picture.png]]` as the text a reader sees. */
export function wikiLinkText(embed: boolean, inner: string): string {
  const [target = '', alias] = inner.split('|', 2);
  const name = target
    .replace(/#\^[\w-]+$/, '')
    .replace(/#/g, ' › ')
    .trim();
  if (embed) {
    const file = fileNameOf(target);
    return IMAGE_EXTENSIONS.test(file)
      ? `[image: ${file}]`
      : `[embedded: ${alias?.trim() || name}]`;
  }
  return alias?.trim() || name || inner;
}

const WIKI_LINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;

export function replaceWikiLinks(text: string): string {
  if (!text.includes('[[')) return text;
  return text.replace(WIKI_LINK, (_all, bang: string, inner: string) =>
    wikiLinkText(bang === '!', inner),
  );
}

/** A Markdown image as text: what it shows (its alt text or file name), never a broken picture. */
export function imageText(alt: string, src: string): string {
  const label = alt.trim();
  if (/^dayone-moment:\/*video/i.test(src)) return label ? `[video: ${label}]` : '[video]';
  if (/^dayone-moment:\/*audio/i.test(src)) return label ? `[audio: ${label}]` : '[audio]';
  if (/^dayone-moment:\/*pdf/i.test(src)) return label ? `[PDF: ${label}]` : '[PDF]';
  if (label) return `[image: ${label}]`;
  const file = /^[a-z][\w+.-]*:/i.test(src) && !/^https?:/i.test(src) ? '' : fileNameOf(src);
  return file ? `[image: ${file}]` : '[image]';
}

/**
 * Text holding wiki links as nodes: each `![[file]]` or `[[file]]` the source holds becomes a
 * placeholder for it, every other link its text as before.
 */
export function wikiLinkNodes(
  value: string,
  textNode: (value: string) => RichTextNode,
  files: FileResolver | undefined,
): RichTextNode[] {
  if (!files || !value.includes('[[')) return [textNode(replaceWikiLinks(value))];
  const out: RichTextNode[] = [];
  let last = 0;
  for (const match of value.matchAll(WIKI_LINK)) {
    const [all, bang = '', inner = ''] = match;
    const embed = bang === '!';
    const parts = wikiParts(inner);
    const key = files(parts.target, embed ? 'embed' : 'link', true);
    if (key === null) continue;
    out.push(textNode(replaceWikiLinks(value.slice(last, match.index))));
    const label = textNode(wikiLinkText(embed, inner));
    out.push(
      fileRef({ key, form: embed ? 'embed' : 'link', alt: parts.alt, width: parts.width }, [label]),
    );
    last = match.index + all.length;
  }
  out.push(textNode(replaceWikiLinks(value.slice(last))));
  return out;
}
