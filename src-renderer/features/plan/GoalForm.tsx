import type { ChangeEvent, InputHTMLAttributes } from 'react';
import type { SmartLetter, SmartReport } from '../../../src-main/contract';
import { GOAL_STATUSES } from '../../../src-main/contract/plan';
import type { FieldErrors } from '../../editor/autosave';
import { Field } from './Field';
import { GOAL_STATUS_LABELS } from '../../../src-main/shared/labels';
import type { GoalDraft } from './goal-draft';
import { SmartSection } from './SmartSection';

/** The SMART letters in the order `smart.letters` reports them, each with the question that coaches it. */
const SECTIONS = [
  {
    legend: 'Specific',
    coaching:
      'What exactly will be true when this is done? And why does it matter to you: what you enjoy, what you are good at, what you bring that others do not?',
  },
  {
    legend: 'Measurable',
    coaching:
      'What will you count to know how far you have come? Set a target, and record where you stand today.',
  },
  {
    legend: 'Achievable',
    coaching:
      'Be honest about what could slow you down or stop you, then plan how you will get around it.',
  },
  {
    legend: 'Realistic',
    coaching:
      'Look at what else matters in your life right now. Why does this timeline fit, and what will you let go of to make room?',
  },
  {
    legend: 'Time-bound',
    coaching:
      'When will you start, and by when will it be done? A deadline turns a wish into a goal.',
  },
] as const;

interface Props {
  draft: GoalDraft;
  errors: FieldErrors;
  smart: SmartReport;
  onChange: (changes: Partial<GoalDraft>) => void;
}

/** The SMART form, coaching letter by letter. Every field shows its own error beside it. */
export function GoalForm({ draft, errors, smart, onChange }: Props) {
  const bind = (field: keyof GoalDraft) => ({
    value: draft[field],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ [field]: e.target.value }),
  });
  const text = (field: keyof GoalDraft, label: string) => (
    <Field label={label} error={errors[field]}>
      {(props) => <textarea {...props} rows={2} {...bind(field)} />}
    </Field>
  );
  const input = (
    field: keyof GoalDraft,
    label: string,
    attributes: InputHTMLAttributes<HTMLInputElement>,
  ) => (
    <Field label={label} error={errors[field]}>
      {(props) => <input {...props} {...attributes} {...bind(field)} />}
    </Field>
  );
  const line = (field: keyof GoalDraft, label: string, placeholder: string, decimal = false) =>
    input(field, label, { placeholder, inputMode: decimal ? 'decimal' : undefined });
  const date = (field: keyof GoalDraft, label: string, required = false) =>
    input(field, label, { type: 'date', required });
  // Each letter's fields, in the order of SECTIONS.
  const fields = [
    <>
      {text('specificWhat', 'What exactly?')}
      {text('specificWhy', 'Why does it matter to you?')}
    </>,
    <>
      <div className="field-row">
        {line('metricName', 'Metric', 'e.g. pitches won')}
        {line('metricUnit', 'Unit', 'e.g. pitches')}
      </div>
      <div className="field-row">
        {line('metricTarget', 'Target', 'e.g. 50', true)}
        {line('metricCurrent', 'Current value', 'e.g. 12', true)}
      </div>
    </>,
    <>
      {text('obstacles', 'Obstacles you expect')}
      {text('actionPlan', 'Your plan around them')}
    </>,
    <>
      {text('realisticWhy', 'Why the timeline is within reach')}
      {text('letGo', 'What you will let go of')}
    </>,
    <div className="field-row">
      {date('startDate', 'Start date')}
      {date('dueDate', 'Due date', true)}
      {draft.status === 'done' && date('completedOn', 'Completed on')}
    </div>,
  ];

  return (
    <form
      className="goal-form"
      aria-label="SMART goal"
      onSubmit={(e) => e.preventDefault()}
      noValidate
    >
      <div className="field-row goal-form-top">
        <Field label="Goal title" error={errors.title} className="field-grow">
          {(props) => <input {...props} {...bind('title')} />}
        </Field>
        <Field label="Status" error={errors.status}>
          {(props) => (
            <select
              {...props}
              value={draft.status}
              onChange={(e) => onChange({ status: e.target.value as GoalDraft['status'] })}
            >
              {GOAL_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {GOAL_STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      {SECTIONS.map((section, index) => (
        <SmartSection
          key={section.legend}
          legend={section.legend}
          letter={smart.letters[index] as SmartLetter}
          coaching={section.coaching}
        >
          {fields[index]}
        </SmartSection>
      ))}
    </form>
  );
}
