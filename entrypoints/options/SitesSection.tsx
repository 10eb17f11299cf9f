/** Paused sites: add one by hostname or link (checked, with the reason when it is not a site), remove one. */
import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import { normalizeHostname } from '../../lib/hostname';
import { actions } from './data';
import { Section, type Run } from './parts';

export function SitesSection({ paused, run }: { paused: readonly string[]; run: Run }) {
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');
  const siteRef = useRef<HTMLInputElement>(null);

  const addSite = (e: Event) => {
    e.preventDefault();
    const host = normalizeHostname(site);
    if (!host) {
      setSiteError(i18n.t('options.sites.invalid', [site.trim()]));
      siteRef.current?.focus();
      return;
    }
    if (paused.includes(host)) {
      setSiteError(i18n.t('options.sites.duplicate', [host]));
      return;
    }
    setSiteError('');
    setSite('');
    run(actions.setPaused(host, true));
  };

  return (
    <Section id="sites" title={i18n.t('options.sites.heading')} intro={i18n.t('options.sites.intro')}>
      <form class="site-form" onSubmit={addSite} noValidate>
        <label for="site-input" class="field-label">
          {i18n.t('options.sites.label')}
        </label>
        <div class="field-row">
          <input
            ref={siteRef}
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={site}
            aria-invalid={siteError !== ''}
            aria-describedby={siteError ? 'site-hint site-error' : 'site-hint'}
            onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="button primary">
            {i18n.t('options.sites.add')}
          </button>
        </div>
        <p class="hint" id="site-hint">
          {i18n.t('options.sites.hint')}
        </p>
        {siteError ? (
          <p class="field-error" id="site-error" role="alert">
            {siteError}
          </p>
        ) : null}
      </form>
      {paused.length === 0 ? (
        <p class="empty">{i18n.t('options.sites.none')}</p>
      ) : (
        <ul class="site-list">
          {paused.map((host) => (
            <li key={host} class="site-item" data-site={host}>
              <span class="site-name">{host}</span>
              <button type="button" class="button" aria-label={i18n.t('options.sites.removeLabel', [host])} onClick={() => run(actions.setPaused(host, false))}>
                {i18n.t('options.sites.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
