/**
 * Runs inside the page (handed to Playwright, serialised), so it closes over nothing. Times a
 * write the way a person waits for it: from the moment the client sends `channel` to the end of the
 * frame after the last answer the screen waited for (the write's own and any re-read it caused).
 * `__writes.last` holds the latest measurement and the requests made in between.
 */
export function watchWrites(channel: string): void {
  interface Measurement {
    startAt: number;
    settledAt?: number;
    requests: string[];
  }
  const state: { last: Measurement | null } = { last: null };
  (window as unknown as { __writes: typeof state }).__writes = state;
  const original = window.fetch.bind(window);
  let inFlight = 0;
  let started = 0;
  const settleSoon = (measurement: Measurement) => {
    const startedBefore = started;
    // A re-read the answer causes starts before the next frame; only a quiet frame ends the wait.
    requestAnimationFrame(() => {
      const port = new MessageChannel();
      port.port1.onmessage = () => {
        if (inFlight === 0 && started === startedBefore && state.last === measurement) {
          measurement.settledAt ??= performance.now();
        }
      };
      port.port2.postMessage(null);
    });
  };
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const name = decodeURIComponent(/\/api\/([^?]+)/.exec(url)?.[1] ?? '');
    if (!name) return original(input, init);
    if (name === channel) state.last = { startAt: performance.now(), requests: [] };
    const measurement = state.last;
    measurement?.requests.push(name);
    inFlight++;
    started++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      inFlight--;
      if (measurement && inFlight === 0) settleSoon(measurement);
    };
    try {
      const response = await original(input, init);
      // The client reads the body next: the answer counts as received once it is parsed.
      const json = response.json.bind(response);
      const text = response.text.bind(response);
      response.json = () => json().finally(finish);
      response.text = () => text().finally(finish);
      return response;
    } catch (error) {
      finish();
      throw error;
    }
  };
}
