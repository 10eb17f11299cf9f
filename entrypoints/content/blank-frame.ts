/**
 * The content script's first step: in a frame with nothing to read, wait for
 * text before reading any setting or building anything (dom/blank-frame.ts).
 * Meanwhile the frame still answers the popup's "are you there?", so manual
 * mode never injects a second copy into a page that is blank for now.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isBlank, whenNotBlank } from '../../dom/blank-frame';
import { documentLanguageHints } from '../../dom/mention-language';
import { onPopupRequest } from '../../extension/popup-requests';
import { markReady } from './start-mark';

/** Resolves true when the frame has text to read (at once, in nearly every frame), false if the script stopped first. */
export async function waitForText(ctx: ContentScriptContext): Promise<boolean> {
  if (!isBlank(document)) return true;
  const stopAnswering = onPopupRequest({ jump: () => false, languages: () => ({ page: documentLanguageHints(document), entities: {} }) });
  markReady();
  const arrived = await whenNotBlank(document, ctx.signal);
  stopAnswering();
  return arrived;
}
