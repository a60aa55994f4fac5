import { describe, expect, it } from 'vitest';
import type { Db } from '../../src-main/db/open';
import * as journal from '../../src-main/journal/service';
import { purgeExpiredTrash } from '../../src-main/journal/trash';
import {
  addLink,
  entriesLinkedTo,
  linksOfEntry,
  removeLink,
  startReflection,
} from '../../src-main/links/service';
import * as aspirations from '../../src-main/plan/aspirations';
import * as goals from '../../src-main/plan/goals';
import { restoreRevision } from '../../src-main/plan/restore';
import { listHistory } from '../../src-main/plan/history';
import { promptById } from '../../src-main/shared/prompts';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { TRASH_DAYS } from '../../src-main/shared/trash';
import { search } from '../../src-main/search/service';
import { tempJournal } from './helpers';
import { planRecords } from './plan-helpers';

const DAY = 86_400_000;

function setup() {
  const { db } = tempJournal();
  const plan = planRecords(db);
  const statement = docFromParagraphs([
    'Lead the studio that makes the campaigns people remember.',
  ]);
  const aspiration = plan.aspiration({ title: 'Become a creative director', statement });
  const goal = plan.goal(aspiration, {
    title: 'Win fifty pitches',
    dueDate: '2029-12-31',
    specificWhat: 'Win new-business pitches with the team.',
    specificWhy: 'It shows the ideas work.',
  });
  const entry = (text: string, date = '2026-01-10') =>
    journal.createEntry(db, { entryDate: date, body: docFromParagraphs([text]) });
  return { db, aspiration, goal, entry };
}

const targets = (db: Db, entryId: string) =>
  linksOfEntry(db, entryId).map((link) => `${link.targetKind}:${link.title}`);

const found = (db: Db, text: string) =>
  search(db, { text }).results.map((result) => `${result.kind}:${result.refId}`);

describe('links between entries and the plan', () => {
  it('adds, lists and removes links, once each, with the title and aspiration of the target', () => {
    const { db, aspiration, goal, entry } = setup();
    const a = entry('Pitch day');
    addLink(db, { entryId: a.id, targetKind: 'goal', targetId: goal.id });
    addLink(db, { entryId: a.id, targetKind: 'goal', targetId: goal.id });
    const links = addLink(db, { entryId: a.id, targetKind: 'aspiration', targetId: aspiration.id });
    expect(links.map((link) => [link.targetKind, link.title, link.aspirationId])).toEqual([
      ['goal', 'Win fifty pitches', aspiration.id],
      ['aspiration', 'Become a creative director', aspiration.id],
    ]);
    expect(db.prepare('SELECT count(*) FROM entry_links').pluck().get()).toBe(2);
    expect(removeLink(db, { entryId: a.id, targetKind: 'goal', targetId: goal.id })).toHaveLength(
      1,
    );
    expect(targets(db, a.id)).toEqual(['aspiration:Become a creative director']);
    // Removing a link that is not there is refused, as any other missing id is, and changes nothing.
    const before = db.prepare('SELECT count(*) FROM entry_links').pluck().get();
    expect(() => removeLink(db, { entryId: a.id, targetKind: 'goal', targetId: goal.id })).toThrow(
      expect.objectContaining({
        code: 'not_found',
        message: 'This entry is not linked to that goal.',
      }),
    );
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(() =>
      removeLink(db, { entryId: a.id, targetKind: 'aspiration', targetId: missing }),
    ).toThrow(
      expect.objectContaining({
        code: 'not_found',
        message: 'This entry is not linked to that aspiration.',
      }),
    );
    expect(() =>
      removeLink(db, { entryId: missing, targetKind: 'aspiration', targetId: aspiration.id }),
    ).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(db.prepare('SELECT count(*) FROM entry_links').pluck().get()).toBe(before);
    expect(targets(db, a.id)).toEqual(['aspiration:Become a creative director']);
  });

  it('refuses a target that does not exist, is deleted, or is of the other kind', () => {
    const { db, aspiration, goal, entry } = setup();
    const a = entry('Notes');
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(() => addLink(db, { entryId: a.id, targetKind: 'goal', targetId: missing })).toThrow(
      /That goal no longer exists/,
    );
    expect(() =>
      addLink(db, { entryId: a.id, targetKind: 'aspiration', targetId: goal.id }),
    ).toThrow(/That aspiration no longer exists/);
    expect(() =>
      addLink(db, { entryId: missing, targetKind: 'goal', targetId: goal.id }),
    ).toThrow();
    aspirations.deleteAspiration(db, aspiration.id);
    // The goal's aspiration is deleted, so the goal is not in the plan either.
    expect(() => addLink(db, { entryId: a.id, targetKind: 'goal', targetId: goal.id })).toThrow(
      /That goal no longer exists/,
    );
    expect(db.prepare('SELECT count(*) FROM entry_links').pluck().get()).toBe(0);
  });

  it('hides links to a deleted target and shows them again when it is restored', () => {
    const { db, goal, entry } = setup();
    const a = entry('Notes');
    addLink(db, { entryId: a.id, targetKind: 'goal', targetId: goal.id });
    goals.deleteGoal(db, goal.id);
    expect(linksOfEntry(db, a.id)).toEqual([]);
    goals.restoreGoal(db, goal.id);
    expect(targets(db, a.id)).toEqual(['goal:Win fifty pitches']);
  });

  it('lists a target’s entries newest first, leaving trashed ones out until restored', () => {
    const { db, goal, entry } = setup();
    const older = entry('Older', '2026-01-02');
    const newer = entry('Newer', '2026-03-04');
    const middle = entry('Middle', '2026-02-01');
    for (const e of [older, newer, middle]) {
      addLink(db, { entryId: e.id, targetKind: 'goal', targetId: goal.id });
    }
    const titles = () =>
      entriesLinkedTo(db, { targetKind: 'goal', targetId: goal.id }).map((e) => e.title);
    expect(titles()).toEqual(['Newer', 'Middle', 'Older']);
    journal.trashEntry(db, middle.id);
    expect(titles()).toEqual(['Newer', 'Older']);
    journal.restoreEntry(db, middle.id);
    expect(titles()).toEqual(['Newer', 'Middle', 'Older']);
  });

  it('keeps a trashed entry’s links and removes them when the trash is purged', () => {
    const { db, goal, entry } = setup();
    const a = entry('Soon gone');
    addLink(db, { entryId: a.id, targetKind: 'goal', targetId: goal.id });
    const trashedAt = new Date(2026, 0, 20);
    journal.trashEntry(db, a.id, trashedAt);
    expect(db.prepare('SELECT count(*) FROM entry_links').pluck().get()).toBe(1);
    expect(purgeExpiredTrash(db, new Date(trashedAt.getTime() + TRASH_DAYS * DAY))).toBe(1);
    expect(db.prepare('SELECT count(*) FROM entry_links').pluck().get()).toBe(0);
  });
});

