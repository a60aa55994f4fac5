import type { ExportPrefs } from '../../../src-main/contract';
import type { SaveState } from '../../editor/autosave';
import type { PrintModel } from '../../print/model';
import { OptionField } from './OptionFields';
import { TextEditor } from './TextEditor';

interface Props {
  prefs: ExportPrefs;
  model: PrintModel;
  update: (patch: Partial<ExportPrefs>) => void;
  saveState: SaveState;
  saveError: string | null;
}

/** The role a cover letter is for: the paragraph names it and speaks of the aspirations that fit. */
export function TargetRole({ prefs, update }: Pick<Props, 'prefs' | 'update'>) {
  return (
    <fieldset className="export-fieldset">
      <legend>Applying for</legend>
      <OptionField
        label="Role (optional)"
        value={prefs.targetRole}
        maxLength={120}
        placeholder="e.g. Product design lead"
        onValue={(targetRole) => update({ targetRole })}
      />
      <OptionField
        label="Organisation (optional)"
        value={prefs.targetOrganisation}
        maxLength={120}
        onValue={(targetOrganisation) => update({ targetOrganisation })}
      />
    </fieldset>
  );
}

export function CoverLetterText({ prefs, model, update, saveState, saveError }: Props) {
  return (
    <fieldset className="export-fieldset export-text">
      <legend>Text</legend>
      <TextEditor
        label="Your cover-letter paragraph"
        copyLabel="Copy paragraph"
        spoken={false}
        text={model.text}
        edited={prefs.coverLetterText !== null}
        onChange={(coverLetterText) => update({ coverLetterText })}
        saveState={saveState}
        saveError={saveError}
      />
    </fieldset>
  );
}

/** Each interview question's drafted answer, each kept apart when the person rewrites it. */
export function InterviewTexts({ prefs, model, update, saveState, saveError }: Props) {
  return (
    <fieldset className="export-fieldset export-text">
      <legend>Answers</legend>
      {model.answers.map((answer) => {
        const edited =
          answer.id === 'five-years'
            ? prefs.interviewText !== null
            : (prefs.interviewAnswers[answer.id] ?? null) !== null;
        return (
          <TextEditor
            key={answer.id}
            label={answer.question}
            copyLabel="Copy answer"
            copyName={`Copy answer: ${answer.question}`}
            spoken
            rows={7}
            text={answer.text}
            edited={edited}
            onChange={(text) =>
              update(
                answer.id === 'five-years'
                  ? { interviewText: text }
                  : { interviewAnswers: { ...prefs.interviewAnswers, [answer.id]: text } },
              )
            }
            saveState={saveState}
            saveError={saveError}
          />
        );
      })}
    </fieldset>
  );
}
