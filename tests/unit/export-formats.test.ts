import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
// The schema package's own validator (jsonschema), as résumé tools use it.
import { validate } from '@jsonresume/schema';
import { documentLines, documentOf } from '../../src-renderer/print/document';
import { docxBlob } from '../../src-renderer/print/formats/docx';
import { documentHtml } from '../../src-renderer/print/formats/html';
import { jsonResume } from '../../src-renderer/print/formats/json-resume';
import { atsSafe, plainText } from '../../src-renderer/print/formats/plain-text';
import { fileNameFor, formatsFor } from '../../src-renderer/print/formats';
import { ABOUT, formatPlan, LAYOUTS, modelFor } from './export-formats-fixture';

/** The text of each paragraph of a .docx, read back from word/document.xml. */
async function docxParagraphs(blob: Blob): Promise<{ style: string; text: string }[]> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const xml = strFromU8(files['word/document.xml']!);
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const body = match[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? '';
    const bullet = /<w:numPr>/.test(body) ? 'list' : '';
    const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((run) => run[1] ?? '')
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'");
    return { style: style || bullet, text };
  });
}

interface Resume {
  basics: Record<string, unknown> & { summary: string };
  projects: { highlights: string[] }[];
  awards: unknown;
  skills: unknown;
  meta: { waymark: { aspirations: { goalsAhead: unknown }[] } };
}

const normal = (line: string) => line.replace(/^- /, '').replace(/\s+/g, ' ').trim().toLowerCase();

function validateResume(resume: unknown): unknown[] {
  let problems: unknown[] = [];
  validate(resume, (errors: unknown[] | null) => {
    problems = errors ?? [];
  });
  return problems;
}

