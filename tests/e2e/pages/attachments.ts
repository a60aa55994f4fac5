import { expect, type Locator, type Page } from '@playwright/test';

/** A file as a chooser, the clipboard or a drop hands it to the page. */
export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Pictures and file cards in the open entry, and the dialogs they ask for. */
export class Attachments {
  readonly chooser: Locator;
  readonly describeDialog: Locator;
  readonly description: Locator;

  constructor(readonly page: Page) {
    this.chooser = page.getByLabel('Choose pictures or files to add');
    this.describeDialog = page.getByRole('dialog', { name: 'Describe this picture' });
    this.description = this.describeDialog.getByLabel('Description');
  }

  insertButton(): Locator {
    return this.page
      .getByRole('toolbar', { name: 'Formatting' })
      .getByRole('button', { name: 'Insert picture or file…' });
  }

  /** The button that opens a picture full size, by its description. */
  picture(description: string): Locator {
    return this.page.getByRole('button', { name: `Open picture full size: ${description}` });
  }

  fileCard(name: string): Locator {
    return this.page.getByRole('group', { name: `File: ${name}` });
  }

  /** Pastes a file into the editor as a screenshot on the clipboard would arrive. */
  async paste(file: UploadFile): Promise<void> {
    await this.handOver(file, 'paste');
  }

  /** Drops a file just after the editor's last line, as dragging it from the file manager would. */
  async drop(file: UploadFile): Promise<void> {
    await this.handOver(file, 'drop');
  }

  private async handOver(file: UploadFile, how: 'paste' | 'drop'): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Entry', exact: true }).evaluate(
      (editor, { name, mimeType, data, how }) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name, { type: mimeType }));
        if (how === 'paste') {
          editor.dispatchEvent(
            new ClipboardEvent('paste', {
              clipboardData: transfer,
              bubbles: true,
              cancelable: true,
            }),
          );
          return;
        }
        const last = (editor.lastElementChild ?? editor).getBoundingClientRect();
        const at = { clientX: last.right - 2, clientY: last.bottom - 2 };
        for (const type of ['dragenter', 'dragover', 'drop']) {
          editor.dispatchEvent(
            new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true, ...at }),
          );
        }
      },
      { name: file.name, mimeType: file.mimeType, data: file.buffer.toString('base64'), how },
    );
  }

  /** Answers the dialog a new picture asks: its description, a caption when given, then Save. */
  async describe(description: string, caption?: string): Promise<void> {
    await this.description.fill(description);
    if (caption !== undefined) {
      await this.describeDialog.getByLabel('Caption (optional)').fill(caption);
    }
    await this.describeDialog.getByRole('button', { name: 'Save description' }).click();
  }

  async choose(file: UploadFile): Promise<void> {
    await expect(this.insertButton()).toBeVisible();
    await this.chooser.setInputFiles(file);
  }

  /** Waits until the picture has really been drawn (its bytes arrived and decoded). */
  async expectDrawn(description: string): Promise<void> {
    const img = this.picture(description).locator('img');
    await expect(img).toBeVisible();
    await expect
      .poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
  }
}
