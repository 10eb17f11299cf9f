/**
 * Text normalisation for matching (DESIGN.md §2.1), with a map from every
 * normalised code unit back to the original text.
 *
 * It writes into reusable typed arrays instead of building strings: the
 * content script normalises every block of every page, and most blocks hold
 * no mention at all, so the common path must allocate nothing.
 */

/** Normalised text of one block. Arrays are reused between calls; read only the first `length` entries. */
export interface NormalizedText {
  length: number;
  /** Normalised code units, case preserved. */
  raw: Uint16Array;
  /** The same, case folded. */
  folded: Uint16Array;
  /** Original offset where the code unit's source starts. */
  start: Int32Array;
  /** Original offset just past the code unit's source. */
  end: Int32Array;
}

const SPACE = 0x20;
const HYPHEN = 0x2d;
const MIDDLE_DOT = 0xb7;

/** Characters that vanish: soft hyphen, zero-width space/joiners, word joiner, BOM. */
export function isDropped(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x180e;
}

export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x85
  );
}

/**
 * Quotation marks, apostrophes and CJK brackets, read as white space: reporters quote inside names
 * (`police "service centres"`, 海外「服务站」, « commissariats »), and a possessive's apostrophe
 * then ends the name like a space does.
 */
export function isQuote(c: number): boolean {
  if (c < 0x80) return c === 0x22 || c === 0x27 || c === 0x60;
  return (
    c === 0xab ||
    c === 0xbb ||
    c === 0xb4 ||
    c === 0x2bc ||
    (c >= 0x2018 && c <= 0x201f) ||
    (c >= 0x2032 && c <= 0x2037) ||
    c === 0x2039 ||
    c === 0x203a ||
    (c >= 0x3008 && c <= 0x3011) ||
    (c >= 0x3014 && c <= 0x301b) ||
    (c >= 0x301d && c <= 0x301f) ||
    (c >= 0xfe41 && c <= 0xfe44) ||
    c === 0xff02 ||
    c === 0xff07 ||
    c === 0xff62 ||
    c === 0xff63
  );
}

/**
 * Han, kana and CJK punctuation: scripts written without spaces between words. White space that
 * touches one of them is dropped, so 保护 卫士 and 海外「服务站」 read as 保护卫士 and 海外服务站.
 */
export function isSpacelessUnit(c: number): boolean {
  return c >= 0x2e80 && (c <= 0x9fff || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff61 && c <= 0xff9f));
}

/** Combining marks that may compose with the character before them (NFC). */
export function isCombiningMark(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f) ||
    c === 0x3099 ||
    c === 0x309a
  );
}

const compositions = new Map<number, number>();

/**
 * The one code unit that `base` followed by the combining `mark` composes to under NFC (e + U+0301
 * is é), or -1. Cached: a page that types accents this way repeats the same few pairs.
 */
export function compose(base: number, mark: number): number {
  const key = base * 0x10000 + mark;
  let composed = compositions.get(key);
  if (composed === undefined) {
    const s = (String.fromCharCode(base) + String.fromCharCode(mark)).normalize('NFC');
    composed = s.length === 1 ? s.charCodeAt(0) : -1;
    compositions.set(key, composed);
  }
  return composed;
}

/** Typographic quotes, dashes and middle dots, folded before NFKC sees them. */
function punctuation(c: number): number {
  if (isQuote(c)) return SPACE;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d || c === 0x2e3a || c === 0x2e3b || c === 0x058a) return HYPHEN;
  // Transliterated names join their parts with any of these: 彼得·达林, 彼得・达林, 彼得•达林.
  if (c === 0x30fb || c === 0xff65 || c === 0x2027 || c === 0x2022 || c === 0x2219 || c === 0x22c5 || c === 0x2e31 || c === 0x387) return MIDDLE_DOT;
  return -1;
}

export interface Expansion {
  raw: string;
  folded: string;
}

const expansions = new Map<number, Expansion>();

/** NFKC + case fold of one non-ASCII code point, cached: pages repeat the same few hundred characters. */
export function expand(codePoint: number): Expansion {
  let e = expansions.get(codePoint);
  if (e === undefined) {
    const p = punctuation(codePoint);
    const raw = p >= 0 ? String.fromCharCode(p) : String.fromCodePoint(codePoint).normalize('NFKC');
    // Folding that changes length (e.g. "İ") would break the offset map for no practical gain.
    const lower = raw.toLowerCase();
    e = { raw, folded: lower.length === raw.length ? lower : raw };
    expansions.set(codePoint, e);
  }
  return e;
}

/** The folded form of one code unit. */
export function foldUnit(unit: number): number {
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit;
  const e = expand(unit);
  return e.folded.length === 1 ? e.folded.charCodeAt(0) : unit;
}

