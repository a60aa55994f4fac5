/**
 * The one-page summary as JSON Resume (schema 1.0.0), for résumé builders and themes that read it:
 * `basics` from "About me" and the career objective, the aspirations as `projects` with what was
 * reached as dated highlights, achievements as `awards`, their tags as `skills`. Waymark's own
 * fields (the plan's goals ahead) go under `meta.waymark`, where other tools ignore them.
 */
import { measuredResult } from '../compose/words';
import { shortMonthYear } from '../dates';
import type { PrintModel } from '../model';
import { OBJECTIVE_CHARACTERS } from '../document/short';
import { excerptOf } from '../text';

export const JSON_RESUME_SCHEMA =
  'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

type Json = Record<string, unknown>;

/** Drops empty strings, empty lists and empty objects, so a reader sees only what was said. */
function compact<T extends Json>(value: T): T {
  const out: Json = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === '' || field === undefined || field === null) continue;
    if (Array.isArray(field) && field.length === 0) continue;
    if (typeof field === 'object' && !Array.isArray(field) && Object.keys(field).length === 0) {
      continue;
    }
    out[key] = field;
  }
  return out as T;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function summaryOf(model: PrintModel): string {
  const [main] = model.aspirations;
  if (!main) return '';
  const statement = excerptOf(main.statementText.replace(/\s+/g, ' '), OBJECTIVE_CHARACTERS).text;
  const aim = `${main.title.trim().replace(/[.!]+$/u, '')}.`;
  return statement ? `${aim} ${statement}` : aim;
}

export function jsonResume(model: PrintModel): Json {
  const about = model.about;
  const [website, ...others] = about?.links ?? [];
  const basics = compact({
    name: model.options.name.trim() || about?.name || '',
    label: model.options.targetRole?.trim() ?? '',
    email: about?.email ?? '',
    phone: about?.phone ?? '',
    url: website ?? '',
    summary: summaryOf(model),
    location: about?.location ? { address: about.location } : {},
    profiles: others.map((url) => ({ network: hostOf(url), url })),
  });

  const projects = model.aspirations.map((aspiration) => {
    const reached = aspiration.goals
      .filter((goal) => goal.status === 'done')
      .sort((a, b) => ((a.completedOn ?? a.dueDate) > (b.completedOn ?? b.dueDate) ? -1 : 1));
    const starts = aspiration.goals
      .map((goal) => goal.startDate)
      .filter((date): date is string => !!date)
      .sort();
    const done = model.achievements.filter((item) => item.aspirationId === aspiration.id);
    return compact({
      name: aspiration.title,
      description: excerptOf(aspiration.statementText.replace(/\s+/g, ' '), 300).text,
      startDate: starts[0] ?? '',
      highlights: [
        ...done.map(
          (item) => `${item.resumeLine || item.result} (${shortMonthYear(item.happenedOn)})`,
        ),
        ...reached.map((goal) => {
          const result = measuredResult(goal);
          return `${goal.title}${result ? `: ${result}` : ''} (${shortMonthYear(goal.completedOn ?? goal.dueDate)})`;
        }),
      ],
    });
  });

  const awards = model.achievements.map((item) =>
    compact({ title: item.resumeLine || item.result, date: item.happenedOn, summary: item.result }),
  );
  const tags = [...new Set(model.achievements.flatMap((item) => item.tags ?? []))];
  const skills = tags.map((name) => ({ name }));

  return compact({
    $schema: JSON_RESUME_SCHEMA,
    basics,
    projects,
    awards,
    skills,
    meta: {
      version: 'v1.0.0',
      lastModified: `${model.today}T00:00:00`,
      waymark: {
        exportedOn: model.today,
        layout: model.options.layout,
        aspirations: model.aspirations.map((aspiration) =>
          compact({
            title: aspiration.title,
            status: aspiration.status,
            horizon: aspiration.horizonDate ?? '',
            goalsAhead: aspiration.goals
              .filter((goal) => goal.status === 'planned' || goal.status === 'in_progress')
              .map((goal) => ({ title: goal.title, due: goal.dueDate, status: goal.status })),
          }),
        ),
      },
    },
  });
}

export function jsonResumeText(model: PrintModel): string {
  return `${JSON.stringify(jsonResume(model), null, 2)}\n`;
}