describe('Start a reflection', () => {
  it('creates an entry for today, linked to the goal, opening with a prompt for an empty SMART letter', () => {
    const { db, goal } = setup();
    const now = new Date(2026, 4, 6, 9, 0);
    const { entryId } = startReflection(db, { targetKind: 'goal', targetId: goal.id }, now);
    const created = journal.getEntry(db, entryId);
    expect(created.entryDate).toBe('2026-05-06');
    const [first, second] = created.body.content ?? [];
    expect(first?.type).toBe('prompt');
    const prompt = promptById(String(first?.attrs?.promptId));
    // The goal has only its Specific fields filled in: the prompt asks about Measurable.
    expect(prompt?.letter).toBe('M');
    expect(first?.content?.[0]?.text).toBe(prompt?.text);
    expect(second?.type).toBe('paragraph');
    expect(targets(db, entryId)).toEqual(['goal:Win fifty pitches']);
    expect(entriesLinkedTo(db, { targetKind: 'goal', targetId: goal.id }).map((e) => e.id)).toEqual(
      [entryId],
    );
    // The next reflection asks something else while other prompts fit.
    const next = startReflection(db, { targetKind: 'goal', targetId: goal.id }, now);
    const nextPrompt = journal.getEntry(db, next.entryId).body.content?.[0]?.attrs?.promptId;
    expect(nextPrompt).not.toBe(prompt?.id);
  });

  it('works on an aspiration, and refuses a deleted one without creating an entry', () => {
    const { db, aspiration } = setup();
    const { entryId } = startReflection(db, { targetKind: 'aspiration', targetId: aspiration.id });
    const prompt = promptById(
      String(journal.getEntry(db, entryId).body.content?.[0]?.attrs?.promptId),
    );
    expect(prompt?.category).toBe('aspiration');
    expect(targets(db, entryId)).toEqual(['aspiration:Become a creative director']);
    aspirations.deleteAspiration(db, aspiration.id);
    expect(() =>
      startReflection(db, { targetKind: 'aspiration', targetId: aspiration.id }),
    ).toThrow(/no longer exists/);
    expect(journal.listEntries(db)).toHaveLength(1);
  });
});

describe('search over the plan', () => {
  it('indexes aspirations and goals as they are saved, deleted and restored', () => {
    const { db, aspiration, goal } = setup();
    expect(found(db, 'creative')).toEqual([`aspiration:${aspiration.id}`]);
    expect(found(db, 'campaigns')).toEqual([`aspiration:${aspiration.id}`]);
    expect(found(db, 'pitches')).toEqual([`goal:${goal.id}`]);
    goals.updateGoal(db, { id: goal.id, title: 'Win forty awards', specificWhat: 'Awards.' });
    expect(found(db, 'pitches')).toEqual([]);
    expect(found(db, 'awards')).toEqual([`goal:${goal.id}`]);
    goals.deleteGoal(db, goal.id);
    expect(found(db, 'awards')).toEqual([]);
    goals.restoreGoal(db, goal.id);
    expect(found(db, 'awards')).toEqual([`goal:${goal.id}`]);
    // Deleting the aspiration takes its goals out of search with it; restoring brings both back.
    aspirations.deleteAspiration(db, aspiration.id);
    expect(found(db, 'creative')).toEqual([]);
    expect(found(db, 'awards')).toEqual([]);
    aspirations.restoreAspiration(db, aspiration.id);
    expect(found(db, 'creative')).toEqual([`aspiration:${aspiration.id}`]);
    expect(found(db, 'awards')).toEqual([`goal:${goal.id}`]);
  });

  it('follows a restored version of a goal', () => {
    const { db, goal } = setup();
    goals.updateGoal(db, { id: goal.id, title: 'Win forty awards' });
    const first = listHistory(db, 'goal', goal.id).at(-1);
    restoreRevision(db, first?.id as string);
    expect(found(db, 'awards')).toEqual([]);
    expect(found(db, 'pitches')).toEqual([`goal:${goal.id}`]);
  });

  it('gives a goal its due date and an aspiration its title in results', () => {
    const { db, goal } = setup();
    const [result] = search(db, { text: 'fifty', kinds: ['goal'] }).results;
    expect(result?.refId).toBe(goal.id);
    expect(result?.date).toBe('2029-12-31');
    expect(result?.title.text).toBe('Win fifty pitches');
  });
});
