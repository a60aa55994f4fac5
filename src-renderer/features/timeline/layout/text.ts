/** Text widths estimated without a DOM, and labels shortened to fit. */
const NARROW = new Set([..."iljIft.,:;!|'’‘`()[]{}/\\ "]);
const WIDE = new Set([...'mwMW@%&—']);

/**
 * The width `text` takes at `fontSize`, estimated generously (no DOM to measure with). Tuned on
 * DejaVu Sans, the widest common UI font, so real text is never wider than its room.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEms(ch);
  return widthOf(em, fontSize, bold);
}

/** One character's width in ems, as `estimateTextWidth` counts it. */
function charEms(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || code >= 0xac00))
    return 1;
  if (NARROW.has(ch)) return 0.34;
  if (WIDE.has(ch)) return 0.92;
  if (ch >= 'A' && ch <= 'Z') return 0.74;
  if (ch >= '0' && ch <= '9') return 0.64;
  return 0.62;
}

const widthOf = (em: number, fontSize: number, bold: boolean) =>
  Math.ceil(em * fontSize * (bold ? 1.12 : 1));

const ELLIPSIS_EMS = charEms('…');
/** What `String.prototype.trimEnd` removes. */
const TRAILING_SPACE = /\s/;

/** `text` shortened with an ellipsis so that it is at most `maxWidth` wide. */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const chars = [...text];
  // ems[k]: the width of the first k characters, added up in the same order as
  // estimateTextWidth does, so each candidate is measured exactly as it would be on its own.
  const ems = [0];
  for (const ch of chars) ems.push((ems.at(-1) as number) + charEms(ch));
  if (widthOf(ems[chars.length] as number, fontSize, bold) <= maxWidth) return text;
  /** The first `count` characters without trailing spaces (as trimEnd leaves them), counted. */
  const kept = (count: number) => {
    let end = count;
    while (end > 0 && TRAILING_SPACE.test(chars[end - 1] as string)) end--;
    return end;
  };
  const fits = (count: number) =>
    widthOf((ems[kept(count)] as number) + ELLIPSIS_EMS, fontSize, bold) <= maxWidth;
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '…' : `${chars.slice(0, kept(low)).join('')}…`;
}

/**
 * `fitText`, but a shortened title ends at a whole word where one fits ("Lead the agency’s first…",
 * not "…first in-house cam…"): what is seen is then part of the bar's name word for word, so a
 * person using voice control can say it (WCAG 2.5.3).
 */
export function fitWords(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const cut = fitText(text, maxWidth, fontSize, bold);
  if (cut === text || cut === '…') return cut;
  const kept = cut.slice(0, -1);
  const next = text.charAt(kept.length);
  if (next === '' || /\s/.test(next)) return cut;
  const space = kept.search(/\s\S*$/);
  return space > 0 ? `${kept.slice(0, space).trimEnd()}…` : cut;
}
