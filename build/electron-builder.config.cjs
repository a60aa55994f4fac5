// Packaging for `npm run dist` (electron-builder). Needs Electron's downloads, so it runs on a
// developer's or release machine, not on the closed build machines; tests/unit/packaging.test.ts
// keeps this file honest.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.waymark.journal',
  productName: 'Waymark',
  copyright: 'Copyright © Waymark contributors',
  directories: { output: 'dist', buildResources: 'build' },
  icon: 'build/icons/icon.png',
  // Only the built app goes in: no sources, no tests, no source maps, no dev-only native builds.
  files: [
    'out/**/*',
    'package.json',
    '!out/**/*.map',
    '!**/*.{ts,tsx}',
    '!tests/**',
    '!src-main/**',
    '!src-renderer/**',
    '!build/**',
    '!test-results/**',
    '!bench-results.json',
  ],
  asar: true,
  // Native modules cannot be loaded from inside an asar archive.
  asarUnpack: [
    '**/node_modules/better-sqlite3-multiple-ciphers/**',
    '**/node_modules/bindings/**',
    '**/node_modules/file-uri-to-path/**',
  ],
  // Rebuild better-sqlite3-multiple-ciphers against the packaged Electron's ABI.
  npmRebuild: true,
  buildDependenciesFromSource: true,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'An offline journal for planning your career',
    maintainer: 'Waymark contributors <waymark@example.invalid>',
  },
  deb: { depends: ['libnotify4', 'libnss3', 'libsecret-1-0'] },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
};
