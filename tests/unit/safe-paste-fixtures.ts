import { expect } from 'vitest';
import { ENTRY_EXTENSIONS } from '../../src-renderer/editor/extensions';
import { isAllowedLink } from '../../src-main/shared/links';

// The editor's own extension set, as the journal uses it.
export const EXTENSIONS = ENTRY_EXTENSIONS;

/** A set of tag or attribute names, written as words. */
export const namesOf = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

/** What the editor may ever produce, and the attributes each may carry. */
export const OUTPUT_TAGS = namesOf(`
  P BR H1 H2 H3 H4 H5 H6 STRONG EM U S MARK CODE PRE A UL OL LI BLOCKQUOTE HR DIV LABEL
  INPUT SPAN
`);
export const OUTPUT_ATTRS = namesOf(`
  href target rel class start type checked data-type data-checked data-prompt-id
  data-placeholder
`);

/** Asserts that HTML holds nothing that could run, load or style anything. */
export function expectInert(
  html: string,
  tags: Set<string>,
  attrs: Set<string>,
  label: string,
): void {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    expect(tags.has(element.tagName), `${label}: <${element.tagName}> in ${html}`).toBe(true);
    for (const attr of Array.from(element.attributes)) {
      expect(attrs.has(attr.name), `${label}: ${attr.name}= in ${html}`).toBe(true);
      if (attr.name === 'href') {
        expect(isAllowedLink(attr.value), `${label}: href ${attr.value}`).toBe(true);
      }
      if (attr.name === 'src' || attr.name === 'data-src') {
        expect(attr.value, `${label}: ${attr.name} ${attr.value}`).toMatch(
          /^\/attachments\/[0-9a-f]{64}$/,
        );
      }
      if (element.tagName === 'INPUT') expect(attr.name).toMatch(/^(type|checked)$/);
    }
  }
  expect(html, label).not.toMatch(/javascript:|vbscript:|data:|<script|<style|srcdoc|\son\w+=/i);
}
