import { ListColumn } from '../../ui/ListColumn';
import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { AspirationStatus, PlanTree } from '../../../src-main/contract';
import { AspirationList } from './AspirationList';
import { AspirationView } from './AspirationView';
import { GoalView } from './GoalView';
import { NewAspirationForm } from './NewAspirationForm';
import { findAspiration, findGoal, reorderLocally, usePlanAction, usePlanTree } from './queries';
import { goToPlan, parsePlanRoute, planHref, type PlanRoute } from '../../ui/plan-route';
import { TemplateDialog } from './TemplateDialog';
import './plan.css';
import { FormError } from '../../ui/FormError';

function selectedAspirationId(
  route: PlanRoute,
  tree: PlanTree | undefined,
  filter: AspirationStatus,
) {
  if (route.view === 'aspiration' || route.view === 'goal') return route.aspirationId;
  if (route.view === 'new') return null;
  return tree?.aspirations.find((a) => a.status === filter)?.id ?? null;
}

function Missing({ what }: { what: string }) {
  return (
    <div className="empty-state">
      <h2>This {what} is not in your plan</h2>
      <p>
        It may have been deleted. <a href={planHref()}>Back to the plan</a>
      </p>
    </div>
  );
}

function Welcome({ onTemplate }: { onTemplate: () => void }) {
  return (
    <div className="empty-state plan-welcome">
      <h2>Where do you want to end up?</h2>
      <p>
        Write down an aspiration — the long-term end point — then work backwards to the concrete,
        dated goals that lead there. Or start from an industry template and make it yours.
      </p>
      <p className="plan-welcome-actions">
        <a className="button-link button-primary" href="#/plan/new">
          New aspiration
        </a>
        <button type="button" onClick={onTemplate}>
          Use a template
        </button>
      </p>
    </div>
  );
}

/** The Plan screen: aspirations on the left; the chosen aspiration, or one of its goals, beside. */
export function PlanScreen({ param }: { param: string | null }) {
  const client = useQueryClient();
  const run = usePlanAction();
  const tree = usePlanTree();
  const route = parsePlanRoute(param);
  const [chosenFilter, setChosenFilter] = useState<AspirationStatus | null>(null);
  const [templates, setTemplates] = useState(false);
  const detailRef = useRef<HTMLElement>(null);
  // A new place in the plan starts at its top, not where the last one was scrolled to.
  useEffect(() => {
    // A block, not an expression: newer browsers return a promise from scrollTo, and an effect
    // may return nothing but a cleanup function.
    if (detailRef.current) detailRef.current.scrollTop = 0;
  }, [param]);

  const routed =
    route.view === 'aspiration' || route.view === 'goal'
      ? findAspiration(tree.data, route.aspirationId)
      : null;
  const filter = chosenFilter ?? routed?.status ?? 'active';
  const selectedId = selectedAspirationId(route, tree.data, filter);
  const aspiration = findAspiration(tree.data, selectedId);

  const reorderAspirations = (orderedIds: string[]) => {
    reorderLocally(client, { kind: 'aspirations' }, orderedIds);
    void run(() => write(client, 'plan:reorderAspirations', { orderedIds }));
  };

  let detail: ReactNode = null;
  if (tree.isError && !tree.data) {
    detail = <FormError message={tree.error.message} />;
  } else if (!tree.data) {
    detail = null;
  } else if (route.view === 'new') {
    detail = <NewAspirationForm onCancel={() => goToPlan(selectedId ?? undefined)} />;
  } else if (route.view === 'goal') {
    const found = findGoal(tree.data, route.goalId);
    detail = found ? (
      <GoalView
        key={found.goal.id}
        goal={found.goal}
        aspiration={found.aspiration}
        today={tree.data.today}
      />
    ) : (
      <Missing what="goal" />
    );
  } else if (aspiration) {
    detail = <AspirationView key={aspiration.id} aspiration={aspiration} tree={tree.data} />;
  } else if (route.view === 'aspiration') {
    detail = <Missing what="aspiration" />;
  } else if (tree.data.aspirations.length === 0) {
    detail = <Welcome onTemplate={() => setTemplates(true)} />;
  }

  return (
    <div className="plan">
      <ListColumn
        className="plan-sidebar"
        id="plan-aspirations"
        label="Aspirations"
        heading="Plan"
        toggleLabel="All aspirations"
        itemOpen={route.view !== 'overview'}
        actions={
          <>
            <button type="button" className="button-primary" onClick={() => goToPlan('new')}>
              New aspiration
            </button>
            <button type="button" onClick={() => setTemplates(true)}>
              Use a template
            </button>
          </>
        }
      >
        {tree.data && (
          <AspirationList
            aspirations={tree.data.aspirations}
            filter={filter}
            onFilter={setChosenFilter}
            selectedId={selectedId}
            onReorder={reorderAspirations}
          />
        )}
      </ListColumn>
      <section className="plan-detail" aria-label="Plan details" ref={detailRef}>
        <div className="plan-detail-inner">
          {/* A failed re-read keeps the plan on screen: tearing it down would drop what is being typed. */}
          {tree.isError && tree.data && (
            <p className="field-error" role="alert">
              Couldn’t refresh the plan: {tree.error.message}
            </p>
          )}
          {detail}
        </div>
      </section>
      {templates && <TemplateDialog onClose={() => setTemplates(false)} />}
    </div>
  );
}
