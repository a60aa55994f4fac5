import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { AttachmentView } from '../attachment-node';
import { formatSize } from '../../../features/settings/format';
import { isDesktop } from '../../../api/client';
import { attachmentUrl, ensureAttachmentAccess } from '../attachment-url';
import { openInSystemApp } from './open-file';
import { typeLabel } from './type-label';

/**
 * A file in the editor: its name, what kind of file it is and its size, and a link that saves a
 * copy (the browser's download, or the desktop app's save dialog). Programs are kept, but nothing
 * in Waymark ever opens them.
 */
export class FileCardView extends AttachmentView {
  readonly dom: HTMLElement;
  private readonly name = document.createElement('span');
  private readonly meta = document.createElement('span');
  private readonly download = document.createElement('a');
  /** Desktop only: opens the file in the system's app (never a program). */
  private readonly open = document.createElement('button');

  constructor(
    node: PmNode,
    private readonly editor?: Editor,
  ) {
    super(node);
    this.dom = document.createElement('div');
    this.dom.className = 'file-card';
    this.dom.contentEditable = 'false';
    this.dom.dataset.type = 'file-card';
    this.dom.setAttribute('role', 'group');
    const icon = document.createElement('span');
    icon.className = 'file-card-icon';
    icon.setAttribute('aria-hidden', 'true');
    const text = document.createElement('span');
    text.className = 'file-card-text';
    this.name.className = 'file-card-name';
    this.meta.className = 'file-card-meta';
    text.append(this.name, this.meta);
    this.download.className = 'file-card-download button-quiet';
    this.download.textContent = 'Download';
    this.download.addEventListener('click', (event) => {
      // The browser edition's cookie first; then the same click again, now authorized.
      if (this.download.dataset.ready === 'true') return;
      event.preventDefault();
      void ensureAttachmentAccess().then(() => {
        this.download.dataset.ready = 'true';
        this.download.click();
      });
    });
    this.open.type = 'button';
    this.open.className = 'file-card-download button-quiet';
    this.open.textContent = 'Open';
    this.open.addEventListener('click', () => {
      openInSystemApp(String(this.node.attrs.src)).catch((error: unknown) =>
        this.editor?.emit('attachmentRefused', {
          message: error instanceof Error ? error.message : 'That file could not be opened.',
        }),
      );
    });
    this.dom.append(icon, text);
    if (isDesktop()) this.dom.append(this.open);
    this.dom.append(this.download);
    this.render();
  }

  protected render(): void {
    const { name, mime, size, kind, src } = this.node.attrs as {
      name: string;
      mime: string;
      size: number;
      kind: string;
    } & { src: string };
    const label = typeLabel(name, mime);
    this.dom.setAttribute('aria-label', `File: ${name}`);
    this.name.textContent = name;
    this.meta.textContent =
      kind === 'program'
        ? `${label} · ${formatSize(size)} · a program: kept, never opened from Waymark`
        : `${label} · ${formatSize(size)}`;
    this.download.href = attachmentUrl(src) ?? '';
    this.download.download = name;
    this.download.setAttribute('aria-label', `Download ${name}`);
    this.open.setAttribute('aria-label', `Open ${name}`);
    this.open.hidden = kind === 'program';
  }

  stopEvent(event: Event): boolean {
    return !!(event.target as HTMLElement | null)?.closest('a, button');
  }
}
