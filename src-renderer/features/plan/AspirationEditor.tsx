import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Aspiration, RichTextNode } from '../../../src-main/contract';
import { updateAspirationInput } from '../../../src-main/contract/plan';
import type { FieldErrors } from '../../editor/autosave';
import { useAutosave } from '../../editor/use-autosave';
import { Field, type FieldControlProps } from './Field';
import { SaveStatus } from '../../ui/SaveStatus';
import { StatementEditor } from './StatementEditor';
import { fieldErrorsOf } from './field-errors';

interface AspirationDraft {
  title: string;
  horizonDate: string;
  statement: RichTextNode;
}

function toInput(id: string, draft: AspirationDraft) {
  return {
    id,
    title: draft.title,
    horizonDate: draft.horizonDate === '' ? null : draft.horizonDate,
    statement: draft.statement,
  };
}

const draftOf = (aspiration: Aspiration): AspirationDraft => ({
  title: aspiration.title,
  horizonDate: aspiration.horizonDate ?? '',
  statement: aspiration.statement,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function validate(id: string, draft: AspirationDraft): FieldErrors | null {
  const parsed = updateAspirationInput.safeParse(toInput(id, draft));
  if (parsed.success) return null;
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

/** Title, horizon and statement of an aspiration, saved by themselves as the person types. */
export function AspirationEditor({
  aspiration,
  registerFlush,
  status,
}: {
  aspiration: Aspiration;
  registerFlush: (flush: (() => Promise<boolean>) | null) => void;
  /** Where the aspiration stands (a badge), shown on the title's label line. */
  status?: ReactNode;
}) {
  const client = useQueryClient();
  const statementLabel = useId();
  // The revision of the aspiration the form holds, sent with each save: when a sync merged another
  // computer's words into the statement while the person was typing here, the form keeps its text
  // and the save is merged as typed on this revision, so the words it never showed are kept.
  const typedOn = useRef(aspiration.revision);
  const saver = useAutosave<AspirationDraft>({
    key: `aspiration:${aspiration.id}`,
    delayMs: 800,
    validate: (d) => validate(aspiration.id, d),
    fieldErrorsOf,
    save: async (d, { keepalive }) => {
      const saved = await write(
        client,
        'plan:updateAspiration',
        { ...toInput(aspiration.id, d), baseRevision: typedOn.current },
        { keepalive },
      );
      typedOn.current = saved.revision;
    },
  });
  // Changes left on a save that had not gone through when this form closed are the newest.
  const [draft, setDraft] = useState<AspirationDraft>(() => saver.handed ?? draftOf(aspiration));
  const latest = useRef<AspirationDraft | null>(null);
  // What the statement editor is told to show: the stored statement, until it takes a newer one.
  const [shownStatement, setShownStatement] = useState(
    () => saver.handed?.statement ?? aspiration.statement,
  );
  const { flush } = saver;

  // The stored aspiration changed under the form (a sync merged another computer's words): shown
  // when nothing was typed here since the form last matched what was stored. Text typed here is
  // never replaced; its save is merged by sync.
  const stored = useRef(aspiration);
  useEffect(() => {
    const previous = stored.current;
    stored.current = aspiration;
    if (previous.revision === aspiration.revision || saver.state !== 'saved') return;
    const held = latest.current ?? draft;
    if (same(held, draftOf(aspiration))) {
      typedOn.current = aspiration.revision;
      return;
    }
    if (!same(held, draftOf(previous))) return;
    const next = draftOf(aspiration);
    latest.current = next;
    setDraft(next);
    setShownStatement(next.statement);
    typedOn.current = aspiration.revision;
  }, [aspiration, draft, saver.state]);

  useEffect(() => {
    registerFlush(flush);
    return () => registerFlush(null);
  }, [registerFlush, flush]);

  const update = (changes: Partial<AspirationDraft>) => {
    const next = { ...(latest.current ?? draft), ...changes };
    latest.current = next;
    setDraft(next);
    saver.change(next);
  };

  return (
    <div className="aspiration-editor">
      <Field
        label="Aspiration"
        error={saver.errors.title}
        className="field-title"
        aside={
          <>
            {status}
            <SaveStatus state={saver.state} error={saver.failure} />
          </>
        }
      >
        {(props) => (
          <TitleArea {...props} value={draft.title} onChange={(title) => update({ title })} />
        )}
      </Field>
      <Field
        label="Horizon"
        hint="When you would like to be there. Needed to work backwards."
        error={saver.errors.horizonDate}
        className="field-inline"
      >
        {(props) => (
          <input
            {...props}
            type="date"
            value={draft.horizonDate}
            onChange={(e) => update({ horizonDate: e.target.value })}
          />
        )}
      </Field>
      <div className="field">
        <span className="field-label" id={statementLabel}>
          Statement
        </span>
        <StatementEditor
          content={shownStatement}
          onChange={(statement) => update({ statement })}
          labelledBy={statementLabel}
        />
        {saver.errors.statement && (
          <span className="field-error" role="alert">
            {saver.errors.statement}
          </span>
        )}
      </div>
    </div>
  );
}

/**
 * The title as a one-line value that wraps and grows with its words, so a long title is read whole
 * (an input would cut it off). Enter does not start a new line; pasted line breaks become spaces.
 */
function TitleArea({
  value,
  onChange,
  ...props
}: FieldControlProps & { value: string; onChange: (value: string) => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.style.height = 'auto';
    area.style.height = `${area.scrollHeight + area.offsetHeight - area.clientHeight}px`;
  });
  return (
    <textarea
      {...props}
      ref={ref}
      rows={1}
      className="title-input"
      value={value}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
      onChange={(e) => onChange(e.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
    />
  );
}
