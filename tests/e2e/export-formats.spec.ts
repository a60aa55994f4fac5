import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { validate } from '@jsonresume/schema';
import { expect, test } from './fixtures';
import { ExportPage } from './pages/export-page';
import { flat, readPdf } from './pages/print-pdf';
import { openSeededExport, PRIVATE_JOURNAL_TEXT, seedPlan } from './plan-seed';

function format(page: Page, name: string) {
  return page.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name });
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = (await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])) as [Download, unknown];
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** The words of a .docx, and its headings, read from word/document.xml. */
function readDocx(bytes: Buffer): { text: string; headings: string[] } {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
  const paragraphs = [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => m[1] ?? '');
  const textOf = (body: string) =>
    [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1]).join('');
  return {
    text: paragraphs
      .map(textOf)
      .join('\n')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
    headings: paragraphs.filter((p) => /<w:pStyle w:val="Heading\d"/.test(p)).map(textOf),
  };
}

const LAYOUTS = [
  ['Full plan', 'Career plan', 'Win 50 new-business pitches'],
  ['One-page summary', 'Career summary', 'Become an award-winning creative director'],
  ['Cover-letter paragraph', 'Cover-letter paragraph', 'My long-term aim is to become'],
  ['Interview answers', 'Interview answers', 'Tell me about yourself.'],
] as const;

test('every layout downloads as Word and as plain text from the browser edition', async ({
  page,
  waymark,
}) => {
  const exporter = await openSeededExport(page, waymark);
  await exporter.name.fill('Sam Rivera');

  for (const [layout, title, words] of LAYOUTS) {
    await exporter.layout(layout).check();
    await expect(format(page, 'JSON Resume')).toHaveCount(layout === 'One-page summary' ? 1 : 0);

    await format(page, 'Word (.docx)').check();
    const docx = await download(page, 'Download Word document');
    expect(docx.name).toMatch(new RegExp(`^${title} - Sam Rivera - \\d{4}-\\d{2}-\\d{2}\\.docx$`));
    const word = readDocx(docx.bytes);
    expect(word.headings[0]).toBe(title);
    expect(word.text).toContain(words);
    expect(word.text).toContain('Sam Rivera');
    expect(word.text).not.toContain(PRIVATE_JOURNAL_TEXT);
    await expect(page.getByRole('status').filter({ hasText: /^Downloaded / })).toBeVisible();

    await format(page, 'Plain text').check();
    const text = await download(page, 'Download plain text');
    expect(text.name).toMatch(/\.txt$/);
    const plain = text.bytes.toString('utf8');
    expect(plain.split('\n')[0]).toBe(title);
    // Section headings are in capitals in plain text, the way résumé parsers expect them.
    expect(plain.toLowerCase()).toContain(words.toLowerCase());
    expect(plain).not.toMatch(/[\t|•]/u);
    expect(plain).not.toContain(PRIVATE_JOURNAL_TEXT);
    // The Word file and the text file say the same things.
    for (const heading of word.headings) {
      expect(plain.toLowerCase()).toContain(heading.toLowerCase());
    }

    // And the PDF of the same choices has the same headings as the Word file.
    await format(page, 'PDF').check();
    await exporter.expectPreviewReady();
    const pdf = readPdf(
      await page.pdf({ preferCSSPageSize: true, printBackground: true }),
      `formats-${title}`,
      await exporter.pages.count(),
    );
    const printed = flat(pdf.text).toLowerCase();
    for (const heading of word.headings) expect(printed).toContain(flat(heading).toLowerCase());
    expect(printed).toContain(words.toLowerCase());
  }
});

