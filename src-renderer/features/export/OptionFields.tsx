import type { InputHTMLAttributes, ReactNode } from 'react';
import type { ExportPrefs } from '../../../src-main/contract';
import { TICKS, type TickPref } from './options';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'children'>;

/** One labelled input of the export options (text by default; `type="date"` for a period). */
export function OptionField({
  label,
  value,
  onValue,
  ...input
}: InputProps & { label: string; value: string; onValue: (value: string) => void }) {
  return (
    <label className="export-field">
      <span>{label}</span>
      <input
        type="text"
        {...input}
        value={value}
        onChange={(event) => onValue(event.target.value)}
      />
    </label>
  );
}

/**
 * One tick box of the export options, its words from TICKS, with the hint under it that says what
 * ticking it lets out of the app (tied to the box, so a screen reader reads it with the box).
 */
export function OptionCheck({
  field,
  prefs,
  onChange,
}: {
  field: TickPref;
  prefs: ExportPrefs;
  onChange: (patch: Partial<ExportPrefs>) => void;
}) {
  const { label, hint, unavailable } = TICKS[field];
  const hintId = `${field.replace(/[A-Z]/g, (upper) => `-${upper.toLowerCase()}`)}-hint`;
  return (
    <>
      <label className="export-check">
        <input
          type="checkbox"
          checked={!unavailable && prefs[field]}
          disabled={unavailable}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange({ [field]: event.target.checked })}
        />
        {label}
      </label>
      {hint && (
        <p className="export-hint export-check-hint" id={hintId}>
          {hint}
        </p>
      )}
    </>
  );
}

/** One row of a list of tick boxes (aspirations, journal entries): the box, then what it picks. */
export function ChecklistItem({
  checked,
  onCheck,
  children,
}: {
  checked: boolean;
  onCheck: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <li>
      <label>
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => onCheck(event.target.checked)}
        />
        <span>{children}</span>
      </label>
    </li>
  );
}

/** One of a few choices (layout, format), each with its hint under its name. */
export function ChoicePicker<Id extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
}: {
  legend: string;
  /** The radio group's name, also the prefix of each hint's id. */
  name: string;
  choices: readonly { id: Id; label: string; hint: string }[];
  value: Id;
  onChange: (id: Id) => void;
}) {
  return (
    <fieldset className="export-fieldset" role="radiogroup">
      <legend>{legend}</legend>
      <div className="export-choices">
        {choices.map((choice) => (
          <label key={choice.id} className="export-choice">
            <input
              type="radio"
              name={`export-${name}`}
              value={choice.id}
              checked={value === choice.id}
              onChange={() => onChange(choice.id)}
              aria-describedby={`${name}-hint-${choice.id}`}
            />
            <span className="export-choice-text">
              <span className="export-choice-label">{choice.label}</span>
              <span className="export-hint" id={`${name}-hint-${choice.id}`}>
                {choice.hint}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
