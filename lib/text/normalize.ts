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

/** Typographic quotes and dashes, folded to their ASCII forms before NFKC sees them. */
function punctuation(c: number): number {
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032 || c === 0xff07 || c === 0x02bc) return 0x27;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0x2033 || c === 0xff02 || c === 0x00ab || c === 0x00bb) return 0x22;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d || c === 0x2e3a || c === 0x2e3b || c === 0x058a) return 0x2d;
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
 * White-space runs become one space, which maps back to the whole run.
 */
export function normalizeInto(text: string, out: NormalizedText): NormalizedText {
  // Room for the text as is; an NFKC expansion grows the arrays when it needs more.
  ensureCapacity(out, text.length + 8);
  let n = 0;
  let { raw, folded, start, end } = out;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c <= SPACE && isSpace(c)) {
        if (n > 0 && raw[n - 1] === SPACE) {
          end[n - 1] = i + 1;
          continue;
        }
        raw[n] = SPACE;
        folded[n] = SPACE;
      } else {
        raw[n] = c;
        folded[n] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      }
      start[n] = i;
      end[n] = i + 1;
      n++;
      continue;
    }
    if (isDropped(c)) continue;
    if (isSpace(c)) {
      if (n > 0 && raw[n - 1] === SPACE) {
        end[n - 1] = i + 1;
        continue;
      }
      raw[n] = SPACE;
      folded[n] = SPACE;
      start[n] = i;
      end[n] = i + 1;
      n++;
      continue;
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
    if (n + e.raw.length + (len - i) > raw.length) {
      out.length = n;
      ensureCapacity(out, n + e.raw.length + (len - i) + 8);
      ({ raw, folded, start, end } = out);
    }
    for (let k = 0; k < e.raw.length; k++) {
      const r = e.raw.charCodeAt(k);
      // NFKC turns some characters into spaces (ideographic space, "¨"): keep runs collapsed.
      if (r === SPACE && n > 0 && raw[n - 1] === SPACE) {
        end[n - 1] = i + width;
        continue;
      }
      raw[n] = r;
      folded[n] = e.folded.charCodeAt(k);
      start[n] = i;
      end[n] = i + width;
      n++;
    }
    i += width - 1;
  }
  out.length = n;
  return out;
}

/** String form, for pattern texts and tests. */
/** Reused by normalize(): building a matcher normalises hundreds of patterns, at page load. */
let scratch: NormalizedText | null = null;

export function normalize(text: string, fold = false): string {
  const out = normalizeInto(text, (scratch ??= createNormalizedText(64)));
  const units = fold ? out.folded : out.raw;
  let s = '';
  for (let i = 0; i < out.length; i++) s += String.fromCharCode(units[i]!);
  return s.trim();
}
