import type { SmartReport } from '../../../src-main/contract';
import { GOAL_STATUSES } from '../../../src-main/contract/plan';
import type { FieldErrors } from '../../editor/autosave';
import { Field } from './Field';
import { GOAL_STATUS_LABELS } from '../../../src-main/shared/labels';
import type { GoalDraft } from './goal-draft';
import { SmartSection } from './SmartSection';

const COACHING = {
  specific:
    'What exactly will be true when this is done? And why does it matter to you: what you enjoy, what you are good at, what you bring that others do not?',
  measurable:
    'What will you count to know how far you have come? Set a target, and record where you stand today.',
  achievable:
    'Be honest about what could slow you down or stop you, then plan how you will get around it.',
  realistic:
    'Look at what else matters in your life right now. Why does this timeline fit, and what will you let go of to make room?',
  timeBound:
    'When will you start, and by when will it be done? A deadline turns a wish into a goal.',
};

interface Props {
  draft: GoalDraft;
  errors: FieldErrors;
  smart: SmartReport;
  onChange: (changes: Partial<GoalDraft>) => void;
}

/** The SMART form, coaching letter by letter. Every field shows its own error beside it. */
export function GoalForm({ draft, errors, smart, onChange }: Props) {
  const [s, m, a, r, t] = smart.letters as [
    SmartReport['letters'][number],
    SmartReport['letters'][number],
    SmartReport['letters'][number],
    SmartReport['letters'][number],
    SmartReport['letters'][number],
  ];
  const text = (field: keyof GoalDraft, label: string, rows = 2, hint?: string) => (
    <Field label={label} hint={hint} error={errors[field]}>
      {(props) => (
        <textarea
          {...props}
          rows={rows}
          value={draft[field]}
          onChange={(e) => onChange({ [field]: e.target.value })}
        />
      )}
    </Field>
  );
  const line = (field: keyof GoalDraft, label: string, placeholder?: string, decimal = false) => (
    <Field label={label} error={errors[field]}>
      {(props) => (
        <input
          {...props}
          inputMode={decimal ? 'decimal' : undefined}
          placeholder={placeholder}
          value={draft[field]}
          onChange={(e) => onChange({ [field]: e.target.value })}
        />
      )}
    </Field>
  );
  const date = (field: keyof GoalDraft, label: string, required = false) => (
    <Field label={label} error={errors[field]}>
      {(props) => (
        <input
          {...props}
          type="date"
          required={required}
          value={draft[field]}
          onChange={(e) => onChange({ [field]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <form
      className="goal-form"
      aria-label="SMART goal"
      onSubmit={(e) => e.preventDefault()}
      noValidate
    >
      <div className="field-row goal-form-top">
        <Field label="Goal title" error={errors.title} className="field-grow">
          {(props) => (
            <input
              {...props}
              value={draft.title}
              onChange={(e) => onChange({ title: e.target.value })}
            />
          )}
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

      <SmartSection legend="Specific" letter={s} coaching={COACHING.specific}>
        {text('specificWhat', 'What exactly?')}
        {text('specificWhy', 'Why does it matter to you?')}
      </SmartSection>

      <SmartSection legend="Measurable" letter={m} coaching={COACHING.measurable}>
        <div className="field-row">
          {line('metricName', 'Metric', 'e.g. pitches won')}
          {line('metricUnit', 'Unit', 'e.g. pitches')}
        </div>
        <div className="field-row">
          {line('metricTarget', 'Target', 'e.g. 50', true)}
          {line('metricCurrent', 'Current value', 'e.g. 12', true)}
        </div>
      </SmartSection>

      <SmartSection legend="Achievable" letter={a} coaching={COACHING.achievable}>
        {text('obstacles', 'Obstacles you expect')}
        {text('actionPlan', 'Your plan around them')}
      </SmartSection>

      <SmartSection legend="Realistic" letter={r} coaching={COACHING.realistic}>
        {text('realisticWhy', 'Why the timeline is within reach')}
        {text('letGo', 'What you will let go of')}
      </SmartSection>

      <SmartSection legend="Time-bound" letter={t} coaching={COACHING.timeBound}>
        <div className="field-row">
          {date('startDate', 'Start date')}
          {date('dueDate', 'Due date', true)}
          {draft.status === 'done' && date('completedOn', 'Completed on')}
        </div>
      </SmartSection>
    </form>
  );
}
