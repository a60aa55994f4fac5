// Import benchmark: writes N Markdown notes of about 300 words (default 10,000) into a temporary
// folder, imports them with the command-line import into a fresh journal, and checks that every
// note is in and searchable. Budget: 60 s for 10,000 notes on a 2-core machine.
//
//   node tests/bench/import.bench.mjs [--notes N] [--json FILE] [--keep]
//
// Prints one summary line; exits 1 when over budget or when a note is missing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3-multiple-ciphers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const NOTES = Number(option('--notes', '10000'));
const BUDGET_SECONDS = 60 * (NOTES / 10_000);
const jsonFile = option('--json', null);

// A fixed pseudo-random sequence, so every run imports the same notes.
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const WORDS = `career mentor portfolio pitch client award design brief studio team lead review goal
  quarter feedback growth skill network interview salary promotion project deadline budget launch
  campaign strategy research workshop presentation coaching reading writing habit energy focus
  priority balance confidence courage values honest realistic exciting scary progress milestone
  week month year plan direction creative agency manager colleague meeting notes draft idea`
  .split(/\s+/)
  .filter(Boolean);
const TAGS = ['career', 'reading', 'mentoring', 'team/leads', 'health', 'ideas', 'retro'];

function sentence() {
  const length = 8 + Math.floor(random() * 10);
  const words = Array.from({ length }, () => pick(WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

function paragraph(sentences) {
  return Array.from({ length: sentences }, sentence).join(' ');
}

/** About 300 words with the constructs real notes have: front matter, headings, lists, tasks, tags. */
function note(index) {
  const day = new Date(Date.UTC(2015, 0, 1) + index * 36_000_000);
  const date = day.toISOString().slice(0, 10);
  const parts = [];
  if (index % 3 === 0) {
    parts.push(
      `---\ntitle: Note ${index}\ndate: ${date}\ntags: [${pick(TAGS)}, ${pick(TAGS)}]\n---\n`,
    );
  }
  parts.push(`# Reflection ${index}\n`);
  parts.push(`${paragraph(5)} #${pick(TAGS)}\n`);
  parts.push(
    `## What I learned\n\n- ${sentence()}\n- **${pick(WORDS)}** ${sentence()}\n- [[Note ${index - 1}]] ${sentence()}\n`,
  );
  parts.push(`${paragraph(5)}\n`);
  parts.push(`- [ ] ${sentence()}\n- [x] ${sentence()}\n`);
  parts.push(`> ${sentence()}\n\n${paragraph(6)} marker${index}\n`);
  return { name: `${date} Reflection ${index}.md`, text: parts.join('\n'), day };
}

const work = mkdtempSync(join(tmpdir(), 'waymark-bench-import-'));
const notesDir = join(work, 'notes');
const dataDir = join(work, 'data');
let words = 0;
for (let i = 0; i < NOTES; i++) {
  const { name, text, day } = note(i);
  const folder = join(notesDir, String(day.getUTCFullYear()));
  mkdirSync(folder, { recursive: true });
  const file = join(folder, name);
  writeFileSync(file, text);
  utimesSync(file, day, day);
  words += text.split(/\s+/).filter(Boolean).length;
}

// Build first if needed (the launcher rebuilds only when sources changed), outside the timing.
const build = spawnSync(process.execPath, [join(root, 'build/scripts/import.mjs'), '--help'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const started = performance.now();
const run = spawnSync(
  process.execPath,
  [join(root, 'out/main/import-cli.js'), '--data-dir', dataDir, notesDir],
  { cwd: root, encoding: 'utf8' },
);
const seconds = (performance.now() - started) / 1000;
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  console.error(`The import exited with status ${run.status}.`);
  process.exit(1);
}

// Every note must be in, and findable by a word only it contains.
const db = new Database(join(dataDir, 'waymark.sqlite'), { readonly: true });
const entries = db.prepare('SELECT count(*) AS n FROM entries').get().n;
const probes = [0, Math.floor(NOTES / 2), NOTES - 1];
const found = probes.every(
  (i) =>
    db
      .prepare('SELECT count(*) AS n FROM search_index WHERE search_index MATCH ?')
      .get(`marker${i}`).n === 1,
);
db.close();

const passed = entries === NOTES && found && seconds <= BUDGET_SECONDS;
const summary = {
  name: 'import-markdown',
  notes: NOTES,
  words,
  seconds: Number(seconds.toFixed(2)),
  budgetSeconds: BUDGET_SECONDS,
  cores: cpus().length,
  imported: entries,
  searchable: found,
  passed,
};
console.log(
  `Import: ${NOTES.toLocaleString('en')} Markdown notes (${(words / NOTES).toFixed(0)} words each) ` +
    `imported and searchable in ${seconds.toFixed(1)} s (budget ${BUDGET_SECONDS} s, ${cpus().length} cores): ` +
    `${passed ? 'PASS' : 'FAIL'}${entries !== NOTES ? ` — only ${entries} entries` : ''}${found ? '' : ' — not searchable'}`,
);
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(summary, null, 2)}\n`);
if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
else console.log(`Kept ${work}`);
process.exit(passed ? 0 : 1);
