/**
 * The boundaries between the parts of the house fail the build when crossed: the compiler keeps
 * Node out of the window and both Node and the DOM out of the shared layer, and lint keeps each
 * folder to the imports its layer allows (build/eslint-boundaries.js).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers';

const root = resolve(import.meta.dirname, '..', '..');

/** The compiler's messages for one file checked with a project's settings. */
function compile(project: string, code: string): string[] {
  const file = join(tempDir('waymark-boundary-'), 'probe.ts');
  writeFileSync(file, code);
  const config = ts.readConfigFile(join(root, project), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  // The project's own declarations (the shared layer's few web globals) come along; no source does.
  const declarations = parsed.fileNames.filter((name) => name.endsWith('.d.ts'));
  const program = ts.createProgram([...declarations, file], parsed.options);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const NODE_CODE = `import { readFileSync } from 'node:fs';
export const bytes: number = Buffer.byteLength(String(readFileSync));
`;
const DOM_CODE = 'export const title: string = document.title;\n';

describe('the compiler holds the boundaries', () => {
  it('the main process may use Node', () => {
    expect(compile('tsconfig.main.json', NODE_CODE)).toEqual([]);
  });

  it('the window may use the DOM but not Node: importing node:fs or using Buffer does not compile', () => {
    expect(compile('tsconfig.renderer.json', DOM_CODE)).toEqual([]);
    const errors = compile('tsconfig.renderer.json', NODE_CODE);
    expect(errors.some((e) => e.includes("Cannot find module 'node:fs'"))).toBe(true);
    expect(errors.some((e) => e.includes("Cannot find name 'Buffer'"))).toBe(true);
  });

  it('the shared layer may use neither Node nor the DOM', () => {
    expect(
      compile('tsconfig.shared.json', "export const ok = new URL('https://a.b').protocol;\n"),
    ).toEqual([]);
    expect(compile('tsconfig.shared.json', DOM_CODE).join('\n')).toContain(
      "Cannot find name 'document'",
    );
    expect(compile('tsconfig.shared.json', NODE_CODE).join('\n')).toContain(
      "Cannot find module 'node:fs'",
    );
  });
});

const eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'build/eslint.config.js') });

async function crossings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'boundaries/layers')
    .map((message) => message.message.split(' ')[0] as string);
}

describe('lint holds the layers', () => {
  it('the window imports only the contract and the shared layer from src-main', async () => {
    const code = `import { openDatabase } from '../../../src-main/db/open';
import type { Goal } from '../../../src-main/contract';
import { smartReport } from '../../../src-main/shared/plan/smart';
import { call } from '../../api/client';
export const used = [openDatabase, smartReport, call] as unknown as Goal;
`;
    expect(await crossings('src-renderer/features/plan/probe.ts', code)).toEqual([
      '../../../src-main/db/open',
    ]);
  });

  it('nothing in src-main imports from src-renderer', async () => {
    const code =
      "import { SCREENS } from '../../src-renderer/ui/Sidebar';\nexport const s = SCREENS;\n";
    expect(await crossings('src-main/electron/probe.ts', code)).toEqual([
      '../../src-renderer/ui/Sidebar',
    ]);
  });

  it('the contract imports nothing but zod and the shared layer', async () => {
    const code = `import { z } from 'zod';
import { openDatabase } from '../db/open';
import { dateInWords } from '../shared/date-words';
import { id } from './schemas';
export const used = [z, openDatabase, dateInWords, id];
`;
    expect(await crossings('src-main/contract/probe.ts', code)).toEqual(['../db/open']);
  });

  it('the shared layer imports no package and only types from the contract', async () => {
    const code = `import type { Goal } from '../../contract/plan';
import { goalTitle } from '../../contract/plan';
import { z } from 'zod';
import { daysBetween } from '../calendar';
export const used = (goal: Goal) => [goal, goalTitle, z, daysBetween];
`;
    expect(await crossings('src-main/shared/plan/probe.ts', code)).toEqual([
      '../../contract/plan',
      'zod',
    ]);
  });

  it('the database layer does not import the contract', async () => {
    const code = "import { ApiError } from '../contract/errors';\nexport const e = ApiError;\n";
    expect(await crossings('src-main/db/probe.ts', code)).toEqual(['../contract/errors']);
  });
});
