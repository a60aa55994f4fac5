import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GoalStatus, TimelineGoal, TimelinePlan } from '../../../src-main/contract';
import { localDate } from '../../../src-main/shared/calendar';
import { dateInWords } from '../../../src-main/shared/date-words';
import { GOAL_STATUS_LABELS } from '../../../src-main/shared/labels';
import {
  DEFAULT_STATUSES,
  layoutTimeline,
  TIMELINE_ZOOMS,
  ZOOM_NAMES,
  type TimelineBar,
  type TimelineFilter,
  type TimelineZoom,
} from './layout';
import { goalWarnings } from '../../../src-main/shared/plan/warnings';
import { useToast } from '../../ui/toast';
import { legendItems, LegendSwatch, Patterns, patternIds } from './draw';
import {
  findGoal,
  previewGoalDates,
  timelineKeys,
  useTimelinePlan,
  type StoredDates,
} from './queries';
import { checkPayload, datesPayload, describeError, rangeInWords } from './reschedule';
import { TimelineChart, type RescheduleRequest } from './TimelineChart';
import { A4_CONTENT_WIDTH, TimelinePrint } from './TimelinePrint';
import './timeline.css';
import { FormError } from '../../ui/FormError';

const ZOOM_KEY = 'waymark.timeline.zoom';
const LEGEND_IDS = patternIds('gt-legend');

const STATUS_OPTIONS = (Object.keys(GOAL_STATUS_LABELS) as GoalStatus[]).map((status) => ({
  status,
  label: GOAL_STATUS_LABELS[status],
}));

function readZoom(): TimelineZoom {
  const saved = localStorage.getItem(ZOOM_KEY);
  return TIMELINE_ZOOMS.find((zoom) => zoom === saved) ?? 'quarters';
}

export function TimelineScreen({ param }: { param: string | null }) {
  return param === 'print' ? <TimelinePrintPreview /> : <TimelineMain />;
}

function Legend({ showDropped }: { showDropped: boolean }) {
  return (
    <ul className="gt-legend" aria-label="Legend">
      {legendItems('screen', showDropped).map((item, i) => (
        <li key={item.kind}>
          <svg width={22} height={14} viewBox="-0.5 -0.5 22 14" aria-hidden="true">
            {i === 0 && <Patterns ids={LEGEND_IDS} variant="screen" />}
            <LegendSwatch kind={item.kind} variant="screen" ids={LEGEND_IDS} />
          </svg>
          {item.text}
        </li>
      ))}
    </ul>
  );
}

