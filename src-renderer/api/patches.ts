/**
 * Where a write's answer says exactly what changed, it is put into the answers the cache holds
 * rather than read again. A write channel lists here, per read channel, how its answer changes that
 * read's answer; a read it does not list is re-read when its tags meet the write's changes.
 */
import type {
  ChannelName,
  Entry,
  EntrySummary,
  Input,
  Output,
  PlanTree,
  TimelinePlan,
} from '../../src-main/contract';
import { timelinePatch, treePatch } from './plan-patch';

/** Read again instead: the answer cannot be patched (a filtered plan, a place only the server knows). */
export const REREAD = Symbol('reread');

export type Patch<W extends ChannelName, R extends ChannelName> = (
  held: Output<R>,
  write: { input: Input<W>; output: Output<W> },
  readInput: Input<R>,
) => Output<R> | typeof REREAD;

type PatchTable = { [W in ChannelName]?: { [R in ChannelName]?: Patch<W, R> } };

// ---------------------------------------------------------------------------------------------
// The plan: the whole tree and the Timeline's slim plan
// ---------------------------------------------------------------------------------------------

/** Only the whole plan is patched; a tree read with filters is read again. */
const wholeTree =
  (change: (tree: PlanTree, output: never) => PlanTree) =>
  (tree: PlanTree, write: { output: unknown }, readInput: Input<'plan:tree'>) =>
    readInput.statuses || readInput.aspirationIds ? REREAD : change(tree, write.output as never);

const timeline =
  (change: (plan: TimelinePlan, output: never) => TimelinePlan | null) =>
  (plan: TimelinePlan, write: { output: unknown }) =>
    change(plan, write.output as never) ?? REREAD;

const aspirationNode = {
  'plan:tree': wholeTree(treePatch.aspiration),
  'plan:timeline': timeline(timelinePatch.aspiration),
};
const goalNode = {
  'plan:tree': wholeTree(treePatch.goal),
  'plan:timeline': timeline(timelinePatch.goal),
};

/** A write to one entry's tags or links answers with that entry's whole list. */
function sameEntry<T>(
  held: T,
  write: { input: { entryId: string }; output: T },
  read: { entryId: string },
): T {
  return read.entryId === write.input.entryId ? write.output : held;
}

// ---------------------------------------------------------------------------------------------
// The journal: an entry's summary in every list, its saved body in the entry
// ---------------------------------------------------------------------------------------------

function byNewest(a: EntrySummary, b: EntrySummary): number {
  return a.entryDate === b.entryDate ? 0 : a.entryDate < b.entryDate ? 1 : -1;
}

function toSummary(entry: EntrySummary): EntrySummary {
  const { id, entryDate, title, wordCount, updatedAt, deletedAt } = entry;
  return { id, entryDate, title, wordCount, updatedAt, deletedAt };
}

/** The new title, date and word count in a list, without reading it again. */
function listWithSaved(
  list: EntrySummary[],
  saved: EntrySummary,
  readInput: Input<'journal:list'>,
): EntrySummary[] {
  const summary = toSummary(saved);
  if (readInput.trashed) return list;
  // Which entries a tag's list holds is the server's to say; it shows the new title too.
  if (readInput.tag !== undefined) {
    return list
      .map((item) => (item.id === saved.id ? summary : item))
      .filter((item) => item.deletedAt === null);
  }
  const others = list.filter((item) => item.id !== saved.id);
  if (saved.deletedAt) return others;
  const dateChanged = list.find((item) => item.id === saved.id)?.entryDate !== saved.entryDate;
  if (!dateChanged) return list.map((item) => (item.id === saved.id ? summary : item));
  return [...others, summary].sort(byNewest);
}

export const PATCHES: PatchTable = {
  'plan:createAspiration': aspirationNode,
  'plan:updateAspiration': aspirationNode,
  'plan:restoreAspiration': aspirationNode,
  'plan:achieveAspiration': aspirationNode,
  'plan:retireAspiration': aspirationNode,
  'plan:reopenAspiration': aspirationNode,
  'plan:deleteAspiration': {
    'plan:tree': wholeTree(treePatch.aspirationGone),
    'plan:timeline': timeline(timelinePatch.aspirationGone),
  },
  'plan:reorderAspirations': {
    'plan:tree': wholeTree(treePatch.aspirationsMoved),
    'plan:timeline': timeline(timelinePatch.aspirationsMoved),
  },
  'plan:createGoal': goalNode,
  'plan:updateGoal': goalNode,
  'plan:restoreGoal': goalNode,
  'plan:createStep': goalNode,
  'plan:updateStep': goalNode,
  'plan:deleteStep': goalNode,
  'plan:restoreStep': goalNode,
  'plan:reorderSteps': goalNode,
  'plan:deleteGoal': {
    'plan:tree': wholeTree(treePatch.goalGone),
    'plan:timeline': timeline(timelinePatch.goalGone),
  },
  'plan:reorderGoals': {
    'plan:tree': wholeTree(treePatch.goalsMoved),
    'plan:timeline': timeline(timelinePatch.goalsMoved),
  },

  'journal:update': {
    // The window sent the body; the answer brings what the server worked out from it.
    'journal:get': (held, { input, output }, readInput) =>
      readInput.id === output.id
        ? { ...held, ...output, body: (input.body as Entry['body'] | undefined) ?? held.body }
        : held,
    'journal:list': (list, { output }, readInput) => listWithSaved(list, output, readInput),
  },
  'journal:trash': {
    'journal:get': (held, { output }, readInput) =>
      readInput.id === output.id ? { ...held, deletedAt: output.deletedAt } : held,
  },
  'journal:restore': {
    'journal:get': (held, { output }, readInput) =>
      readInput.id === output.id ? { ...held, deletedAt: output.deletedAt } : held,
  },
  'history:restore': {
    'journal:get': (held, { output }, readInput): Entry =>
      readInput.id === output.id ? output : held,
    'journal:list': (list, { output }, readInput) => listWithSaved(list, output, readInput),
  },

  'tags:add': { 'tags:ofEntry': sameEntry },
  'tags:remove': { 'tags:ofEntry': sameEntry },
  'links:add': { 'links:ofEntry': sameEntry },
  'links:remove': { 'links:ofEntry': sameEntry },

  // The open form owns its draft; the cached one is only its starting point, read fresh each time.
  'values:saveDraft': { 'values:draft': (held) => held },
  'export:savePrefs': { 'export:prefs': (_held, { output }) => output },
  'lock:setAutoLock': { 'lock:settings': (_held, { output }) => output },
  'today:updateReminders': { 'today:reminders': (_held, { output }) => output },
  'lock:encrypt': { 'recovery:status': (_held, { output }) => output.status },
  'lock:change': { 'recovery:status': (_held, { output }) => output.status },
  'lock:remove': { 'recovery:status': (_held, { output }) => output.status },
};
