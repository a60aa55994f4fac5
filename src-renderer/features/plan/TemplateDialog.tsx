import { write } from '../../api/effects';
import { channelQuery } from '../../api/queries';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { useToast } from '../../ui/toast';
import { shortDate } from '../../ui/format';
import { planKeys } from './queries';
import { useAction } from './CreateForm';
import { goToPlan } from '../../ui/plan-route';
import { FormError } from '../../ui/FormError';

/**
 * Starting points per industry. The preview shows the aspiration and its goals dated from today;
 * what is created is ordinary data, every word and date of it editable.
 */
export function TemplateDialog({ onClose }: { onClose: () => void }) {
  const client = useQueryClient();
  const toast = useToast();
  const templates = useQuery({
    ...channelQuery('plan:templates', {}, planKeys.templates()),
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const { failure, busy, run } = useAction();
  const selected = templates.data?.find((t) => t.id === (chosen ?? templates.data?.[0]?.id));

  const create = async () => {
    if (!selected) return;
    await run(async () => {
      const aspiration = await write(client, 'plan:createFromTemplate', {
        templateId: selected.id,
      });
      onClose();
      goToPlan(aspiration.id);
      toast({
        message: `Created “${aspiration.title}” from the ${selected.industry} template. All of it is yours to edit.`,
      });
    });
  };

  return (
    <Dialog
      wide
      title="Start from a template"
      onClose={onClose}
      footer={
        <DialogActions
          confirmLabel="Create from template"
          onConfirm={() => void create()}
          onCancel={onClose}
          disabled={!selected || busy}
        />
      }
    >
      {templates.isPending && <p>Reading the templates…</p>}
      <FormError message={templates.error?.message} />
      {templates.data && (
        <div className="template-picker">
          <fieldset className="template-choices">
            <legend>Industry</legend>
            {templates.data.map((template) => (
              <label key={template.id} className="template-choice">
                <input
                  type="radio"
                  name="template"
                  value={template.id}
                  checked={selected?.id === template.id}
                  onChange={() => setChosen(template.id)}
                />
                <span>
                  <strong>{template.industry}</strong>
                  <span className="template-choice-title">{template.aspirationTitle}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {selected && (
            <section className="template-preview" aria-label={`${selected.industry} template`}>
              <h3>{selected.aspirationTitle}</h3>
              <p className="plan-hint">Horizon {shortDate(selected.horizonDate)}</p>
              {selected.statementText.split('\n').map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
              <h4>{selected.goals.length} goals, worked out backwards</h4>
              <ol className="template-goals">
                {selected.goals.map((goal) => (
                  <li key={goal.title}>
                    <span>{goal.title}</span>
                    <span className="template-goal-meta">
                      {goal.metric} · due {shortDate(goal.dueDate)}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>
      )}
      <FormError message={failure} />
    </Dialog>
  );
}
