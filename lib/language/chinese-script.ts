/**
 * Whether a piece of text is Chinese, and in which script, for pages that do
 * not say (`<html>` without `lang` is common on Chinese news sites).
 *
 * Counts characters from a small table of frequent words' characters that
 * differ between Simplified and Traditional. Characters that both scripts
 * use (后, 里, 台, 干, 于 …, which Traditional keeps for other words) are left
 * out, so one hit is evidence and a paragraph gives plenty. A converter such
 * as OpenCC would be exact, but it weighs megabytes and this runs in every
 * frame's content script.
 */
import type { ChineseScript } from './tags';

// Pairs at the same index: Simplified, then Traditional.
const SIMPLIFIED =
  '们这国说为会时对过来个还进实经现与关开从动种样问长员门应产学将机让当报华两东车业务军区书认议调据间难边处电见视记该设论则组织级线联络网传闻亚欧际卫护权镇压劝侨驿领导决坚岛湾龙万亿钱银帮标杀团师习众党总统战变试话语读写请谁识买卖观发义乐体头爱无觉错达办罗马韩兰尔纽约诉讼审维须听惊险环济运营计条馆签证检属驻丽齐显';
const TRADITIONAL =
  '們這國說為會時對過來個還進實經現與關開從動種樣問長員門應產學將機讓當報華兩東車業務軍區書認議調據間難邊處電見視記該設論則組織級線聯絡網傳聞亞歐際衛護權鎮壓勸僑驛領導決堅島灣龍萬億錢銀幫標殺團師習眾黨總統戰變試話語讀寫請誰識買賣觀發義樂體頭愛無覺錯達辦羅馬韓蘭爾紐約訴訟審維須聽驚險環濟運營計條館簽證檢屬駐麗齊顯';

let table: Map<number, 1 | -1> | null = null;

function scriptTable(): Map<number, 1 | -1> {
  if (table) return table;
  table = new Map();
  for (const c of SIMPLIFIED) table.set(c.codePointAt(0)!, 1);
  for (const c of TRADITIONAL) table.set(c.codePointAt(0)!, -1);
  return table;
}

/** Characters read at most: a paragraph decides, and a hostile megabyte of text must cost nothing. */
const MAX_READ = 4_000;

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const isKana = (c: number) => c >= 0x3040 && c <= 0x30ff;
const isHangul = (c: number) => (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff);
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);

export interface ChineseTextVerdict {
  /** Most of the text's letters are Chinese characters (and it is not Japanese or Korean). */
  chinese: boolean;
  /** The script its characters show, or null when they do not tell. */
  script: ChineseScript | null;
}

/** Reads the text's letters: Han against Latin and other scripts, Simplified against Traditional. */
export function chineseTextVerdict(text: string): ChineseTextVerdict {
  const pairs = scriptTable();
  let han = 0;
  let other = 0;
  let kanaOrHangul = 0;
  let simplified = 0;
  let traditional = 0;
  const stop = Math.min(text.length, MAX_READ);
  for (let i = 0; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isLetter(c)) other++;
      continue;
    }
    if (isHan(c)) {
      han++;
      const side = pairs.get(c);
      if (side === 1) simplified++;
      else if (side === -1) traditional++;
    } else if (isKana(c) || isHangul(c)) kanaOrHangul++;
    else if (isLetter(c)) other++;
  }
  // Latin words count less than characters: "VOA" or "Safeguard Defenders" inside Chinese prose is common.
  const chinese = han > 0 && kanaOrHangul * 4 < han && han * 3 >= other;
  let script: ChineseScript | null = null;
  if (simplified > traditional * 2) script = 'zh-Hans';
  else if (traditional > simplified * 2) script = 'zh-Hant';
  return { chinese, script };
}
