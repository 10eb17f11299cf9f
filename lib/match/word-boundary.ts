/**
 * Whether a UTF-16 code unit is part of a word in a script that separates
 * words with spaces. Latin-script aliases need a non-word unit on each side
 * ("CCP" never inside "CCPA"); Han and kana run together without spaces, so
 * they count as non-word here and a Latin name can touch them ("保护卫士Safeguard Defenders").
 */
const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

const UNKNOWN = 0;
const YES = 1;
const NO = 2;
// One byte per BMP code unit, filled lazily: answered by a regex once, then by a load.
const cache = new Uint8Array(0x10000);

export function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  let known = cache[code];
  if (known === UNKNOWN) {
    // Surrogate halves belong to astral letters as often as to emoji; treat them as word units to stay conservative.
    const ch = String.fromCharCode(code);
    known = (code >= 0xd800 && code <= 0xdfff) || (WORD.test(ch) && !SPACELESS.test(ch)) ? YES : NO;
    cache[code] = known;
  }
  return known === YES;
}
