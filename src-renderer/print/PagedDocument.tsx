import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { PaperSize } from '../../src-main/contract';
import type { PrintBlock } from './blocks';
import { printFontsReady } from './fonts';
import { paginate, usableRoom } from './paginate';
import { PAGE_MARGIN_MM, PAPER } from './paper';

/** Heights by block key, and the room one page's flow has (all of it may be filled). */
export interface Measure {
  height(key: string): number;
  room: number;
}

/** Picks the blocks to print once they are measured (the one-page summary fits itself here). */
export type Arrange = (measure: Measure) => PrintBlock[];

export interface LaidOut {
  pages: number;
  /** Blocks taller than a page on their own, cut at the page's foot. */
  tooTall: number;
  /** False while the pages on show are being measured again. */
  ready: boolean;
}

interface Props {
  paper: PaperSize;
  /** The running header: the person's name (or the document's title) and the date. */
  headLeft: string;
  headRight: string;
  footLeft: string;
  blocks: PrintBlock[];
  arrange?: Arrange;
  /** Scales the pages on screen only; print is always at 100%. */
  zoom?: number;
  onLayout?: (layout: LaidOut) => void;
}

interface Layout {
  blocks: PrintBlock[];
  arrange: Arrange | undefined;
  paper: PaperSize;
  fontEpoch: number;
  pages: PrintBlock[][];
  tooTall: number;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Waits until every picture under `root` has loaded (or failed, when its description shows
 * instead), so a measured or printed page has its pictures' real heights.
 */
function picturesLoaded(root: ParentNode): Promise<unknown> {
  return Promise.all(
    [...root.querySelectorAll('img')].map((img) =>
      img.complete && img.naturalWidth > 0 ? null : img.decode().catch(() => null),
    ),
  );
}

function Block({ block }: { block: PrintBlock }) {
  return (
    <div className={`print-block ${block.className ?? ''}`} data-block={block.key}>
      {block.node}
    </div>
  );
}

/**
 * Lays the blocks out on real pages of the chosen paper: measures every block once in the page's
 * width and fonts (off screen), decides the breaks (paginate.ts), then draws each page with its
 * running header and "Page n of N". The same pages are the preview, the browser's print and the
 * desktop's PDF.
 */
export function PagedDocument(props: Props) {
  const { paper, blocks, arrange, onLayout } = props;
  const [fontEpoch, setFontEpoch] = useState(0);
  const [layout, setLayout] = useState<Layout | null>(null);
  const measurer = useRef<HTMLDivElement>(null);
  const stale =
    !layout ||
    layout.blocks !== blocks ||
    layout.arrange !== arrange ||
    layout.paper !== paper ||
    layout.fontEpoch !== fontEpoch;

  // A face arriving late (a script outside Latin, say) changes line breaks: measure again.
  useEffect(() => {
    const onLoaded = () => setFontEpoch((epoch) => epoch + 1);
    document.fonts.addEventListener('loadingdone', onLoaded);
    return () => document.fonts.removeEventListener('loadingdone', onLoaded);
  }, []);

  useLayoutEffect(() => {
    if (!stale) return;
    let cancelled = false;
    void (async () => {
      await printFontsReady();
      await nextFrame();
      if (measurer.current) await picturesLoaded(measurer.current);
      const root = measurer.current;
      if (cancelled || !root) return;
      const room = (
        root.querySelector('.print-page-empty .print-flow') as HTMLElement
      ).getBoundingClientRect().height;
      const heights = new Map<string, number>();
      root.querySelectorAll<HTMLElement>('.print-page-measure [data-block]').forEach((element) => {
        heights.set(element.dataset.block as string, element.getBoundingClientRect().height);
      });
      const height = (key: string) => heights.get(key) ?? 0;
      const final = arrange ? arrange({ height, room: usableRoom(room) }) : blocks;
      const { pages, tooTall } = paginate(
        final.map((block) => ({
          height: height(block.measureAs ?? block.key),
          keepWithNext: block.keepWithNext,
          group: block.group,
        })),
        room,
      );
      setLayout({
        blocks,
        arrange,
        paper,
        fontEpoch,
        pages: pages.map((page) => page.map((index) => final[index] as PrintBlock)),
        tooTall: tooTall.length,
      });
    })();
    return () => {
      cancelled = true;
    };
  }, [stale, blocks, arrange, paper, fontEpoch]);

  const pageCount = layout?.pages.length ?? 0;
  const tooTall = layout?.tooTall ?? 0;
  const pagesRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stale || !pagesRef.current) {
      onLayout?.({ pages: pageCount, tooTall, ready: false });
      return;
    }
    // Ready once the pictures on the pages are drawn too, so a PDF never catches one half loaded.
    let cancelled = false;
    void picturesLoaded(pagesRef.current).then(() => {
      if (!cancelled) onLayout?.({ pages: pageCount, tooTall, ready: true });
    });
    return () => {
      cancelled = true;
    };
  }, [onLayout, pageCount, tooTall, stale, layout]);

  const size = PAPER[paper];
  const style = {
    '--page-width': size.width,
    '--page-height': size.height,
    '--margin-x': `${PAGE_MARGIN_MM}mm`,
  } as CSSProperties;
  return (
    <div className="print-document" data-paper={paper} data-ready={!stale} style={style}>
      <style>{`@page { size: ${size.css}; margin: 0; }`}</style>
      <div className="print-pages" style={{ zoom: props.zoom ?? 1 }} ref={pagesRef}>
        {layout?.pages.map((page, index) => (
          <article
            className="print-page"
            key={index}
            aria-label={`Page ${index + 1} of ${pageCount}`}
          >
            <header className="print-running-head">
              <span>{props.headLeft}</span>
              <span>{props.headRight}</span>
            </header>
            <div className="print-flow">
              {page.map((block) => (
                <Block key={block.key} block={block} />
              ))}
            </div>
            <footer className="print-running-foot">
              <span>{props.footLeft}</span>
              <span>
                Page {index + 1} of {pageCount}
              </span>
            </footer>
          </article>
        ))}
      </div>
      {stale && (
        <div className="print-measurer" ref={measurer} aria-hidden="true" inert>
          <div className="print-page print-page-empty">
            <header className="print-running-head">
              <span>{props.headLeft}</span>
            </header>
            <div className="print-flow" />
            <footer className="print-running-foot">
              <span>Page 1 of 1</span>
            </footer>
          </div>
          <div className="print-page print-page-measure">
            <div className="print-flow">
              {blocks.map((block) => (
                <Block key={block.key} block={block} />
              ))}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
