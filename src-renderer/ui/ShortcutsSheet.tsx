import type { CommandSpec } from '../../src-main/shared/commands';
import { displayAccelerator } from './accelerators';
import { Dialog } from './Dialog';

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
  { label: 'Mark as achievement', accelerator: 'CmdOrCtrl+Shift+A' },
];

/** Every shortcut in one modal dialog; Escape, Close or a press outside dismisses it. */
export function ShortcutsSheet({
  commands,
  onClose,
}: {
  commands: CommandSpec[];
  onClose: () => void;
}) {
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
    <Dialog title="Keyboard shortcuts" closeText="Close" closeOnBackdrop wide onClose={onClose}>
      <div className="shortcuts-body">
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
    </Dialog>
  );
}
