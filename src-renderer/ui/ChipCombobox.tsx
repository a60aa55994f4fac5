import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import './chip-combobox.css';
import { FormError } from './FormError';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Unknown problem.';
}

interface Props<C, O> {
  /** The visible label, which also names the combobox. */
  label: string;
  /** Names the list of chips, when the label alone does not say what they are. */
  chipsLabel?: string;
  /** Extra class on the whole control, for a feature's own look. */
  className?: string;
  chips: readonly C[];
  chipKey: (chip: C) => string;
  /** A chip's content (text, or a link that opens what it stands for). */
  renderChip: (chip: C) => ReactNode;
  /** The remove button's accessible name, e.g. "Remove tag work". */
  removeLabel: (chip: C) => string;
  /** What can be added for the typed text; asked only while the list is open. */
  suggest: (text: string) => readonly O[];
  /** The person has come to the combobox: a moment to fetch what `suggest` reads from. */
  onFocus?: () => void;
  optionKey: (option: O) => string;
  renderOption: (option: O) => ReactNode;
  /** Names the list of suggestions. */
  listLabel: string;
  /**
   * Lets the typed text itself be added (Enter, or a comma) when no suggestion is chosen; null for
   * text that cannot be. Without it, Enter adds the only suggestion left.
   */
  typedOption?: (text: string) => O | null;
  /** Adds a chip; a rejection is shown under the control in its own words. */
  onAdd: (option: O) => Promise<unknown>;
  onRemove: (chip: C) => Promise<unknown>;
  placeholder: string;
  maxLength: number;
}

/**
 * Chips, each with its own remove button, and a combobox that suggests what to add as you type:
 * arrow keys choose, Enter adds, Escape closes the list. A failed change is shown in words and the
 * typed text is kept.
 */
export function ChipCombobox<C, O>(props: Props<C, O>) {
  const { chips, typedOption } = props;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const ids = useId();
  const inputId = `${ids}-input`;
  const listId = `${ids}-list`;
  const errorId = `${ids}-error`;

  const options = open ? props.suggest(text) : [];
  const expanded = options.length > 0;

  const change = async (run: () => Promise<unknown>) => {
    try {
      await run();
      setError(null);
      return true;
    } catch (failure) {
      setError(messageOf(failure));
      return false;
    }
  };

  const add = async (option: O | null | undefined) => {
    if (option === null || option === undefined) return;
    const typed = text;
    if (await change(() => props.onAdd(option))) {
      // Only what was added is cleared: the next chip may already be typed while this one saved.
      setText((current) => (current === typed ? '' : current));
      setActive(-1);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = active >= 0 ? options[active] : undefined;
      if (chosen !== undefined) void add(chosen);
      else if (typedOption) void add(typedOption(text));
      // With one match left, Enter adds it without choosing it first.
      else if (options.length === 1) void add(options[0]);
    } else if (event.key === ',' && typedOption) {
      event.preventDefault();
      void add(typedOption(text));
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className={`chip-field${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={inputId} className="chip-field-label">
        {props.label}
      </label>
      {chips.length > 0 && (
        <ul className="chips" aria-label={props.chipsLabel}>
          {chips.map((chip) => (
            <li key={props.chipKey(chip)} className="chip">
              {props.renderChip(chip)}
              <button
                type="button"
                aria-label={props.removeLabel(chip)}
                onClick={() => void change(() => props.onRemove(chip))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="chip-combobox">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          placeholder={props.placeholder}
          value={text}
          maxLength={props.maxLength}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => {
            setOpen(true);
            props.onFocus?.();
          }}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <ul
          role="listbox"
          id={listId}
          aria-label={props.listLabel}
          className="chip-suggestions"
          hidden={!expanded}
        >
          {options.map((option, index) => (
            <li
              key={props.optionKey(option)}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the input must not lose focus (and close the list) first.
              onMouseDown={(event) => {
                event.preventDefault();
                void add(option);
              }}
            >
              {props.renderOption(option)}
            </li>
          ))}
        </ul>
      </div>
      <FormError message={error} id={errorId} />
    </div>
  );
}
