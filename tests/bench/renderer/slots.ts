import type { Benchmark } from '../benchmark';
import { notBuilt } from '../results';
import type { RendererContext } from './context';

/**
 * Renderer and export targets for screens still being built on other branches. When a screen
 * lands, write its benchmark in its own file and put it in place of its row in renderer/index.ts.
 */
export const rendererSlots: Benchmark<RendererContext> = {
  name: 'renderer slots',
  run() {
    return [
      notBuilt(
        'renderer.timeline',
        'Timeline with 500 goals rendered',
        { stat: 'median', max: 300 },
        'ms',
        'waits for the timeline screen',
      ),
      notBuilt(
        'renderer.timelineScroll',
        'Timeline scrolling: longest task',
        { stat: 'p95', max: 50 },
        'ms',
        'waits for the timeline screen (60 fps: no task over 50 ms)',
      ),
    ];
  },
};
