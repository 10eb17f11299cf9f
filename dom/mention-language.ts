/**
 * What the page says about the language of a mention's text, for choosing
 * the language of its card (lib/language/choose.ts decides, away from the
 * page): the nearest `lang` of the mention's own text node, an ancestor's or
 * the document's, and, only where that does not settle the script (no
 * `lang`, or a bare `zh`), some of the text around it, whose characters do.
 */
import type { TextLanguageHints } from '../lib/language/choose';
import type { PageMention } from './page-scanner';
import { languageOf } from './text-blocks';

/** Text read around a mention: a few sentences tell the script; more would only be more page text in a message. */
export const SAMPLE_CHARS = 600;

/** Chinese tags that name no script or region (`zh`, `cmn`): the text's own characters must tell. */
const SCRIPTLESS_CHINESE = /^(?:zh|cmn|nan|hak|wuu|gan|hsn)$/i;

export function mentionLanguageHints(mention: PageMention): TextLanguageHints {
  const { run, start } = mention;
  let i = 0;
  while (i + 1 < run.nodes.length && run.starts[i + 1]! <= start) i++;
  const node = run.nodes[i];
  const declared = node ? languageOf(node) : '';
  if (declared !== '' && !SCRIPTLESS_CHINESE.test(declared)) return { declared, sample: '' };
  const from = Math.max(0, start - SAMPLE_CHARS / 2);
  return { declared, sample: run.text.slice(from, from + SAMPLE_CHARS) };
}

/** The document's own hints, for what the page does not mention: its `lang`, and its title and first mention where that does not settle the script. */
export function documentLanguageHints(doc: Document, first?: PageMention): TextLanguageHints {
  const declared = languageOf(doc);
  if (declared !== '' && !SCRIPTLESS_CHINESE.test(declared)) return { declared, sample: '' };
  return { declared, sample: `${doc.title} ${first ? mentionLanguageHints(first).sample : ''}`.slice(0, SAMPLE_CHARS) };
}
