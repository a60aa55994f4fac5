import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PrintOptions } from '../../../src-main/contract/export';
import { printHash } from '../../../src-main/contract/print-route';
import type { WaymarkServer } from '../fixtures';
import { printOptions } from '../../unit/print-options';

const PDF_DIR = resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'pdf');

export const DEFAULT_OPTIONS = printOptions({ name: 'Sam Rivera' });

export interface PrintedPdf {
  file: string;
  text: string;
  pages: number;
  /** The PDF's Title field (document metadata), as a PDF reader shows it in its title bar. */
  title: string;
  /** The text of page 1 alone. */
  firstPage: string;
  /** How many pages the print view drew (the preview's page count). */
  drawnPages: number;
}

/** Opens the bare print view with these options and waits until its pages are final. */
export async function openPrintView(
  page: Page,
  waymark: WaymarkServer,
  options: Partial<PrintOptions>,
): Promise<void> {
  await page.goto(waymark.url);
  await expect(page.getByRole('link', { name: 'Journal', exact: true })).toBeVisible();
  const hash = printHash({ ...DEFAULT_OPTIONS, ...options });
  await page.evaluate((target) => (window.location.hash = target), hash);
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', {
    timeout: 20_000,
  });
}

/**
 * Prints the print view with Chromium's page.pdf(), as the desktop's printToPDF does, and reads the
 * result back with poppler: the text, the page count, and page 1 as a PNG for a person to look at.
 */
export async function printPdf(
  page: Page,
  waymark: WaymarkServer,
  name: string,
  options: Partial<PrintOptions>,
): Promise<PrintedPdf> {
  await openPrintView(page, waymark, options);
  const drawnPages = await page.locator('.print-page').count();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  return readPdf(pdf, name, drawnPages);
}

export function readPdf(pdf: Buffer, name: string, drawnPages: number): PrintedPdf {
  mkdirSync(PDF_DIR, { recursive: true });
  const file = join(PDF_DIR, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  const title = /^Title:\s+(.*)$/m.exec(info)?.[1]?.trim() ?? '';
  const firstPage = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'], {
    encoding: 'utf8',
  });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    file,
    join(PDF_DIR, name),
  ]);
  return { file, text, pages, title, firstPage, drawnPages };
}

/** pdftotext's layout keeps columns apart with runs of spaces: fold them for phrase matching. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
