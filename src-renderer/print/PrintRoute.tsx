import { useEffect, useMemo, useState } from 'react';
import {
  PRINT_ERROR_ATTRIBUTE,
  PRINT_STATE_ATTRIBUTE,
  parsePrintQuery,
  type PrintState,
} from '../../src-main/contract/print-route';
import type { LaidOut } from './PagedDocument';
import { documentTitle, PrintView } from './PrintView';
import { usePrintModel } from './use-print-data';

function report(state: PrintState, error?: string): void {
  const root = document.documentElement;
  root.setAttribute(PRINT_STATE_ATTRIBUTE, state);
  if (error) root.setAttribute(PRINT_ERROR_ATTRIBUTE, error);
  else root.removeAttribute(PRINT_ERROR_ATTRIBUTE);
}

/**
 * The bare print view, `#/print/<options>`: no app around it. The desktop prints this page in a
 * hidden window, and the tests print it with Chromium. It says on `<html>` when its pages are final.
 */
export function PrintRoute({ query }: { query: string }) {
  const parsed = useMemo(() => parsePrintQuery(query), [query]);
  const options = parsed.ok ? parsed.options : null;
  const { model, error } = usePrintModel(options);
  const [laidOut, setLaidOut] = useState<LaidOut | null>(null);
  const failure = !parsed.ok ? parsed.error : error ? error.message : null;

  useEffect(() => {
    if (failure) report('error', failure);
    else report(laidOut?.ready && laidOut.pages > 0 ? 'ready' : 'loading');
  }, [failure, laidOut]);

  useEffect(() => () => report('loading'), []);

  useEffect(() => {
    if (model) document.title = documentTitle(model);
  }, [model]);

  if (failure) {
    return (
      <p className="print-failure" role="alert">
        {failure}
      </p>
    );
  }
  return (
    <main className="print-route" aria-label="Print view">
      {model ? <PrintView model={model} onLayout={setLaidOut} /> : null}
    </main>
  );
}