export function createNormalizedText(capacity = 1024): NormalizedText {
  return {
    length: 0,
    raw: new Uint16Array(capacity),
    folded: new Uint16Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
  };
}

function ensureCapacity(out: NormalizedText, needed: number): void {
  if (out.raw.length >= needed) return;
  let size = out.raw.length * 2;
  while (size < needed) size *= 2;
  const grow = <T extends Uint16Array | Int32Array>(old: T, make: (n: number) => T): T => {
    const next = make(size);
    next.set(old.subarray(0, out.length));
    return next;
  };
  out.raw = grow(out.raw, (n) => new Uint16Array(n));
  out.folded = grow(out.folded, (n) => new Uint16Array(n));
  out.start = grow(out.start, (n) => new Int32Array(n));
  out.end = grow(out.end, (n) => new Int32Array(n));
}

/**
 * Normalises `text` into `out` (which it grows as needed) and returns it.
 *
 * A run of white space and quotes becomes one space, which maps back to the whole run, unless it
 * touches a spaceless unit (Han, kana), where it is dropped. A run waits until the unit after it
 * decides which. A combining mark composes with the unit before it where NFC would.
 */
export function normalizeInto(text: string, out: NormalizedText): NormalizedText {
  // Room for the text as is; an NFKC expansion grows the arrays when it needs more.
  ensureCapacity(out, text.length + 8);
  let n = 0;
  let { raw, folded, start, end } = out;
  /** The pending run of white space, [spaceStart, spaceEnd) in the original text; -1 when none. */
  let spaceStart = -1;
  let spaceEnd = -1;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c <= SPACE && isSpace(c)) || c === 0x22 || c === 0x27 || c === 0x60) {
        if (spaceStart < 0) spaceStart = i;
        spaceEnd = i + 1;
        continue;
      }
      if (spaceStart >= 0) {
        // ASCII is never spaceless: the space stays unless the unit before it is.
        if (n === 0 || !isSpacelessUnit(raw[n - 1]!)) {
          raw[n] = SPACE;
          folded[n] = SPACE;
          start[n] = spaceStart;
          end[n] = spaceEnd;
          n++;
        }
        spaceStart = -1;
      }
      raw[n] = c;
      folded[n] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      start[n] = i;
      end[n] = i + 1;
      n++;
      continue;
    }
    if (isDropped(c)) continue;
    if (isSpace(c)) {
      if (spaceStart < 0) spaceStart = i;
      spaceEnd = i + 1;
      continue;
    }
    if (n > 0 && spaceStart < 0 && isCombiningMark(c)) {
      const composed = compose(raw[n - 1]!, c);
      if (composed >= 0) {
        raw[n - 1] = composed;
        folded[n - 1] = foldUnit(composed);
        end[n - 1] = i + 1;
        continue;
      }
    }
    let codePoint = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        codePoint = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const e = expand(codePoint);
    if (n + e.raw.length + 1 + (len - i) > raw.length) {
      out.length = n;
      ensureCapacity(out, n + e.raw.length + 1 + (len - i) + 8);
      ({ raw, folded, start, end } = out);
    }
    for (let k = 0; k < e.raw.length; k++) {
      const r = e.raw.charCodeAt(k);
      // Quotes, and the characters NFKC turns into spaces ("¨"), join the pending run.
      if (r === SPACE) {
        if (spaceStart < 0) spaceStart = i;
        spaceEnd = i + width;
        continue;
      }
      if (spaceStart >= 0) {
        if (!isSpacelessUnit(r) && (n === 0 || !isSpacelessUnit(raw[n - 1]!))) {
          raw[n] = SPACE;
          folded[n] = SPACE;
          start[n] = spaceStart;
          end[n] = spaceEnd;
          n++;
        }
        spaceStart = -1;
      }
      raw[n] = r;
      folded[n] = e.folded.charCodeAt(k);
      start[n] = i;
      end[n] = i + width;
      n++;
    }
    i += width - 1;
  }
  // A trailing run stays, as a boundary after the last word.
  if (spaceStart >= 0 && (n === 0 || !isSpacelessUnit(raw[n - 1]!))) {
    if (n >= raw.length) {
      out.length = n;
      ensureCapacity(out, n + 8);
      ({ raw, folded, start, end } = out);
    }
    raw[n] = SPACE;
    folded[n] = SPACE;
    start[n] = spaceStart;
    end[n] = spaceEnd;
    n++;
  }
  out.length = n;
  return out;
}

/** Reused by normalize(): building a matcher normalises hundreds of patterns, at page load. */
let scratch: NormalizedText | null = null;

/** String form, for pattern texts and tests. */
export function normalize(text: string, fold = false): string {
  const out = normalizeInto(text, (scratch ??= createNormalizedText(64)));
  const units = fold ? out.folded : out.raw;
  let s = '';
  for (let i = 0; i < out.length; i++) s += String.fromCharCode(units[i]!);
  return s.trim();
}