describe('plain text for applicant-tracking systems', () => {
  const tree = formatPlan();

  it.each(LAYOUTS)('the %s has no tabs, no table characters and "- " bullets', (layout) => {
    const text = plainText(documentOf(modelFor(layout, tree)));
    expect(text).not.toMatch(/\t/);
    expect(text).not.toMatch(/[|\u2500-\u257f]/u);
    expect(text).not.toMatch(/[•◦▪●■]/u);
    for (const line of text.split('\n')) expect(line).not.toMatch(/^\s+\S/);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('the person’s tab and pipe become a space and a slash', () => {
    expect(atsSafe('Own\tthe library | docs • now')).toBe('Own the library / docs - now');
    const full = plainText(documentOf(modelFor('full', tree)));
    expect(full).toContain('Own the component library / and its docs');
    expect(full).toContain('I want to lead a product design team that ships calm');
  });

  it('the summary has standard section headings in capitals, each on its own line', () => {
    const lines = plainText(documentOf(modelFor('summary', tree))).split('\n');
    for (const heading of ['CAREER OBJECTIVE', 'GOALS AHEAD', 'ACHIEVED']) {
      expect(lines).toContain(heading);
    }
    expect(lines[0]).toBe('Career summary');
    expect(lines[1]).toBe('Sam Rivera');
    expect(lines[2]).toBe(
      'sam@example.com · +44 20 7946 0000 · Leeds, UK · https://sam.example.com · https://www.linkedin.com/in/samrivera',
    );
    expect(lines).toContain('- Nov 2025: Ship the onboarding redesign (32 % sign-ups)');
    expect(lines).toContain(
      '- Sep 2026: Lead the design system work · Become a product design lead',
    );
  });

  it('leaves out contact details unless the person includes them', () => {
    const text = plainText(
      documentOf(modelFor('summary', tree, { about: ABOUT }, { includeContact: false })),
    );
    expect(text).not.toContain('sam@example.com');
    expect(text).toContain('Sam Rivera');
  });
});

describe('Word documents', () => {
  const tree = formatPlan();

  it.each(LAYOUTS)('the %s reads back with the same text as the plain text', async (layout) => {
    const model = modelFor(layout, tree);
    const document = documentOf(model);
    const paragraphs = await docxParagraphs(await docxBlob(document, 'a4'));
    const fromDocx = paragraphs.map((p) => normal(p.text)).filter(Boolean);
    // The plain text is the same words, cleaned of characters a parser could take for columns.
    const fromText = plainText(document).split('\n').map(normal).filter(Boolean);
    expect(fromDocx.map(atsSafe)).toEqual(fromText);
    expect(fromDocx).toEqual(documentLines(document).map(normal));
  });

  it('keeps headings as Word headings and lists as Word lists', async () => {
    const document = documentOf(modelFor('full', tree));
    const paragraphs = await docxParagraphs(await docxBlob(document, 'letter'));
    const styled = (style: string) =>
      paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Heading1')).toEqual(['Career plan']);
    expect(styled('Heading2')).toEqual([
      'Become a product design lead',
      'Teach design at night school',
      'Timeline',
    ]);
    expect(styled('Heading4')).toContain('Ship the onboarding redesign');
    expect(styled('ListParagraph').length + styled('list').length).toBeGreaterThan(0);
  });

  it('uses a font Word and LibreOffice both have, and the chosen paper', async () => {
    const blob = await docxBlob(documentOf(modelFor('summary', tree)), 'letter');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(strFromU8(files['word/styles.xml']!)).toContain('w:ascii="Calibri"');
    expect(strFromU8(files['word/document.xml']!)).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(strFromU8(files['docProps/core.xml']!)).toContain('Career summary — Sam Rivera');
  });
});

describe('formatted text for the clipboard', () => {
  it('escapes the person’s words and keeps headings and lists', () => {
    const tree = formatPlan();
    const model = modelFor('full', tree);
    const html = documentHtml({
      ...documentOf(model),
      blocks: [...documentOf(model).blocks, { kind: 'paragraph', text: '<script>x</script> & co' }],
    });
    expect(html).toContain('<h1');
    expect(html).toContain('<ul><li>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; co');
    expect(html).not.toContain('<script>');
  });
});

describe('JSON Resume', () => {
  const tree = formatPlan();

  it('validates against the JSON Resume schema, with About me in basics', () => {
    const resume = jsonResume(modelFor('summary', tree)) as unknown as Resume;
    expect(validateResume(resume)).toEqual([]);
    expect(resume.basics).toMatchObject({
      name: 'Sam Rivera',
      email: 'sam@example.com',
      phone: '+44 20 7946 0000',
      url: 'https://sam.example.com',
      location: { address: 'Leeds, UK' },
      profiles: [{ network: 'linkedin.com', url: 'https://www.linkedin.com/in/samrivera' }],
    });
    expect(resume.basics.summary).toMatch(/^Become a product design lead\. I want to lead/);
    expect(resume.projects[0]!.highlights).toEqual([
      'Ship the onboarding redesign: 32 % sign-ups (Nov 2025)',
    ]);
    expect(resume.meta.waymark.aspirations[0]!.goalsAhead).toEqual([
      { title: 'Lead the design system work', due: '2026-09-30', status: 'planned' },
    ]);
  });

  it('carries achievements as dated awards and their tags as skills, and still validates', () => {
    const design = tree.aspirations[0]!;
    const resume = jsonResume(
      modelFor('summary', tree, {
        about: ABOUT,
        achievements: [
          {
            id: 'a1',
            source: 'person',
            entryId: null,
            goalId: null,
            aspirationId: design.id,
            passage: '',
            result: '32 % more sign-ups',
            metricValue: 32,
            metricUnit: '%',
            happenedOn: '2025-11-20',
            resumeLine: 'Raised sign-ups by 32 % by redesigning onboarding',
            createdAt: '2025-11-20T10:00:00.000Z',
            updatedAt: '2025-11-20T10:00:00.000Z',
            deletedAt: null,
            entry: null,
            goal: null,
            aspiration: { id: design.id, title: design.title },
            tags: ['UX research', 'Onboarding'],
          },
        ],
      }),
    ) as unknown as Resume;
    expect(validateResume(resume)).toEqual([]);
    expect(resume.awards).toEqual([
      {
        title: 'Raised sign-ups by 32 % by redesigning onboarding',
        date: '2025-11-20',
        summary: '32 % more sign-ups',
      },
    ]);
    expect(resume.skills).toEqual([{ name: 'UX research' }, { name: 'Onboarding' }]);
  });

  it('an empty About me and an empty plan still give a valid résumé', () => {
    const resume = jsonResume(modelFor('summary', tree, { about: null }, { aspirationIds: [] }));
    expect(validateResume(resume)).toEqual([]);
  });

  it('the schema check catches a broken résumé (the check itself works)', () => {
    expect(validateResume({ basics: { email: 'not an address', url: 'nope' } })).not.toEqual([]);
  });
});

describe('what each layout offers', () => {
  it('JSON Resume only for the one-page summary; the other formats for every layout', () => {
    expect(formatsFor('summary').map((f) => f.id)).toContain('json-resume');
    for (const layout of ['full', 'cover-letter', 'interview', 'review-pack'] as const) {
      expect(formatsFor(layout).map((f) => f.id)).toEqual(['pdf', 'docx', 'text', 'copy']);
    }
  });

  it('file names are safe on every system', () => {
    expect(fileNameFor('Career plan - Sam/Rivera: 2026', 'docx')).toBe(
      'Career plan - Sam Rivera 2026.docx',
    );
    expect(fileNameFor('...', 'text')).toBe('Career plan.txt');
  });
});