test('About me fills JSON Resume and the document header; private fields stay out until ticked', async ({
  page,
  waymark,
}) => {
  await seedPlan(page.request, waymark);
  await page.goto(waymark.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  const about = page.getByRole('region', { name: 'About me' });
  await about.getByLabel('E-mail', { exact: true }).fill('sam at example');
  await about.getByRole('button', { name: 'Save About me' }).click();
  await expect(about.getByText('Write the e-mail address as name@example.com.')).toBeVisible();
  await expect(about.getByLabel('E-mail', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await about.getByLabel('Name', { exact: true }).fill('Sam Rivera');
  await about.getByLabel('E-mail', { exact: true }).fill('sam@example.com');
  await about.getByLabel('Phone', { exact: true }).fill('+44 20 7946 0000');
  await about.getByLabel('Location', { exact: true }).fill('Leeds, UK');
  await about.getByLabel('Link 1', { exact: true }).fill('https://sam.example.com');
  await about.getByRole('button', { name: 'Save About me' }).click();
  await expect(about.getByRole('status')).toHaveText('Saved.');

  const exporter = new ExportPage(page);

  await exporter.goTo();
  // One name: About me's name is the one Export prints.
  await expect(exporter.name).toHaveValue('Sam Rivera');
  await exporter.layout('One-page summary').check();
  await expect(exporter.preview).toContainText('sam@example.com · +44 20 7946 0000 · Leeds, UK');

  await format(page, 'JSON Resume').check();
  const file = await download(page, 'Download JSON Resume');
  expect(file.name).toMatch(/^Career summary - Sam Rivera - .*\.json$/);
  const resume = JSON.parse(file.bytes.toString('utf8')) as {
    basics: Record<string, unknown>;
  };
  let errors: unknown[] | null = ['not checked'];
  validate(resume, (found) => {
    errors = found;
  });
  expect(errors).toBeNull();
  expect(resume.basics).toMatchObject({
    name: 'Sam Rivera',
    email: 'sam@example.com',
    url: 'https://sam.example.com',
  });
  expect(resume.basics.summary).toMatch(/^Become an award-winning creative director\./);

  await exporter.checkbox('Include my contact details').uncheck();
  await format(page, 'PDF').check();
  await exporter.expectPreviewReady();
  await expect(exporter.preview).not.toContainText('sam@example.com');
});

test('Copy puts formatted and plain text on the clipboard', async ({ page, waymark, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: waymark.origin,
  });
  const exporter = await openSeededExport(page, waymark);
  await exporter.layout('One-page summary').check();
  await format(page, 'Copy as formatted text').check();
  await page.getByRole('button', { name: 'Copy formatted text' }).click();
  await expect(page.getByText(/^Copied with its headings and lists/)).toBeVisible();
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      html: await (await item!.getType('text/html')).text(),
      text: await (await item!.getType('text/plain')).text(),
    };
  });
  expect(copied.html).toContain('<h1');
  expect(copied.html).toContain('Career summary');
  expect(copied.html).toContain('<li>');
  expect(copied.text.split('\n')[0]).toBe('Career summary');
  expect(copied.text).toContain('GOALS AHEAD');
});

test('a cover letter names the target role, and each interview answer is kept', async ({
  page,
  waymark,
}) => {
  const exporter = await openSeededExport(page, waymark);
  await exporter.layout('Cover-letter paragraph').check();
  await page.getByLabel('Role (optional)').fill('Associate art director');
  await page.getByLabel('Organisation (optional)').fill('Northlight Studio');
  const letter = page.getByRole('textbox', { name: 'Your cover-letter paragraph' });
  await expect(letter).toHaveValue(
    /^I am applying for the associate art director role at Northlight Studio because/,
  );
  await expect(exporter.preview).toContainText(
    'The associate art director role at Northlight Studio',
  );

  await exporter.layout('Interview answers').check();
  const about = page.getByRole('textbox', { name: 'Tell me about yourself.' });
  await expect(about).toHaveValue(/^Right now, I’m working to become an award-winning/);
  const proud = page.getByRole('textbox', {
    name: 'Tell me about an achievement you are proud of.',
  });
  await expect(proud).toHaveValue(/What I did: .* The result: I got there in/);
  await expect(page.getByText(/\d+ words, about \d+ seconds to say/).first()).toBeVisible();
  await about.fill('I turn briefs into campaigns people talk about.');
  await expect(exporter.preview).toContainText('I turn briefs into campaigns people talk about.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  await page.reload();
  await exporter.expectPreviewReady();
  await expect(about).toHaveValue('I turn briefs into campaigns people talk about.');
  await expect(page.getByRole('textbox', { name: 'What are your career goals?' })).toHaveValue(
    /^My main career goal is/,
  );
  await page.screenshot({
    path: 'test-results/screens/export-interview-answers.png',
    fullPage: false,
  });
});
