// The layers of the house, held by lint: which folder may import which. The TypeScript projects
// (tsconfig.main/renderer/shared.json) hold what each may use (Node, the DOM); this holds the
// imports between our own folders, which both sides of a boundary could otherwise compile.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Each layer: the files it covers, the folders they may import (`may`; absent means any but
 * `mayNot`), folders they may import types from only, and the packages they may use (absent: any).
 */
export const LAYERS = [
  {
    files: 'src-renderer/',
    may: ['src-renderer/', 'src-main/contract/', 'src-main/shared/'],
    why: 'The window imports only the contract and the shared layer from src-main.',
  },
  {
    files: 'src-main/contract/',
    may: ['src-main/contract/', 'src-main/shared/'],
    packages: ['zod'],
    why: 'The contract imports nothing but zod and the shared layer.',
  },
  {
    files: 'src-main/shared/',
    may: ['src-main/shared/'],
    mayTypes: ['src-main/contract/'],
    packages: [],
    why: 'The shared layer is pure: no packages, and only types from the contract.',
  },
  {
    files: 'src-main/db/',
    may: ['src-main/db/', 'src-main/shared/'],
    why: 'The database layer stands alone: it throws its own errors, not the contract’s.',
  },
  {
    files: 'src-main/',
    mayNot: ['src-renderer/'],
    why: 'The main process never imports the window’s code; shared code goes in src-main/shared.',
  },
];

const under = (path, folders) => folders.some((folder) => path.startsWith(folder));

function typeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return (
    specifiers.length > 0 &&
    specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type')
  );
}

const layersRule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { crossed: '{{target}} is outside this layer. {{why}}' },
  },
  create(context) {
    const file = relative(root, context.filename).split(sep).join('/');
    const layer = LAYERS.find((candidate) => file.startsWith(candidate.files));
    if (!layer) return {};
    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      let allowed;
      if (spec.startsWith('.')) {
        const target = relative(root, resolve(dirname(context.filename), spec))
          .split(sep)
          .join('/');
        const path = `${target}/`;
        if (layer.mayNot) allowed = !under(path, layer.mayNot);
        else
          allowed = under(path, layer.may) || (typeOnly(node) && under(path, layer.mayTypes ?? []));
      } else {
        allowed = !layer.packages || layer.packages.includes(spec);
      }
      if (!allowed) {
        context.report({
          node: source,
          messageId: 'crossed',
          data: { target: spec, why: layer.why },
        });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default { rules: { layers: layersRule } };
