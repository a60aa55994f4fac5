/**
 * Functions that run inside the page (handed to Playwright, serialised): they must not close over
 * anything, so each declares the little it needs.
 */

/**
 * Records when the journal screen became usable: an entry link in the list and the newest entry's
 * text in the editor, painted. Installed before the page's own scripts run.
 */
export function watchJournalUsable(title: string): void {
  const page = window as unknown as { __waymarkUsableAt?: number };
  const observer = new MutationObserver(() => {
    const row = document.querySelector('[aria-label="Entries"] a[href^="#/journal/"]');
    const editor = document.querySelector('[role="textbox"][aria-label="Entry"]');
    if (!row || !editor?.textContent?.includes(title)) return;
    observer.disconnect();
    // The next frame paints it; the message after that frame marks "seen".
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (page.__waymarkUsableAt = performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Measures every typed character from its keydown timestamp (when the browser received the key) to
 * the end of the frame that painted it. Works the same in the app and on the bare editor page.
 */
export function installKeyProbe(): void {
  const samples: number[] = [];
  const waiters: (() => void)[] = [];
  let keyAt: number | null = null;
  addEventListener('keydown', (event) => (keyAt = event.timeStamp), true);
  addEventListener(
    'input',
    () => {
      if (keyAt === null) return;
      const start = keyAt;
      keyAt = null;
      // rAF runs just before the frame is drawn; a task posted from it runs once it is drawn.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          samples.push(performance.now() - start);
          waiters.splice(0).forEach((wake) => wake());
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  (window as unknown as { __keyProbe: unknown }).__keyProbe = {
    samples,
    /** Resolves once more than `count` samples exist (or after 5 s, so a lost key cannot hang). */
    wait(count: number): Promise<void> {
      if (samples.length > count) return Promise.resolve();
      return new Promise((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 5000);
      });
    },
  };
}

/** Puts the caret at the end of the first long paragraph past the middle, in view and focused. */
export function placeCaretMidway(): void {
  interface PmNode {
    type: { name: string };
    nodeSize: number;
    textContent: string;
    content: { size: number };
    descendants(visit: (node: PmNode, pos: number) => boolean): void;
  }
  interface TiptapLike {
    state: { doc: PmNode };
    chain(): {
      focus(): { setTextSelection(pos: number): { scrollIntoView(): { run(): boolean } } };
    };
  }
  const dom = document.querySelector('.ProseMirror') as (Element & { editor?: TiptapLike }) | null;
  const editor = dom?.editor;
  if (!editor) throw new Error('No tiptap editor on this page.');
  const doc = editor.state.doc;
  const half = doc.content.size / 2;
  let target = -1;
  doc.descendants((node, pos) => {
    if (target >= 0) return false;
    if (node.type.name === 'paragraph' && pos >= half && node.textContent.length > 60) {
      target = pos + node.nodeSize - 1;
      return false;
    }
    return true;
  });
  if (target < 0) throw new Error('The document has no long paragraph past its middle.');
  editor.chain().focus().setTextSelection(target).scrollIntoView().run();
}

/**
 * Times each press of the Timeline link: from the click's timestamp to the end of the frame that
 * first paints goal bars in the chart. `__timeline.last` holds the latest measurement, with the
 * plan requests (`plan:timeline`, or `plan:tree`) made in between. Installed before the page's own scripts run.
 */
export function watchTimelinePainted(): void {
  interface Measurement {
    clickAt: number;
    paintedAt?: number;
    planRequests?: number;
    drawn?: number;
    shown?: string;
  }
  const state: { last: Measurement | null } = { last: null };
  (window as unknown as { __timeline: typeof state }).__timeline = state;
  let pending: Measurement | null = null;
  let observer: MutationObserver | null = null;
  addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target?.closest('a[href="#/timeline"]')) return;
      const measurement: Measurement = { clickAt: event.timeStamp };
      pending = measurement;
      state.last = measurement;
      observer?.disconnect();
      observer = new MutationObserver(() => {
        if (pending !== measurement) return;
        const chart = document.querySelector('[role="group"][aria-label^="Goals on the timeline"]');
        if (!chart?.querySelector('.gt-bar')) return;
        observer?.disconnect();
        pending = null;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            measurement.paintedAt = performance.now();
            measurement.planRequests = performance
              .getEntriesByType('resource')
              .filter(
                (entry) =>
                  /\/api\/plan%3A(tree|timeline)$/.test(entry.name) &&
                  entry.startTime >= measurement.clickAt,
              ).length;
            measurement.drawn = chart.querySelectorAll('.gt-bar').length;
            measurement.shown = chart.getAttribute('aria-label') ?? '';
          };
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document.body, { childList: true, subtree: true });
    },
    true,
  );
}

/** Records every animation frame's time until `stop()`: the frame intervals while scrolling. */
export function startFrameWatch(): void {
  const frames: number[] = [];
  let running = true;
  const tick = (time: number) => {
    frames.push(time);
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  (window as unknown as { __frames: { stop(): number[] } }).__frames = {
    stop() {
      running = false;
      return frames.slice(1).map((time, i) => time - (frames[i] as number));
    },
  };
}
