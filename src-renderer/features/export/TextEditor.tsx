import { useState } from 'react';
import { MAX_COMPOSED_TEXT } from '../../../src-main/contract/export';
import { countWordsIn } from '../../print/compose/words';
import { spokenLength } from '../../print/layouts/TextLayout';
import type { SaveState } from '../../editor/autosave';
import { SaveStatus } from '../../ui/SaveStatus';
import { copyText } from './clipboard';

interface Props {
  layout: 'cover-letter' | 'interview';
  /** What is printed: the person's edit, or the drafted text. */
  text: string;
  edited: boolean;
  onChange: (text: string | null) => void;
  saveState: SaveState;
  saveError: string | null;
}

const WORDS = {
  'cover-letter': { label: 'Your cover-letter paragraph', copy: 'Copy paragraph' },
  interview: { label: 'Your interview answer', copy: 'Copy answer' },
} as const;

/**
 * The drafted paragraph or answer, for the person to rewrite before export. Their edit is kept until
 * they reset it; both can be copied as plain text.
 */
export function TextEditor({ layout, text, edited, onChange, saveState, saveError }: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  const words = countWordsIn(text);
  const copy = async () => {
    const ok = await copyText(text);
    setCopied(
      ok ? 'Copied as plain text.' : 'Could not copy: select the text and copy it instead.',
    );
  };
  return (
    <fieldset className="export-fieldset export-text">
      <legend>Text</legend>
      <label className="export-field">
        <span>{WORDS[layout].label}</span>
        <textarea
          value={text}
          rows={11}
          maxLength={MAX_COMPOSED_TEXT}
          onChange={(event) => {
            setCopied(null);
            onChange(event.target.value);
          }}
          aria-describedby="export-text-hint"
        />
      </label>
      <p className="export-hint" id="export-text-hint">
        {edited
          ? 'Your own version: it is kept, and no longer follows changes to your plan.'
          : 'Drafted from your plan. Rewrite it in your own words: your version is kept.'}{' '}
        {words} {words === 1 ? 'word' : 'words'}
        {layout === 'interview' ? `, ${spokenLength(words)} to say` : ''}.
      </p>
      <div className="export-text-actions">
        <button type="button" onClick={() => void copy()} disabled={text.trim() === ''}>
          {WORDS[layout].copy}
        </button>
        {edited && (
          <button type="button" onClick={() => onChange(null)}>
            Reset to the drafted text
          </button>
        )}
        {edited && <SaveStatus state={saveState} error={saveError} />}
      </div>
      <p className="export-copied" role="status">
        {copied}
      </p>
    </fieldset>
  );
}
