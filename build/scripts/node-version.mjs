// Which Node each edition needs, said once. Electron 45's own tooling (electron-vite, node-gyp for
// Electron's headers, electron-builder) asks for Node 22.12 or newer; the browser edition and the
// tests run on Node 20.19 or newer (package.json "engines").
export const DESKTOP_NODE = '22.12.0';
export const WEB_NODE = '20.19.0';

function parts(version) {
  return String(version)
    .replace(/^v/, '')
    .split('.')
    .map((n) => Number.parseInt(n, 10) || 0);
}

/** True when `version` (e.g. process.versions.node) is at least `minimum`. */
export function atLeast(version, minimum) {
  const [a = 0, b = 0, c = 0] = parts(version);
  const [x = 0, y = 0, z = 0] = parts(minimum);
  return a !== x ? a > x : b !== y ? b > y : c >= z;
}

/** One sentence when this Node cannot build the desktop app, or null when it can. */
export function desktopNodeProblem(version = process.versions.node) {
  if (atLeast(version, DESKTOP_NODE)) return null;
  const web = atLeast(version, WEB_NODE)
    ? 'or run `npm run web` to use Waymark in your browser with this Node'
    : `or install Node ${WEB_NODE} or newer for the browser edition (\`npm run web\`)`;
  return `The desktop app needs Node.js ${DESKTOP_NODE} or newer and this is Node.js ${version}: install a newer Node (https://nodejs.org) ${web}.`;
}
