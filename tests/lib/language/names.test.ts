import { describe, expect, it } from 'vitest';
import { languageLabel } from '../../../lib/language/names';

describe('languageLabel', () => {
  it.each([
    ['en', 'English', 'EN'],
    ['zh-Hans', '简体中文', '简'],
    ['zh-Hant', '繁體中文', '繁'],
    ['nl', 'Nederlands', 'NL'],
  ])('names %s in itself (%s), with a short mark (%s)', (tag, name, short) => {
    expect(languageLabel(tag)).toEqual({ tag, name, short });
  });

  it('falls back to the tag for one the browser cannot name', () => {
    expect(languageLabel('qaa')).toEqual({ tag: 'qaa', name: 'qaa', short: 'QAA' });
  });
});
