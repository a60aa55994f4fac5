/**
 * The numbered migrations, read from `migrations/NNNN_name.sql` at build time. Append-only: a file
 * that has shipped is never edited; a change is a new file.
 */
const files = import.meta.glob<string>('./migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = Object.entries(files)
  .map(([path, sql]) => {
    const match = /\/(\d{4})_([\w-]+)\.sql$/.exec(path);
    if (!match) throw new Error(`Migration file ${path} is not named NNNN_name.sql.`);
    return { version: Number(match[1]), name: match[2] as string, sql };
  })
  .sort((a, b) => a.version - b.version);

// Features are built on parallel branches with numbers reserved in advance, so a branch may hold
// 0001 and 0003 before 0002 lands: numbers must be unique and ascending, not gapless. A journal
// records each migration it has by number and name (see migrate.ts), so a late 0002 still runs.
migrations.forEach((migration, index) => {
  const previous = migrations[index - 1];
  if (previous && previous.version === migration.version) {
    throw new Error(`Two migrations share the number ${migration.version}.`);
  }
});

export const LATEST_VERSION = migrations.at(-1)?.version ?? 0;
