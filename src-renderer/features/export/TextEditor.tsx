import { useId, useState } from 'react';
import { MAX_COMPOSED_TEXT } from '../../../src-main/contract/export';
import { countWordsIn } from '../../print/compose/words';
import { spokenLength } from '../../print/layouts/spoken';
import type { SaveState } from '../../editor/autosave';
import { SaveStatus } from '../../ui/SaveStatus';
import { copyText } from './clipboard';

interface Props {
  /** The text box's name: "Your cover-letter paragraph", or the interview question. */
  label: string;
  copyLabel: string;
  /** The copy button's full name, when several editors share the screen. */
  copyName?: string;
  /** Said aloud: show how long it takes to say. */
  spoken: boolean;
  /** What is printed: the person's edit, or the drafted text. */
  text: string;
  edited: boolean;
  onChange: (text: string | null) => void;
  saveState: SaveState;
  saveError: string | null;
  rows?: number;
}

/**
 * A drafted paragraph or answer, for the person to rewrite before export. Their edit is kept until
 * they reset it; it can be copied as plain text.
 */
export function TextEditor({
  label,
  copyLabel,
  copyName,
  spoken,
  text,
  edited,
  onChange,
  saveState,
  saveError,
  rows = 11,
}: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  const hint = useId();
  const words = countWordsIn(text);
  const copy = async () => {
    const ok = await copyText(text);
    setCopied(
      ok ? 'Copied as plain text.' : 'Could not copy: select the text and copy it instead.',
    );
  };
  return (
    <div className="export-text-item">
      <label className="export-field">
        <span>{label}</span>
        <textarea
          value={text}
          rows={rows}
          maxLength={MAX_COMPOSED_TEXT}
          onChange={(event) => {
            setCopied(null);
            onChange(event.target.value);
          }}
          aria-describedby={hint}
        />
      </label>
      <p className="export-hint" id={hint}>
        {edited
          ? 'Your own version: it is kept, and no longer follows changes to your plan.'
          : text.trim() === ''
            ? 'Nothing to draft from yet: write your own answer here.'
            : 'Drafted from your plan. Rewrite it in your own words: your version is kept.'}{' '}
        {words} {words === 1 ? 'word' : 'words'}
        {spoken ? `, ${spokenLength(words)} to say` : ''}.
      </p>
      <div className="export-text-actions">
        <button
          type="button"
          onClick={() => void copy()}
          disabled={text.trim() === ''}
          aria-label={copyName}
        >
          {copyLabel}
        </button>
        {edited && (
          <button
            type="button"
            onClick={() => onChange(null)}
            aria-label={copyName ? `Reset to the drafted text: ${label}` : undefined}
          >
            Reset to the drafted text
          </button>
        )}
        {edited && <SaveStatus state={saveState} error={saveError} />}
      </div>
      <p className="export-copied" role="status">
        {copied}
      </p>
    </div>
  );
}
