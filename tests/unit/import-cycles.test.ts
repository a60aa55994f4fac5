/**
 * No module imports itself round a loop, whether by values or by types only (db/open and
 * db/migrate once did), and no feature folder of the window leans on one that leans back on it
 * (lock and settings, plan and links once did): a loop makes the order of loading matter and
 * the two sides impossible to understand, test or move apart alone.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']*)'/gms;

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  const candidates = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

/** Every relative import between our own modules, as repository paths. */
function importGraph(): Map<string, string[]> {
  const files = [
    ...sourcesUnder(join(root, 'src-main')),
    ...sourcesUnder(join(root, 'src-renderer')),
  ];
  const name = (file: string) => relative(root, file).split(sep).join('/');
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = [...readFileSync(file, 'utf8').matchAll(IMPORT)]
      .map((match) => resolveImport(file, match[1] as string))
      .filter((target): target is string => target !== null);
    graph.set(name(file), targets.map(name));
  }
  return graph;
}

/** The groups of nodes that reach each other (Tarjan's strongly connected components, size > 1). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) as number, low.get(target) as number));
      } else if (stack.includes(target)) {
        low.set(node, Math.min(low.get(node) as number, index.get(target) as number));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      group.push(member);
    } while (member !== node);
    if (group.length > 1) found.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const FEATURE = /^src-renderer\/features\/([^/]+)\//;

describe('import cycles', () => {
  it('finds a loop when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });

  it('no module of the app imports itself round a loop', () => {
    expect(cycles(importGraph())).toEqual([]);
  });

  it('no feature folder of the window depends on one that depends back on it', () => {
    const features = new Map<string, Set<string>>();
    for (const [file, targets] of importGraph()) {
      const from = FEATURE.exec(file)?.[1];
      if (!from) continue;
      const deps = features.get(from) ?? new Set<string>();
      for (const target of targets) {
        const to = FEATURE.exec(target)?.[1];
        if (to && to !== from) deps.add(to);
      }
      features.set(from, deps);
    }
    const graph = new Map([...features].map(([feature, deps]) => [feature, [...deps]]));
    expect(cycles(graph)).toEqual([]);
  });
});
