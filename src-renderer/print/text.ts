/** Plain-text helpers for print: long texts cut into page-safe pieces, excerpts cut at a word. */

/**
 * Splits a long text into pieces of at most about `max` characters, at sentence ends where it can
 * (then at spaces), so no single printed block can outgrow a page.
 */
export function chunkText(text: string, max = 1200): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const sentenceEnd = Math.max(
      window.lastIndexOf('. '),
      window.lastIndexOf('! '),
      window.lastIndexOf('? '),
      window.lastIndexOf('\n'),
    );
    const space = window.lastIndexOf(' ');
    const cut = sentenceEnd > max / 2 ? sentenceEnd + 1 : space > max / 2 ? space : max;
    chunks.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') chunks.push(rest);
  return chunks;
}

/** The text's paragraphs: blank-line or line-break separated, empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** At most `max` characters, cut at a word, with an ellipsis when anything was left out. */
export function excerptOf(text: string, max: number): { text: string; truncated: boolean } {
  const clean = text.trim();
  if (clean.length <= max) return { text: clean, truncated: false };
  const window = clean.slice(0, max);
  const space = window.lastIndexOf(' ');
  const cut = space > max * 0.6 ? space : max;
  return {
    text: `${window
      .slice(0, cut)
      .trimEnd()
      .replace(/[,;:.]+$/u, '')}…`,
    truncated: true,
  };
}
