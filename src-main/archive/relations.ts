import type { Db } from '../db/open';
import { dataTables, quoteIdentifier, type TableInfo } from './schema';

export interface EntryLink {
  kind: string;
  title: string;
}

export interface EntryRelations {
  tags: Map<string, string[]>;
  links: Map<string, EntryLink[]>;
}

const LABEL_COLUMNS = ['name', 'label', 'title'];

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function hasColumn(table: TableInfo | undefined, name: string): boolean {
  return table?.columns.some((column) => column.name === name) ?? false;
}

/**
 * Tags and links of each entry, found from the schema rather than named here: any table with a
 * foreign key to `entries` relates entries to something. A relation to a table called `tags` (or a
 * `tag` column on the relation itself) gives tags; a relation to another table (goals, aspirations)
 * gives links, labelled by that row's name or title. Deleted rows (`deleted_at`) are left out.
 */
export function entryRelations(db: Db): EntryRelations {
  const tables = new Map(dataTables(db).map((table) => [table.name, table]));
  const relations: EntryRelations = { tags: new Map(), links: new Map() };
  for (const table of tables.values()) {
    if (table.name === 'entries') continue;
    const keys = db.prepare('SELECT * FROM pragma_foreign_key_list(?)').all(table.name) as {
      table: string;
      from: string;
      to: string | null;
    }[];
    const toEntry = keys.find((key) => key.table === 'entries');
    if (!toEntry) continue;
    const relation = quoteIdentifier(table.name);
    const entryColumn = quoteIdentifier(toEntry.from);
    const live = hasColumn(table, 'deleted_at') ? ` AND r."deleted_at" IS NULL` : '';
    if (hasColumn(table, 'tag')) {
      const rows = db
        .prepare(
          `SELECT r.${entryColumn} AS entry, r."tag" AS label FROM ${relation} r WHERE r."tag" IS NOT NULL${live}`,
        )
        .all() as { entry: string; label: unknown }[];
      for (const row of rows) push(relations.tags, String(row.entry), String(row.label));
    }
    for (const key of keys) {
      if (key.table === 'entries') continue;
      const target = tables.get(key.table);
      const label = LABEL_COLUMNS.find((column) => hasColumn(target, column));
      if (!target || !label) continue;
      const targetKey = quoteIdentifier(key.to ?? target.primaryKey[0] ?? 'rowid');
      const targetLive = hasColumn(target, 'deleted_at') ? ' AND t."deleted_at" IS NULL' : '';
      const rows = db
        .prepare(
          `SELECT r.${entryColumn} AS entry, t.${quoteIdentifier(label)} AS label
           FROM ${relation} r JOIN ${quoteIdentifier(target.name)} t ON t.${targetKey} = r.${quoteIdentifier(key.from)}
           WHERE 1${live}${targetLive} ORDER BY t.${quoteIdentifier(label)}`,
        )
        .all() as { entry: string; label: unknown }[];
      const isTags = /tags?$/.test(target.name);
      const kind = target.name.replace(/_/g, ' ').replace(/s$/, '');
      for (const row of rows) {
        if (isTags) push(relations.tags, String(row.entry), String(row.label));
        else {
          const links = relations.links.get(String(row.entry)) ?? [];
          if (!links.some((link) => link.kind === kind && link.title === String(row.label))) {
            links.push({ kind, title: String(row.label) });
          }
          relations.links.set(String(row.entry), links);
        }
      }
    }
  }
  addTargetLinks(db, tables, relations);
  for (const links of relations.links.values()) {
    links.sort((a, b) => a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
  }
  return relations;
}

/**
 * Links kept as (target_kind, target_id) pairs, as `entry_links` does: the kind names the table
 * (`goal` → goals), so they cannot be found through a foreign key.
 */
function addTargetLinks(db: Db, tables: Map<string, TableInfo>, relations: EntryRelations): void {
  for (const table of tables.values()) {
    if (
      !hasColumn(table, 'entry_id') ||
      !hasColumn(table, 'target_kind') ||
      !hasColumn(table, 'target_id')
    ) {
      continue;
    }
    const rows = db
      .prepare(
        `SELECT entry_id AS entry, target_kind AS kind, target_id AS target FROM ${quoteIdentifier(table.name)}`,
      )
      .all() as { entry: string; kind: string; target: string }[];
    for (const row of rows) {
      const target = tables.get(`${row.kind}s`);
      const label = LABEL_COLUMNS.find((column) => hasColumn(target, column));
      if (!target || !label) continue;
      const live = hasColumn(target, 'deleted_at') ? ' AND deleted_at IS NULL' : '';
      const title = db
        .prepare(
          `SELECT ${quoteIdentifier(label)} FROM ${quoteIdentifier(target.name)} WHERE id = ?${live}`,
        )
        .pluck()
        .get(row.target) as string | undefined;
      if (title === undefined) continue;
      const links = relations.links.get(row.entry) ?? [];
      if (!links.some((link) => link.kind === row.kind && link.title === title)) {
        links.push({ kind: row.kind, title });
      }
      relations.links.set(row.entry, links);
    }
  }
}
