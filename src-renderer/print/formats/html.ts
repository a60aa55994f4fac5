/**
 * The document as formatted HTML for the clipboard: pasted into Google Docs, Word or an e-mail it
 * keeps its headings, lists and bold lead-ins. Inline styles only (a pasted fragment carries no
 * style sheet) and fonts every office suite has.
 */
import type { DocBlock, ExportDocument } from '../document';

export const HTML_FONT = "Calibri, Carlito, 'Liberation Sans', Arial, sans-serif";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const HEADING_SIZES = { 1: '20pt', 2: '14pt', 3: '12pt', 4: '11pt' } as const;

function blockHtml(block: DocBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level} style="font-size:${HEADING_SIZES[block.level]};margin:0.8em 0 0.3em">${escapeHtml(block.text)}</h${block.level}>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
    }
    default: {
      const style =
        block.tone === 'meta' || block.tone === 'quiet'
          ? ' style="color:#555555;margin:0 0 0.4em"'
          : block.tone === 'quote'
            ? ' style="font-style:italic;margin:0 0 0.6em 1.5em"'
            : ' style="margin:0 0 0.6em"';
      const label = block.label ? `<strong>${escapeHtml(block.label)}:</strong> ` : '';
      return `<p${style}>${label}${escapeHtml(block.text)}</p>`;
    }
  }
}

/** A fragment (no <html> around it): what the clipboard's text/html carries. */
export function documentHtml(document: ExportDocument): string {
  return `<div style="font-family:${HTML_FONT};font-size:11pt;line-height:1.4">${document.blocks.map(blockHtml).join('')}</div>`;
}
