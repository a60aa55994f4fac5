/**
 * Copies plain text. The Clipboard API where the page may use it; otherwise the older
 * select-and-copy, which works in more embedded and insecure contexts.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or no secure context: fall through to the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  const selection = document.getSelection();
  const previous = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  area.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  if (previous && selection) {
    selection.removeAllRanges();
    selection.addRange(previous);
  }
  return copied;
}

/**
 * Copies formatted text: HTML for editors and mail that keep headings and lists, plain text for
 * everything else. Falls back to plain text alone where the page may not write HTML.
 */
export async function copyFormatted(
  html: string,
  text: string,
): Promise<'formatted' | 'plain' | false> {
  try {
    if (navigator.clipboard?.write && typeof ClipboardItem !== 'undefined') {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return 'formatted';
    }
  } catch {
    // Refused (no permission, no focus): plain text still helps.
  }
  return (await copyText(text)) ? 'plain' : false;
}
