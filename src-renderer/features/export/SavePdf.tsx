import { useState } from 'react';
import type { PrintOptions } from '../../../src-main/contract';
import { call, isDesktop } from '../../api/client';
import { usePlaintextExportConfirm } from '../lock/plaintext-export';

type Saving =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; path: string }
  | { kind: 'canceled' }
  | { kind: 'failed'; message: string };

interface Props {
  options: PrintOptions;
  fileName: string;
  /** The preview is laid out: what will be printed is known. */
  ready: boolean;
  /** Keeps the person's choices before the document leaves the app. */
  beforeSave: () => Promise<boolean>;
}

/**
 * Desktop: a save dialog, then the print view printed to that file, then "Show in folder".
 * Browser edition: the browser's print dialog on this same document ("Save as PDF" there).
 */
export function SavePdf({ options, fileName, ready, beforeSave }: Props) {
  const [saving, setSaving] = useState<Saving>({ kind: 'idle' });
  const desktop = isDesktop();
  const { confirmExport, dialog } = usePlaintextExportConfirm();

  const save = async () => {
    await beforeSave();
    if (!desktop) {
      window.print();
      return;
    }
    setSaving({ kind: 'saving' });
    try {
      const result = await call('export:savePdf', { options, fileName });
      if (result.ok) setSaving({ kind: 'saved', path: result.path });
      else if (result.canceled) setSaving({ kind: 'canceled' });
      else setSaving({ kind: 'failed', message: result.error });
    } catch (error) {
      setSaving({
        kind: 'failed',
        message: error instanceof Error ? error.message : 'The PDF could not be saved.',
      });
    }
  };

  const showInFolder = async (path: string) => {
    try {
      await call('export:showInFolder', { path });
    } catch (error) {
      setSaving({
        kind: 'failed',
        message: error instanceof Error ? error.message : 'The folder could not be shown.',
      });
    }
  };

  return (
    <div className="export-save">
      <button
        type="button"
        className="button-primary"
        onClick={() => confirmExport('the PDF', () => void save())}
        disabled={!ready || saving.kind === 'saving'}
        aria-describedby="export-save-hint"
      >
        Save PDF…
      </button>
      <p className="export-hint" id="export-save-hint">
        {desktop
          ? 'Choose where to save; the PDF is exactly the preview.'
          : 'Opens your browser’s print dialog on the preview: choose “Save as PDF” as the printer.'}
      </p>
      {dialog}
      <div className="export-save-result" role="status" aria-live="polite">
        {saving.kind === 'saving' && <p>Creating the PDF…</p>}
        {saving.kind === 'canceled' && <p>Not saved: the save was canceled.</p>}
        {saving.kind === 'failed' && <p className="field-error">{saving.message}</p>}
        {saving.kind === 'saved' && (
          <p>
            Saved to <span className="export-path">{saving.path}</span>{' '}
            <button type="button" onClick={() => void showInFolder(saving.path)}>
              Show in folder
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