function TimelineMain() {
  const tree = useTimelinePlan();
  const client = useQueryClient();
  const toast = useToast();
  const [zoom, setZoomState] = useState<TimelineZoom>(readZoom);
  const [aspirationId, setAspirationId] = useState('all');
  const [statuses, setStatuses] = useState<GoalStatus[]>([...DEFAULT_STATUSES]);
  const [viewportWidth, setViewportWidth] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [today, setToday] = useState(() => localDate());
  // Left open overnight, the today line and the overdue labels move on with the calendar.
  useEffect(() => {
    const timer = window.setInterval(() => setToday(localDate()), 60_000);
    return () => window.clearInterval(timer);
  }, []);

  const setZoom = (next: TimelineZoom) => {
    setZoomState(next);
    localStorage.setItem(ZOOM_KEY, next);
  };

  const filter = useMemo<TimelineFilter>(
    () => ({ aspirationIds: aspirationId === 'all' ? null : [aspirationId], statuses }),
    [aspirationId, statuses],
  );
  const fitWidth = zoom === 'fit' && viewportWidth > 0 ? viewportWidth : undefined;
  const layout = useMemo(
    () =>
      tree.data
        ? layoutTimeline({
            aspirations: tree.data.aspirations,
            today,
            zoom,
            availableWidth: fitWidth,
            filter,
          })
        : null,
    [tree.data, today, zoom, fitWidth, filter],
  );
  const goals = useMemo(() => {
    const map = new Map<string, TimelineGoal>();
    for (const aspiration of tree.data?.aspirations ?? [])
      for (const goal of aspiration.goals) map.set(goal.id, goal);
    return map;
  }, [tree.data]);
  const goalCount = goals.size;

  const onPreview = useCallback(
    (goalId: string, dates: StoredDates) => {
      void client.cancelQueries({ queryKey: timelineKeys.plan() });
      previewGoalDates(client, goalId, dates);
    },
    [client],
  );

  const undo = useCallback(
    async (request: RescheduleRequest) => {
      const payload = datesPayload(request.goalId, request.after, request.before);
      if (!payload) return;
      previewGoalDates(client, request.goalId, request.before);
      try {
        await write(client, 'plan:updateGoal', payload);
        setError(null);
        toast({ message: `“${request.title}” is back to its earlier dates.` });
      } catch (failure) {
        setError(`Couldn’t undo the change to “${request.title}”: ${describeError(failure)}`);
      }
    },
    [client, toast],
  );

  const onCommit = useCallback(
    async (request: RescheduleRequest) => {
      const { goalId, title, before, after } = request;
      const payload = datesPayload(goalId, before, after);
      if (!payload) return;
      const refused = checkPayload(payload);
      if (refused) {
        previewGoalDates(client, goalId, before);
        setError(`Couldn’t reschedule “${title}”: ${refused}`);
        return;
      }
      try {
        await write(client, 'plan:updateGoal', payload);
        setError(null);
        // Saved, but worth knowing: the same warnings the Plan shows, worked out for the new dates.
        const found = findGoal(client.getQueryData<TimelinePlan>(timelineKeys.plan()), goalId);
        const warnings = found
          ? goalWarnings(found.aspiration, { ...found.goal, ...after }, today).filter(
              (warning) =>
                warning.code === 'goal-due-after-horizon' || warning.code === 'step-due-after-goal',
            )
          : [];
        toast(
          {
            message: `“${title}” ${rangeInWords(after)}.${warnings[0] ? ` ${warnings[0].message}` : ''}`,
            action: { label: 'Undo', run: () => void undo(request) },
          },
          10_000,
        );
      } catch (failure) {
        previewGoalDates(client, goalId, before);
        setError(`Couldn’t reschedule “${title}”: ${describeError(failure)}`);
      }
    },
    [client, toast, today, undo],
  );

  const commit = useCallback((request: RescheduleRequest) => void onCommit(request), [onCommit]);

  const onOpen = useCallback((bar: TimelineBar) => {
    window.location.hash = `#/plan/${encodeURIComponent(bar.aspirationId)}/${encodeURIComponent(bar.goalId)}`;
  }, []);

  const toggleStatus = (status: GoalStatus, on: boolean) =>
    setStatuses((all) =>
      on
        ? STATUS_OPTIONS.map((o) => o.status).filter((s) => s === status || all.includes(s))
        : all.filter((s) => s !== status),
    );

  return (
    <div className="gt-screen">
      <header className="gt-toolbar">
        <h1>Timeline</h1>
        <div className="gt-zoom" role="group" aria-label="Zoom">
          {TIMELINE_ZOOMS.map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={zoom === option}
              onClick={() => setZoom(option)}
            >
              {ZOOM_NAMES[option]}
            </button>
          ))}
        </div>
        <label className="gt-filter">
          Aspiration
          <select value={aspirationId} onChange={(event) => setAspirationId(event.target.value)}>
            <option value="all">All aspirations</option>
            {tree.data?.aspirations.map((aspiration) => (
              <option key={aspiration.id} value={aspiration.id}>
                {aspiration.title}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="gt-statuses">
          <legend>Status</legend>
          {STATUS_OPTIONS.map((option) => (
            <label key={option.status}>
              <input
                type="checkbox"
                checked={statuses.includes(option.status)}
                onChange={(event) => toggleStatus(option.status, event.target.checked)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        <a className="gt-print-link" href="#/timeline/print">
          Print view
        </a>
      </header>
      <p className="gt-help" id="gt-help">
        Tab into the chart, then use ←/→ to go from goal to goal and Enter to open one in the Plan.
        Drag a bar to move it, or drag its ends to change its start or due date. From the keyboard,
        Alt+←/→ moves the goal and Shift+Alt+←/→ moves its due date: by a day in Months, a week in
        Quarters, a month in Years. Every change can be undone.
      </p>
      {error && (
        <div className="gt-error" role="alert">
          <span>{error}</span>
          <button type="button" className="button-quiet" onClick={() => setError(null)}>
            Dismiss
          </button>
        </div>
      )}
      <Legend showDropped={statuses.includes('dropped')} />
      {tree.isError ? (
        <FormError message={tree.error.message} />
      ) : !layout ? (
        <p className="gt-empty">Loading the plan…</p>
      ) : layout.groups.length === 0 ? (
        <div className="gt-empty">
          {goalCount === 0 ? (
            <>
              <h2>Nothing on the timeline yet</h2>
              <p>
                Goals appear here once they have a due date. Add one in the{' '}
                <a href="#/plan">Plan</a>.
              </p>
            </>
          ) : (
            <p>No goals match these filters.</p>
          )}
        </div>
      ) : (
        <TimelineChart
          layout={layout}
          goals={goals}
          onPreview={onPreview}
          onCommit={commit}
          onOpen={onOpen}
          onViewportWidth={setViewportWidth}
          describedBy="gt-help"
        />
      )}
    </div>
  );
}

function TimelinePrintPreview() {
  const tree = useTimelinePlan();
  const [today] = useState(() => localDate());
  return (
    <div className="gt-print-preview">
      <div className="gt-print-actions">
        <a href="#/timeline">Back to the timeline</a>
        <button type="button" onClick={() => window.print()}>
          Print…
        </button>
      </div>
      <article className="gt-sheet" aria-label="Print view">
        <h1>Timeline</h1>
        <p className="gt-sheet-date">As of {dateInWords(today)}</p>
        {tree.data ? (
          <TimelinePrint tree={tree.data} width={A4_CONTENT_WIDTH} today={today} />
        ) : tree.isError ? (
          <p role="alert">{tree.error.message}</p>
        ) : (
          <p>Loading the plan…</p>
        )}
      </article>
    </div>
  );
}
