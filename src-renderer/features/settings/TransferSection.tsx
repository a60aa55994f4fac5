import { write } from '../../api/effects';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { IMPORT_MAX_CHARS, type ImportSummary } from '../../../src-main/contract';
import { call } from '../../api/client';
import { usePlaintextExportConfirm } from '../lock/plaintext-export';
import { downloadText } from './download';
import { formatSize } from './format';
import { FormError } from '../../ui/FormError';

function importMessage(summary: ImportSummary): string {
  const added = `${summary.added} ${summary.added === 1 ? 'item' : 'items'} added`;
  const present =
    summary.alreadyPresent === 0
      ? ''
      : `; ${summary.alreadyPresent} ${summary.alreadyPresent === 1 ? 'was' : 'were'} already in your journal`;
  const backup = summary.backup ? ' Your journal was backed up first.' : '';
  return `Import finished: ${added}${present}.${backup}`;
}

/** Export everything, Import…, Export as Markdown. */
export function TransferSection() {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { confirmExport, dialog } = usePlaintextExportConfirm();

  const exportAll = useMutation({
    mutationFn: () => call('archive:export', {}),
    onMutate: () => (setNotice(null), setProblem(null)),
    onSuccess: (file) => {
      downloadText(file.fileName, file.text);
      setNotice(
        `Exported everything as ${file.fileName} (${formatSize(new Blob([file.text]).size)}).`,
      );
    },
    onError: (error) => setProblem(error.message),
  });

  const importFile = useMutation({
    mutationFn: async (file: File) => {
      if (file.size > IMPORT_MAX_CHARS) {
        throw new Error(
          `This file is ${formatSize(file.size)}; Waymark imports export files up to ${formatSize(IMPORT_MAX_CHARS)}.`,
        );
      }
      return write(queryClient, 'archive:import', { text: await file.text() });
    },
    onMutate: () => (setNotice(null), setProblem(null)),
    onSuccess: async (summary) => {
      setNotice(importMessage(summary));
    },
    onError: (error) => setProblem(error.message),
  });

  const markdown = useMutation({
    mutationFn: () => call('archive:markdown', {}),
    onMutate: () => (setNotice(null), setProblem(null)),
    onSuccess: (result) =>
      setNotice(
        `Wrote ${result.files} Markdown ${result.files === 1 ? 'file' : 'files'} to ${result.folder}` +
          (result.attachments === 0
            ? ''
            : `, with ${result.attachments} ${result.attachments === 1 ? 'picture or file' : 'pictures and files'} in journal/attachments`),
      ),
    onError: (error) => setProblem(error.message),
  });

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again still counts
    if (file) importFile.mutate(file);
  };

  return (
    <section className="card settings-section" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Export and import</h2>
      <div className="transfer-grid">
        <div className="transfer-item">
          <h3>Everything, in one file</h3>
          <p className="settings-hint">
            Every entry, aspiration, goal and step in one file, to keep somewhere else or to move
            Waymark to another computer.
          </p>
          <button
            type="button"
            onClick={() => confirmExport('the export file', () => exportAll.mutate())}
            disabled={exportAll.isPending}
          >
            {exportAll.isPending ? 'Exporting…' : 'Export everything'}
          </button>
        </div>
        <div className="transfer-item">
          <h3>Bring a file back in</h3>
          <p className="settings-hint">
            Adds what a Waymark export file holds to this journal. What is already here stays as it
            is, so the same file can be imported twice safely.
          </p>
          <label className={`file-button${importFile.isPending ? ' is-busy' : ''}`}>
            {importFile.isPending ? 'Importing…' : 'Import…'}
            <input
              type="file"
              className="visually-hidden"
              accept=".json,application/json"
              aria-label="Import a Waymark export file"
              onChange={onFile}
              disabled={importFile.isPending}
            />
          </label>
        </div>
        <div className="transfer-item">
          <h3>Readable copy</h3>
          <p className="settings-hint">
            A folder with one Markdown file per entry and your plan, pictures and files beside them,
            readable in any text editor.
          </p>
          <button
            type="button"
            onClick={() => confirmExport('the Markdown folder', () => markdown.mutate())}
            disabled={markdown.isPending}
          >
            {markdown.isPending ? 'Exporting…' : 'Export as Markdown'}
          </button>
        </div>
      </div>
      {dialog}
      <div className="transfer-messages">
        {notice && (
          <p className="settings-notice" role="status">
            {notice}
          </p>
        )}
        <FormError message={problem} />
      </div>
    </section>
  );
}
