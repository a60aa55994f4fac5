import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { AttachmentView } from '../attachment-node';
import { attachmentUrl, ensureAttachmentAccess, renewAttachmentAccess } from '../attachment-url';
import { picturePreview } from './preview';
import { PICTURE_WIDTHS, pictureWidth, type PictureWidth } from './widths';

const WIDTH_LABELS: Record<PictureWidth, string> = {
  small: 'Small',
  medium: 'Medium',
  full: 'Full width',
};

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

/**
 * A picture in the editor, drawn by hand (no React per picture): the image as a button that opens it
 * full size, its caption, and its own controls (description, width). Its controls never edit the
 * text directly; they change the node's attributes in one transaction, so undo steps over them.
 */
export class PictureView extends AttachmentView {
  readonly dom: HTMLElement;
  private readonly img: HTMLImageElement;
  private readonly open: HTMLButtonElement;
  private readonly caption: HTMLElement;
  private readonly widthButtons: Map<PictureWidth, HTMLButtonElement>;
  private readonly missing: HTMLElement;
  private retried = false;
  /** The address of the picture this view shows, and whether a smaller copy stands for it. */
  private wanted: string | null = null;
  private shownPreview = false;

  constructor(
    node: PmNode,
    private readonly getPos: () => number | undefined,
    private readonly editor: Editor,
  ) {
    super(node);
    this.img = element('img', { draggable: false });
    this.img.addEventListener('error', () => void this.retry());
    this.img.addEventListener('load', () => this.dom.classList.remove('is-missing'));
    this.open = element('button', { type: 'button', className: 'picture-open' }, this.img);
    this.open.addEventListener('click', () =>
      this.editor.emit('pictureOpen', { src: this.node.attrs.src, alt: this.node.attrs.alt }),
    );
    this.missing = element('p', {
      className: 'picture-missing',
      textContent: 'This picture is not in the journal any more.',
    });
    this.caption = element('figcaption', { className: 'picture-caption' });
    const describe = element('button', {
      type: 'button',
      className: 'picture-tool',
      textContent: 'Description…',
    });
    describe.addEventListener('click', () => this.describe());
    this.widthButtons = new Map(
      PICTURE_WIDTHS.map((width) => {
        const button = element('button', {
          type: 'button',
          className: 'picture-tool',
          textContent: WIDTH_LABELS[width],
        });
        button.addEventListener('click', () => this.setWidth(width));
        return [width, button];
      }),
    );
    const widths = element('span', { className: 'picture-widths' }, ...this.widthButtons.values());
    widths.setAttribute('role', 'group');
    widths.setAttribute('aria-label', 'Picture width');
    const tools = element(
      'div',
      { className: 'picture-tools', contentEditable: 'false' },
      describe,
      widths,
    );
    this.dom = element(
      'figure',
      { className: 'picture', contentEditable: 'false' },
      this.open,
      this.missing,
      this.caption,
      tools,
    );
    this.dom.dataset.type = 'picture';
    this.render();
  }

  protected render(): void {
    const { alt, caption, src } = this.node.attrs as { alt: string; caption: string; src: string };
    const width = pictureWidth(this.node.attrs.width);
    this.dom.className = `picture picture-${width}`;
    this.img.alt = alt;
    this.open.setAttribute(
      'aria-label',
      alt ? `Open picture full size: ${alt}` : 'Open picture full size',
    );
    this.caption.textContent = caption;
    this.caption.hidden = caption === '';
    for (const [value, button] of this.widthButtons)
      button.setAttribute('aria-pressed', String(value === width));
    const url = attachmentUrl(src);
    if (url && url !== this.wanted) {
      this.wanted = url;
      // The browser edition needs its cookie before the first picture loads. A large picture is
      // shown from a smaller copy: the frame that draws a 20 MB photo waits for its decoding,
      // and typing with it.
      void ensureAttachmentAccess()
        .then(() => picturePreview(src, url))
        .then((preview) => {
          if (this.wanted !== url) return;
          this.shownPreview = preview !== null;
          this.img.src = preview ?? url;
        });
    }
  }

  private async retry(): Promise<void> {
    if (this.shownPreview && this.wanted) {
      // The copy is gone (let go of, a while after): the original instead.
      this.shownPreview = false;
      this.img.src = this.wanted;
      return;
    }
    if (this.retried) {
      this.dom.classList.add('is-missing');
      return;
    }
    this.retried = true;
    await renewAttachmentAccess();
    const url = this.img.src;
    this.img.removeAttribute('src');
    this.img.src = url;
  }

  private describe(): void {
    const pos = this.getPos();
    if (pos === undefined) return;
    const { src, alt, caption } = this.node.attrs as { src: string; alt: string; caption: string };
    this.editor.emit('pictureDescribe', { pos, src, alt, caption, isNew: false });
  }

  private setWidth(width: PictureWidth): void {
    const pos = this.getPos();
    if (pos === undefined || !this.editor.isEditable) return;
    this.editor.view.dispatch(
      this.editor.state.tr.setNodeMarkup(pos, undefined, { ...this.node.attrs, width }),
    );
  }

  /** Clicks and keys on the picture's own controls are theirs, not the editor's. */
  stopEvent(event: Event): boolean {
    const target = event.target as HTMLElement | null;
    return !!target?.closest('button') && event.type !== 'dragstart';
  }
}
