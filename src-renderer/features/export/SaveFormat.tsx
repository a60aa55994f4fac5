import { useState } from 'react';
import { isDesktop } from '../../api/client';
import {
  clipboardParts,
  exportFile,
  fileNameFor,
  type ExportFormat,
  type FileFormat,
} from '../../print/formats';
import type { PrintModel } from '../../print/model';
import { downloadBlob } from '../settings/download';
import { usePlaintextExportConfirm } from '../lock/plaintext-export';
import { copyFormatted } from './clipboard';

const WORDS: Record<Exclude<ExportFormat, 'pdf'>, { button: string; what: string }> = {
  docx: { button: 'Word document', what: 'the Word document' },
  text: { button: 'plain text', what: 'the text file' },
  'json-resume': { button: 'JSON Resume', what: 'the JSON Resume file' },
  copy: { button: 'formatted text', what: 'the copied text' },
};

interface Props {
  model: PrintModel;
  format: Exclude<ExportFormat, 'pdf'>;
  /** The file's name without its extension. */
  fileName: string;
  /** Keeps the person's choices before the document leaves the app. */
  beforeSave: () => Promise<boolean>;
}

/**
 * Word, plain text and JSON Resume files are made in the page from the same document as the
 * preview and handed over as a download: the browser edition saves it to Downloads, the desktop
 * asks where. "Copy" puts formatted and plain text on the clipboard.
 */
export function SaveFormat({ model, format, fileName, beforeSave }: Props) {
  const [status, setStatus] = useState<{ text: string; failed?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const { confirmExport, dialog } = usePlaintextExportConfirm();
  const desktop = isDesktop();
  const copying = format === 'copy';

  const run = async () => {
    setBusy(true);
    setStatus(null);
    try {
      await beforeSave();
      if (copying) {
        const { html, text } = clipboardParts(model);
        const copied = await copyFormatted(html, text);
        setStatus(
          copied === 'formatted'
            ? { text: 'Copied with its headings and lists: paste it into a document or an e-mail.' }
            : copied === 'plain'
              ? { text: 'Copied as plain text (this window may not copy formatting).' }
              : { text: 'Could not copy: try the plain-text file instead.', failed: true },
        );
        return;
      }
      const name = fileNameFor(fileName, format as FileFormat);
      downloadBlob(name, await exportFile(model, format as FileFormat));
      setStatus({
        text: desktop ? `Choose where to save ${name}.` : `Downloaded ${name}.`,
      });
    } catch (error) {
      setStatus({
        text: `${WORDS[format].what.replace(/^./, (c) => c.toUpperCase())} could not be made: ${
          error instanceof Error ? error.message : String(error)
        }`,
        failed: true,
      });
    } finally {
      setBusy(false);
    }
  };

  const label = copying
    ? 'Copy formatted text'
    : `${desktop ? 'Save' : 'Download'} ${WORDS[format].button}${desktop ? '…' : ''}`;
  return (
    <div className="export-save">
      <button
        type="button"
        className="button-primary"
        onClick={() => (copying ? void run() : confirmExport(WORDS[format].what, () => void run()))}
        disabled={busy}
      >
        {label}
      </button>
      {dialog}
      <div className="export-save-result" role="status" aria-live="polite">
        {status && <p className={status.failed ? 'field-error' : undefined}>{status.text}</p>}
      </div>
    </div>
  );
}
