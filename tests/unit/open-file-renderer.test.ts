import { beforeEach, describe, expect, it, vi } from 'vitest';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../src-renderer/api/client', () => ({ call }));

const { openInSystemApp, READABLE_COPY_WARNING } =
  await import('../../src-renderer/editor/extensions/file-card/open-file');
const SHA = 'c'.repeat(64);

beforeEach(() => call.mockReset());

describe('Open on a file card (desktop)', () => {
  it('opens at once when the journal is not encrypted, asking nothing', async () => {
    call.mockResolvedValueOnce({ opened: true });
    const confirm = vi.fn(() => true);
    await expect(openInSystemApp(`attachment:${SHA}`, confirm)).resolves.toBe(true);
    expect(confirm).not.toHaveBeenCalled();
    expect(call).toHaveBeenCalledWith('attachments:open', { sha256: SHA });
  });

  it('warns first for an encrypted journal, and makes no copy when the person says no', async () => {
    call.mockResolvedValue({ opened: false, needsConfirmation: true });
    const no = vi.fn(() => false);
    await expect(openInSystemApp(`attachment:${SHA}`, no)).resolves.toBe(false);
    expect(no).toHaveBeenCalledWith(READABLE_COPY_WARNING);
    expect(READABLE_COPY_WARNING).toContain(
      'The copy will exist until you lock your journal or quit Waymark.',
    );
    expect(call).toHaveBeenCalledTimes(1);

    call.mockReset();
    call
      .mockResolvedValueOnce({ opened: false, needsConfirmation: true })
      .mockResolvedValueOnce({ opened: true });
    await expect(openInSystemApp(`attachment:${SHA}`, () => true)).resolves.toBe(true);
    expect(call).toHaveBeenLastCalledWith('attachments:open', {
      sha256: SHA,
      readableCopyAgreed: true,
    });
  });
});
