/**
 * The print view's typefaces, bundled with the app (no network): Source Serif 4 for reading, Inter
 * for headings, labels and numbers. Every machine prints the same document.
 */
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/600.css';

const FACES = [
  '400 12px Inter',
  '500 12px Inter',
  '600 12px Inter',
  '700 12px Inter',
  '400 12px "Source Serif 4"',
  'italic 400 12px "Source Serif 4"',
  '600 12px "Source Serif 4"',
];

/** Resolves once the faces the print view uses are loaded (pages are measured in them). */
export async function printFontsReady(): Promise<void> {
  try {
    await Promise.all(FACES.map((face) => document.fonts.load(face)));
  } catch {
    // A face that fails to load falls back to the next in the stack; measuring still works.
  }
  await document.fonts.ready;
}
