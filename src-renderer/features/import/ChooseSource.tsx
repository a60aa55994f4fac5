import { useId, type ChangeEvent } from 'react';
import { FormError } from '../../ui/FormError';

interface Props {
  error: string | null;
  onChosen: (files: File[]) => void;
}

/** The two ways in: a folder of notes, or one export file. Nothing is read until one is chosen. */
export function ChooseSource({ error, onChosen }: Props) {
  const id = useId();
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Let the same folder be chosen again after going back.
    event.target.value = '';
    if (files.length > 0) onChosen(files);
  };
  return (
    <div className="import-choose">
      {/* Focus starts here, not on the first file input: the Enter that opened the dialog
          would otherwise open a file chooser as the key comes up. */}
      <p className="import-lead" tabIndex={-1} data-autofocus>
        Bring the notes you already keep. Waymark shows what it found before it writes anything, and
        importing the same notes again never adds them twice.
      </p>
      <div className="import-choices">
        <label className="card import-choice">
          <span id={`${id}-folder`} className="import-choice-title">
            Choose a folder…
          </span>
          <span id={`${id}-folder-hint`} className="import-choice-hint">
            Markdown notes and their subfolders: an Obsidian vault, a Joplin “Markdown + Front
            Matter” export, or notes from any editor.
          </span>
          <input
            type="file"
            multiple
            className="visually-hidden"
            aria-labelledby={`${id}-folder`}
            aria-describedby={`${id}-folder-hint`}
            ref={(input) => {
              if (input) input.webkitdirectory = true;
            }}
            onChange={chosen}
          />
        </label>
        <label className="card import-choice">
          <span id={`${id}-file`} className="import-choice-title">
            Choose an export file…
          </span>
          <span id={`${id}-file-hint`} className="import-choice-hint">
            A Day One export (.zip or Journal.json), a Joplin export (.jex), or a single note (.md).
          </span>
          <input
            type="file"
            accept=".zip,.json,.jex,.md,.markdown,.txt"
            className="visually-hidden"
            aria-labelledby={`${id}-file`}
            aria-describedby={`${id}-file-hint`}
            onChange={chosen}
          />
        </label>
      </div>
      <FormError message={error} />
      <p className="import-note">
        Pictures and attachments stay where they are: where a note showed one, the entry names it in
        brackets, such as [image: sketch.png].
      </p>
    </div>
  );
}
