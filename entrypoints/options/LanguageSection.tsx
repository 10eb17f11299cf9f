/**
 * The language of the context (issue 14): follow the page, or one of the
 * languages the packs carry, named in themselves (English, 简体中文, 繁體中文).
 */
import { i18n } from '#i18n';
import { languageLabel } from '../../lib/language/names';
import type { LanguagePreference } from '../../lib/settings-schema';
import { actions } from './data';
import { Section, type Run } from './parts';

export function LanguageSection({ language, available, run }: { language: LanguagePreference; available: readonly string[]; run: Run }) {
  const choices = available.map(languageLabel);
  // A stored language that no pack carries any more still shows as chosen, rather than nothing being checked.
  if (language !== 'page' && !available.includes(language)) choices.push(languageLabel(language));
  return (
    <Section id="language" title={i18n.t('options.language.heading')} intro={i18n.t('options.language.intro')}>
      <fieldset class="choices">
        <legend class="visually-hidden">{i18n.t('options.language.heading')}</legend>
        <label class="choice">
          <input type="radio" name="language" value="page" checked={language === 'page'} onChange={() => run(actions.setLanguage('page'))} aria-describedby="language-page-hint" />
          <span>{i18n.t('options.language.page')}</span>
        </label>
        {choices.map(({ tag, name }) => (
          <label key={tag} class="choice">
            <input type="radio" name="language" value={tag} checked={language === tag} onChange={() => run(actions.setLanguage(tag))} />
            <span lang={tag}>{name}</span>
          </label>
        ))}
      </fieldset>
      <p class="hint" id="language-page-hint">
        {i18n.t('options.language.pageHint')}
      </p>
    </Section>
  );
}
