import { finishedWriting } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import type { ImportPreview, ImportProgress } from '../../../src-main/contract';
import { call } from '../../api/client';
import { ChooseSource } from './ChooseSource';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportRunning } from './ImportRunning';
import { ImportSummary } from './ImportSummary';
import { useImportProgress } from './use-import-progress';
import { chooseFiles, uploadFiles } from './upload';
import './import.css';

type Step =
  | { kind: 'choose'; error: string | null }
  | { kind: 'reading'; sent: number; total: number }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'running'; progress: ImportProgress; preview: ImportPreview }
  | { kind: 'finished'; progress: ImportProgress; preview: ImportPreview };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/**
 * Import… : choose a folder or an export, see what it holds, import it with a progress bar that
 * can be cancelled, then a summary. A modal dialog; Escape closes it except while importing, and
 * focus goes back to the button that opened it.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'choose', error: null });
  const session = useRef<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    return () => {
      abort.current?.abort();
      if (session.current)
        void call('import:discard', { sessionId: session.current }).catch(() => undefined);
    };
  }, []);

  const discard = useCallback(() => {
    abort.current?.abort();
    const id = session.current;
    session.current = null;
    if (id) void call('import:discard', { sessionId: id }).catch(() => undefined);
  }, []);

  const close = useCallback(() => {
    discard();
    onClose();
  }, [discard, onClose]);

  const read = useCallback(
    async (list: File[]) => {
      discard();
      const chosen = chooseFiles(list);
      const controller = new AbortController();
      abort.current = controller;
      const total = chosen.files.reduce((sum, file) => sum + file.file.size, 0);
      setStep({ kind: 'reading', sent: 0, total });
      try {
        const sessionId = await uploadFiles(
          chosen,
          (sent) => setStep({ kind: 'reading', sent, total }),
          controller.signal,
        );
        session.current = sessionId;
        const result = await call('import:preview', { sessionId });
        if (!controller.signal.aborted) setStep({ kind: 'preview', preview: result });
      } catch (error) {
        if (!controller.signal.aborted) setStep({ kind: 'choose', error: messageOf(error) });
      }
    },
    [discard],
  );

  const start = useCallback(async (preview: ImportPreview) => {
    if (!session.current) return;
    try {
      const progress = await call('import:start', { sessionId: session.current });
      setStep({ kind: progress.state === 'running' ? 'running' : 'finished', progress, preview });
    } catch (error) {
      setStep({ kind: 'choose', error: messageOf(error) });
    }
  }, []);

  const onProgress = useCallback(
    (progress: ImportProgress) => {
      setStep((current) => {
        if (current.kind !== 'running') return current;
        return {
          kind: progress.state === 'running' ? 'running' : 'finished',
          progress,
          preview: current.preview,
        };
      });
      // The import wrote in the background until now: what it declares it changes is read again.
      if (progress.state !== 'running') void finishedWriting(queryClient, 'import:start');
    },
    [queryClient],
  );
  const [cancelling, cancel] = useImportProgress(
    step.kind === 'running' ? step.progress.sessionId : null,
    onProgress,
  );

  const busy = step.kind === 'running';
  return (
    <Dialog
      title="Import notes"
      className="import-dialog"
      closeText="Close"
      closeButton={!busy}
      onClose={() => {
        if (!busy) close();
      }}
    >
      <div className="import-body">
        {step.kind === 'choose' && (
          <ChooseSource error={step.error} onChosen={(files) => void read(files)} />
        )}
        {step.kind === 'reading' && (
          <div className="import-reading">
            <p role="status">Reading the files… Nothing is written yet.</p>
            <progress aria-label="Reading files" max={Math.max(1, step.total)} value={step.sent} />
            <div className="import-actions">
              <button
                type="button"
                onClick={() => {
                  discard();
                  setStep({ kind: 'choose', error: null });
                }}
              >
                Cancel
              </button>
            </div>
          </div>
        )}
        {step.kind === 'preview' && (
          <ImportPreviewView
            preview={step.preview}
            onImport={() => void start(step.preview)}
            onChooseAgain={() => {
              discard();
              setStep({ kind: 'choose', error: null });
            }}
          />
        )}
        {step.kind === 'running' && (
          <ImportRunning
            progress={step.progress}
            cancelling={cancelling}
            onCancel={() => void cancel()}
          />
        )}
        {step.kind === 'finished' && (
          <ImportSummary progress={step.progress} preview={step.preview} onDone={close} />
        )}
      </div>
    </Dialog>
  );
}
