// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sanitizePastedHtml } from '../../src-renderer/editor/sanitize-paste';
import { namesOf, EXTENSIONS, expectInert, OUTPUT_ATTRS, OUTPUT_TAGS } from './safe-paste-fixtures';

/** What the sanitizer may hand to the editor. */
const PASTE_TAGS = namesOf(`
  P BR H1 H2 H3 H4 H5 H6 STRONG B EM I U S STRIKE DEL MARK CODE PRE A UL OL LI BLOCKQUOTE HR
  SPAN DIV FIGURE IMG FIGCAPTION
`);
const PASTE_ATTRS = namesOf(`
  href start data-type data-checked data-prompt-id data-pm-slice src alt data-width data-src
  data-name data-mime data-size data-kind
`);

/** Hostile HTML as it might arrive on the clipboard. */
const HOSTILE: [string, string][] = [
  ['img onerror', '<p>hi</p><img src=x onerror="alert(1)">'],
  ['svg onload', '<svg onload=alert(1)><circle r=5></circle></svg><p>after</p>'],
  ['javascript link', '<a href="javascript:alert(1)">click</a>'],
  ['mixed-case scheme', '<a href="JaVaScRiPt:alert(1)">case</a>'],
  [
    'entity-encoded scheme',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entities</a>',
  ],
  ['tab inside scheme', '<a href="java&#x09;script:alert(1)">tab</a>'],
  ['leading control characters', '<a href=" &#14;  javascript:alert(1)">ctrl</a>'],
  ['newline inside scheme', '<a href="jav&#x0A;ascript:alert(1)">newline</a>'],
  ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>'],
  ['data: image', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
  ['vbscript link', '<a href="vbscript:msgbox(1)">vb</a>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe><p>text</p>'],
  ['embed', '<embed src="javascript:alert(1)"><p>text</p>'],
  ['object', '<object data="javascript:alert(1)"><param name=x value=y></object>'],
  ['script', '<script>alert(1)</script><p>visible</p>'],
  [
    'style element and attribute',
    '<style>p{background:url(javascript:alert(1))}</style><p style="background:url(x)">styled</p>',
  ],
  [
    'form, button formaction, input',
    '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">Go</button><input type=submit onfocus=alert(1) autofocus></form>',
  ],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>x</p>'],
  [
    'base and link',
    '<base href="javascript:/"><link rel=stylesheet href="https://evil.test/x.css"><p>x</p>',
  ],
  ['math mutation', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['svg style mutation', '<svg><p><style><img src=x onerror=alert(1)></style></p></svg>'],
  ['noscript mutation', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['details ontoggle', '<details open ontoggle=alert(1)><summary>s</summary>x</details>'],
  ['inline handlers', '<p onclick="alert(1)" onmouseover="alert(1)">handlers</p>'],
  ['svg xlink', '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>XSS</text></a></svg>'],
  ['template', '<template><img src=x onerror=alert(1)></template><p>t</p>'],
  ['xmp', '<xmp><img src=x onerror=alert(1)></xmp>'],
  ['video source', '<video><source onerror=alert(1)></video>'],
  [
    'prompt attribute injection',
    '<div data-type="prompt" data-prompt-id="x&quot; onclick=&quot;alert(1)">A prompt</div>',
  ],
  [
    'safe link with hostile extras',
    '<a href="https://example.com/ok" onclick="alert(1)" style="color:red" target="_top">ok</a>',
  ],
];

let editor: Editor;
let alerts: unknown[];

// One editor, attached to the page (where a surviving handler could fire), for every test.
beforeAll(() => {
  const element = document.createElement('div');
  document.body.appendChild(element);
  editor = new Editor({ element, extensions: EXTENSIONS, content: '' });
});

afterAll(() => editor.destroy());

beforeEach(() => {
  alerts = [];
  window.alert = (message?: unknown) => void alerts.push(message);
});

/** The full paste pipeline: the editor's paste handling (sanitizer → schema parse) → HTML out. */
function paste(html: string): string {
  editor.commands.clearContent();
  // jsdom has no ClipboardEvent; the paste logic only hands the event to handlePaste hooks.
  editor.view.pasteHTML(html, Object.assign(new Event('paste'), { clipboardData: null }) as never);
  return editor.getHTML();
}

describe('pasting hostile HTML', () => {
  it('has a corpus of at least 15 payloads', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(15);
  });

  it.each(HOSTILE)(
    '%s: nothing executable survives sanitizing or the editor',
    async (label, html) => {
      const sanitized = sanitizePastedHtml(html);
      expectInert(sanitized, PASTE_TAGS, PASTE_ATTRS, `${label} (sanitized)`);
      const out = paste(html);
      expectInert(out, OUTPUT_TAGS, OUTPUT_ATTRS, `${label} (editor)`);
      // Give any handler that slipped through a chance to fire.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(alerts).toEqual([]);
    },
  );

  it('keeps the text around what it removes, and a safe link with its address', () => {
    expect(paste('<p onclick="alert(1)">handlers</p>')).toBe('<p>handlers</p>');
    expect(paste('<script>alert(1)</script><p>visible</p>')).toBe('<p>visible</p>');
    const link = paste('<a href="https://example.com/ok" onclick="alert(1)">ok</a>');
    expect(link).toContain('href="https://example.com/ok"');
    expect(link).toContain('>ok</a>');
    expect(paste('<a href="javascript:alert(1)">click</a>')).toBe('<p>click</p>');
  });
});

describe('pasting real documents keeps their structure', () => {
  it('a web page: headings, emphasis, links, lists and quotes', () => {
    const out = paste(`<meta charset="utf-8"><article class="post" style="font-family:Georgia">
      <h2 id="intro" style="color:#333">Why mentoring works</h2>
      <p>Some <strong>bold</strong>, some <em>italic</em>, <u>underlined</u> and
        <a href="https://example.com/guide" target="_blank" rel="noopener" class="ext">a guide</a>.</p>
      <ul><li>Ask questions</li><li>Listen <b>first</b></li></ul>
      <ol start="3"><li>Third</li><li>Fourth</li></ol>
      <blockquote><p>Small steps, every week.</p></blockquote>
      <img src="/banner.png" alt="banner"><script src="/tracker.js"></script>
    </article>`);
    const doc = new DOMParser().parseFromString(out, 'text/html');
    expect(doc.querySelector('h2')?.textContent).toBe('Why mentoring works');
    expect(doc.querySelector('strong')?.textContent).toBe('bold');
    expect(doc.querySelector('em')?.textContent).toBe('italic');
    expect(doc.querySelector('u')?.textContent).toBe('underlined');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://example.com/guide');
    expect(Array.from(doc.querySelectorAll('ul > li')).map((li) => li.textContent)).toEqual([
      'Ask questions',
      'Listen first',
    ]);
    expect(doc.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(doc.querySelectorAll('ol > li')).toHaveLength(2);
    expect(doc.querySelector('blockquote')?.textContent).toBe('Small steps, every week.');
    expectInert(out, OUTPUT_TAGS, OUTPUT_ATTRS, 'web page');
  });

  it('Google Docs: styled spans become bold and italic, the wrapper is not bold', () => {
    const span =
      'font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-variant:normal;vertical-align:baseline;white-space:pre-wrap;';
    const out = paste(
      `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5f1c"><h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;font-weight:400;font-style:normal;text-decoration:none;">Quarterly review</span></h1><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="${span}font-weight:400;font-style:normal;text-decoration:none;">I </span><span style="${span}font-weight:700;font-style:normal;text-decoration:none;">won</span><span style="${span}font-weight:400;font-style:normal;"> </span><span style="${span}font-weight:400;font-style:italic;text-decoration:none;">two pitches</span><span style="${span}font-weight:400;">, see </span><a href="https://example.com/deck" style="text-decoration:none;"><span style="${span}color:#1155cc;font-weight:400;text-decoration:underline;-webkit-text-decoration-skip:none;">the deck</span></a></p><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" style="line-height:1.38;" role="presentation"><span style="${span}font-weight:400;">Ask for feedback</span></p></li><li dir="ltr" style="list-style-type:disc;" aria-level="1"><p dir="ltr" role="presentation"><span style="${span}font-weight:400;">Book the mentor call</span></p></li></ul><br></b>`,
    );
    const doc = new DOMParser().parseFromString(out, 'text/html');
    expect(doc.querySelector('h1')?.textContent).toBe('Quarterly review');
    expect(Array.from(doc.querySelectorAll('strong')).map((e) => e.textContent)).toEqual(['won']);
    expect(doc.querySelector('em')?.textContent).toBe('two pitches');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://example.com/deck');
    expect(doc.querySelector('a u')).toBeNull();
    expect(Array.from(doc.querySelectorAll('ul > li')).map((li) => li.textContent)).toEqual([
      'Ask for feedback',
      'Book the mentor call',
    ]);
    expect(doc.querySelector('p')?.textContent).toBe('I won two pitches, see the deck');
    expectInert(out, OUTPUT_TAGS, OUTPUT_ATTRS, 'google docs');
  });

  it('Word: headings, emphasis, links, and its paragraph lists as real nested lists', () => {
    const out =
      paste(`<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0in;font-family:"Calibri"} --></style><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head><body lang=EN-US style='tab-interval:.5in'><!--StartFragment--><h1>Career plan<o:p></o:p></h1><p class=MsoNormal>This year I want to <b>lead</b> a <i>pitch</i>. See <a href="https://example.com/plan">my plan</a>.<o:p></o:p></p><p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Find a mentor<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:1.0in;text-indent:-.25in;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Ask Dana<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp; </span></span><![endif]>Enter the awards<o:p></o:p></p><p class=MsoNormal>Steps:<o:p></o:p></p><p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span>1.<span>&nbsp;&nbsp; </span></span><!--[endif]-->Update the portfolio<o:p></o:p></p><p class=MsoListParagraphCxSpLast style='text-indent:-.25in;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span>2.<span>&nbsp; </span></span><!--[endif]-->Send it<o:p></o:p></p><!--EndFragment--></body></html>`);
    const doc = new DOMParser().parseFromString(out, 'text/html');
    expect(doc.querySelector('h1')?.textContent).toBe('Career plan');
    expect(doc.querySelector('strong')?.textContent).toBe('lead');
    expect(doc.querySelector('em')?.textContent).toBe('pitch');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://example.com/plan');
    const bullets = doc.querySelector('ul');
    expect(
      Array.from(bullets?.querySelectorAll(':scope > li > p') ?? []).map((p) => p.textContent),
    ).toEqual(['Find a mentor', 'Enter the awards']);
    expect(bullets?.querySelector(':scope > li > ul > li')?.textContent).toBe('Ask Dana');
    expect(Array.from(doc.querySelectorAll('ol > li')).map((li) => li.textContent)).toEqual([
      'Update the portfolio',
      'Send it',
    ]);
    expect(doc.body.textContent).not.toMatch(/Normal|Calibri|·/);
    expectInert(out, OUTPUT_TAGS, OUTPUT_ATTRS, 'word');
  });

  it('a copy from Waymark itself keeps task lists and prompt blocks', () => {
    const out = paste(
      '<div data-type="prompt" data-prompt-id="self-enjoy">What do you enjoy?</div><ul data-type="taskList"><li data-type="taskItem" data-checked="true"><label><input type="checkbox" checked="checked"><span></span></label><div><p>Send portfolio</p></div></li></ul>',
    );
    expect(out).toContain(
      '<div data-prompt-id="self-enjoy" data-type="prompt" class="prompt-block">What do you enjoy?</div>',
    );
    expect(out).toMatch(/<li data-checked="true" data-type="taskItem">.*Send portfolio/);
  });

  it('a picture and a file card copied within Waymark stay; a picture from elsewhere never does', () => {
    const sha = 'ab'.repeat(32);
    const own = `<p>Before</p><figure data-type="picture" data-width="full" class="picture picture-full"><img src="/attachments/${sha}" alt="The stage"><figcaption>Keynote</figcaption></figure><div data-type="file-card" data-src="/attachments/${sha}" data-name="offer.pdf" data-mime="application/pdf" data-size="72" data-kind="file" class="file-card">offer.pdf</div>`;
    const sanitized = sanitizePastedHtml(own);
    expect(sanitized).toContain(`src="/attachments/${sha}"`);
    expect(sanitized).toContain(`data-src="/attachments/${sha}"`);
    paste(own);
    const nodes = editor.getJSON().content ?? [];
    expect(nodes.find((node) => node.type === 'image')?.attrs).toEqual({
      src: `attachment:${sha}`,
      alt: 'The stage',
      caption: 'Keynote',
      width: 'full',
    });
    expect(nodes.find((node) => node.type === 'attachment')?.attrs).toEqual({
      src: `attachment:${sha}`,
      name: 'offer.pdf',
      mime: 'application/pdf',
      size: 72,
      kind: 'file',
    });
    // The desktop's address for the same picture is ours too.
    paste(`<figure data-type="picture"><img src="waymark-attachment://${sha}" alt="x"></figure>`);
    expect(editor.getJSON().content?.[0]?.attrs?.src).toBe(`attachment:${sha}`);
    // Another site's address, even with our path, a data: URL, or a file path: never a picture.
    for (const src of [
      `https://evil.test/attachments/${sha}`,
      'https://example.com/cat.png',
      'data:image/png;base64,iVBORw0KGgo=',
      `file:///home/me/attachments/${sha}`,
      `/attachments/${sha}/../../api/x`,
    ]) {
      const html = `<figure data-type="picture"><img src="${src}" alt="x"></figure><div data-type="file-card" data-src="${src}" data-name="a.pdf">a.pdf</div>`;
      expect(sanitizePastedHtml(html), src).not.toContain('src=');
      paste(html);
      const types = (editor.getJSON().content ?? []).map((node) => node.type);
      expect(types, src).not.toContain('image');
      expect(types, src).not.toContain('attachment');
    }
  });
});
