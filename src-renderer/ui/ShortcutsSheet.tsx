import { useEffect, useRef } from 'react';
import type { CommandSpec } from '../../src-main/shared/commands';
import { displayAccelerator } from './accelerators';

const EDITING: { label: string; accelerator: string }[] = [
  { label: 'Bold', accelerator: 'CmdOrCtrl+B' },
  { label: 'Italic', accelerator: 'CmdOrCtrl+I' },
  { label: 'Underline', accelerator: 'CmdOrCtrl+U' },
  { label: 'Strikethrough', accelerator: 'CmdOrCtrl+Shift+S' },
  { label: 'Highlight', accelerator: 'CmdOrCtrl+Shift+H' },
  { label: 'Heading 1 / 2 / 3', accelerator: 'CmdOrCtrl+Alt+1' },
  { label: 'Bullet list', accelerator: 'CmdOrCtrl+Shift+8' },
  { label: 'Numbered list', accelerator: 'CmdOrCtrl+Shift+7' },
  { label: 'Task list', accelerator: 'CmdOrCtrl+Shift+9' },
  { label: 'Quote', accelerator: 'CmdOrCtrl+Shift+B' },
  { label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
  { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z' },
];

/** Every shortcut in one modal sheet; Escape or the Close button dismisses it. */
export function ShortcutsSheet({
  commands,
  onClose,
}: {
  commands: CommandSpec[];
  onClose: () => void;
}) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    return () => previous?.focus();
  }, []);
  const rows = [
    ...commands
      .filter((c) => c.accelerator && !(c.pageOnly && c.id === 'shortcuts-page'))
      .map((c) => ({
        group: c.group,
        label: c.label,
        keys: displayAccelerator(c.accelerator as string),
      })),
    { group: 'Help', label: 'Keyboard shortcuts (when not typing)', keys: '?' },
    ...EDITING.map((e) => ({
      group: 'Editing',
      label: e.label,
      keys: displayAccelerator(e.accelerator),
    })),
  ];
  const groups = [...new Set(rows.map((row) => row.group))];
  return (
    <div className="sheet-backdrop" onMouseDown={onClose}>
      <div
        className="sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
          if (event.key === 'Tab') {
            event.preventDefault();
            closeButton.current?.focus();
          }
        }}
      >
        <div className="sheet-header">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button ref={closeButton} type="button" onClick={onClose}>
            Close
          </button>
        </div>
        <div className="sheet-body">
          {groups.map((group) => (
            <section key={group} aria-label={group}>
              <h3>{group}</h3>
              <dl className="shortcut-list">
                {rows
                  .filter((row) => row.group === group)
                  .map((row) => (
                    <div key={`${group}-${row.label}`} className="shortcut-row">
                      <dt>{row.label}</dt>
                      <dd>
                        <kbd>{row.keys}</kbd>
                      </dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
