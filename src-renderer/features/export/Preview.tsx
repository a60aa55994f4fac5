import { useCallback, useEffect, useRef, useState } from 'react';
import type { LaidOut } from '../../print/PagedDocument';
import { PAPER } from '../../print/paper';
import type { PrintModel } from '../../print/model';
import { PrintView } from '../../print/PrintView';

const PX_PER_MM = 96 / 25.4;

function pageWidthPx(width: string): number {
  const value = parseFloat(width);
  return width.endsWith('in') ? value * 96 : value * PX_PER_MM;
}

/** The print view itself, in pages of the chosen paper, scaled to fit the pane (on screen only). */
export function Preview({
  model,
  onLayout,
}: {
  model: PrintModel | null;
  onLayout: (layout: LaidOut) => void;
}) {
  const pane = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(0);
  const [laidOut, setLaidOut] = useState<LaidOut | null>(null);

  useEffect(() => {
    const element = pane.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const report = useCallback(
    (layout: LaidOut) => {
      setLaidOut(layout);
      onLayout(layout);
    },
    [onLayout],
  );

  const page = model ? pageWidthPx(PAPER[model.options.paper].width) : 800;
  const zoom = width > 0 ? Math.max(0.35, Math.min(1, (width - 48) / page)) : 1;
  const pages = laidOut?.pages ?? 0;

  return (
    // Focusable, so the pages can be scrolled from the keyboard (arrows, Page Down).
    <section className="export-preview" ref={pane} aria-label="Preview" tabIndex={0}>
      <div className="export-preview-bar">
        <span>
          Preview{model ? ` · ${PAPER[model.options.paper].label}` : ''}
          {pages > 0 ? ` · ${pages} ${pages === 1 ? 'page' : 'pages'}` : ''}
        </span>
        <span className="export-muted">Exactly what the PDF will contain.</span>
      </div>
      {laidOut && laidOut.tooTall > 0 && (
        <p className="export-warning" role="alert">
          Part of this document is taller than a page and is cut off at the page’s foot. Shorten the
          longest text, or choose fewer items.
        </p>
      )}
      {model ? (
        <PrintView model={model} zoom={zoom} onLayout={report} />
      ) : (
        <p className="export-hint export-preview-loading">Loading your plan…</p>
      )}
    </section>
  );
}
