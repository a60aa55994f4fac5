import { useTemplates } from './queries';

export type AspirationChoice = { kind: 'own'; title: string } | { kind: 'template'; id: string };

/** The two ways to start, each with the empty choice it begins from. */
const STARTS: readonly { label: string; choice: AspirationChoice }[] = [
  { label: 'In my own words', choice: { kind: 'own', title: '' } },
  { label: 'From a template', choice: { kind: 'template', id: '' } },
];

/** Step 1: the first aspiration, in the person's own words or from an industry template. */
export function AspirationStep({
  choice,
  onChange,
}: {
  choice: AspirationChoice;
  onChange: (choice: AspirationChoice) => void;
}) {
  const templates = useTemplates(choice.kind === 'template');
  return (
    <div className="welcome-step">
      <h3>Where do you want to end up?</h3>
      <p className="welcome-note">
        An aspiration is a long way off: the kind of work or life you are aiming at, years from now.
        Write it in a line; you can add to it later on the Plan screen.
      </p>
      <div className="welcome-choice" role="radiogroup" aria-label="How to start">
        {STARTS.map((start) => (
          <label key={start.choice.kind}>
            <input
              type="radio"
              name="welcome-start"
              checked={choice.kind === start.choice.kind}
              onChange={() => onChange(start.choice)}
            />
            {start.label}
          </label>
        ))}
      </div>
      {choice.kind === 'own' ? (
        <label className="welcome-field">
          Your aspiration
          <input
            type="text"
            autoFocus
            data-autofocus
            maxLength={200}
            value={choice.title}
            placeholder="e.g. Run my own product studio"
            onChange={(event) => onChange({ kind: 'own', title: event.target.value })}
          />
        </label>
      ) : (
        <fieldset className="welcome-templates">
          <legend>Templates</legend>
          {templates.isPending && <p className="welcome-note">Loading…</p>}
          {templates.data?.map((template) => (
            <label key={template.id} className="welcome-template">
              <input
                type="radio"
                name="welcome-template"
                checked={choice.id === template.id}
                onChange={() => onChange({ kind: 'template', id: template.id })}
              />
              <span>
                <strong>{template.aspirationTitle}</strong>{' '}
                <span className="welcome-note">
                  ({template.industry}, {template.goals.length} goals)
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
