import { describe, expect, it, vi } from 'vitest';
import { writeCitation } from '../../extension/citation-copy';

const TEXT = 'Safeguard Defenders, “110 Overseas”, September 2022, https://example.org/report. Cited in …';

describe('writeCitation', () => {
  it('writes the text and says it was copied', async () => {
    const clipboard = { writeText: vi.fn(() => Promise.resolve()) } as unknown as Clipboard;
    await expect(writeCitation(TEXT, 's-report', clipboard)).resolves.toEqual({ sourceId: 's-report', copied: true });
    expect(clipboard.writeText).toHaveBeenCalledExactlyOnceWith(TEXT);
  });

  it('hands the text back to show when the clipboard refuses the write', async () => {
    const clipboard = { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) } as unknown as Clipboard;
    await expect(writeCitation(TEXT, 's-report', clipboard)).resolves.toEqual({ sourceId: 's-report', copied: false, text: TEXT });
  });

  it('hands the text back where there is no clipboard at all, or it throws at once', async () => {
    await expect(writeCitation(TEXT, 's-report', undefined)).resolves.toEqual({ sourceId: 's-report', copied: false, text: TEXT });
    const throwing = {
      writeText: () => {
        throw new TypeError('Illegal invocation');
      },
    } as unknown as Clipboard;
    await expect(writeCitation(TEXT, 's-report', throwing)).resolves.toEqual({ sourceId: 's-report', copied: false, text: TEXT });
  });

  it('calls the clipboard before it returns, while the click that asked is still going on', () => {
    const clipboard = { writeText: vi.fn(() => Promise.resolve()) } as unknown as Clipboard;
    void writeCitation(TEXT, 's-report', clipboard);
    expect(clipboard.writeText).toHaveBeenCalled();
  });
});
