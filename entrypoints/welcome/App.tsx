/**
 * The welcome page, opened once on install (extension/first-run.ts): what
 * Backstory does, what stays private and what a page can still notice, then
 * the choice between automatic highlighting and manual mode. The tabs open
 * at install wait for that choice.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';

export type WelcomeState = { chosen: false } | { chosen: true; manual: boolean };

export interface AppProps {
  initial: WelcomeState;
  /** Applies the choice; rejects when it could not be saved. */
  choose: (manual: boolean) => Promise<void>;
}

const SENTINEL = '\uE000';

const WORDS = {
  automatic: () => ({
    heading: i18n.t('welcome.choice.automatic.heading'),
    text: i18n.t('welcome.choice.automatic.text'),
    button: i18n.t('welcome.choice.automatic.button'),
  }),
  manual: () => ({
    heading: i18n.t('welcome.choice.manual.heading'),
    text: i18n.t('welcome.choice.manual.text'),
    button: i18n.t('welcome.choice.manual.button'),
  }),
};

function Choice({ manual, state, busy, onChoose }: { manual: boolean; state: WelcomeState; busy: boolean; onChoose: () => void }) {
  const id = manual ? 'manual' : 'automatic';
  const words = WORDS[id]();
  return (
    <section class="choice" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{words.heading}</h3>
      <p id={`${id}-text`}>{words.text}</p>
      <button
        type="button"
        class="button primary"
        aria-describedby={`${id}-text`}
        aria-pressed={state.chosen && state.manual === manual}
        disabled={busy}
        onClick={onChoose}
      >
        {words.button}
      </button>
    </section>
  );
}

export function App({ initial, choose }: AppProps) {
  const [state, setState] = useState<WelcomeState>(initial);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const onChoose = (manual: boolean) => {
    setBusy(true);
    setFailed(false);
    choose(manual).then(
      () => setState({ chosen: true, manual }),
      () => setFailed(true),
    ).finally(() => setBusy(false));
  };

  const status = failed ? i18n.t('welcome.failed') : state.chosen ? i18n.t(state.manual ? 'welcome.done.manual' : 'welcome.done.automatic') : '';
  const [before, after] = i18n.t('welcome.choice.change', [SENTINEL]).split(SENTINEL);

  return (
    <main class="welcome">
      <header class="welcome-head">
        <img src="/icon/48.png" alt="" width="48" height="48" />
        <h1>{i18n.t('welcome.title')}</h1>
      </header>
      <p class="lead">{i18n.t('welcome.intro')}</p>

      <section aria-labelledby="private-heading">
        <h2 id="private-heading">{i18n.t('welcome.private.heading')}</h2>
        <ul class="points">
          <li>{i18n.t('welcome.private.local')}</li>
          <li>{i18n.t('welcome.private.nothingSent')}</li>
          <li>{i18n.t('welcome.private.notKept')}</li>
        </ul>
      </section>

      <section aria-labelledby="noticed-heading">
        <h2 id="noticed-heading">{i18n.t('welcome.noticed.heading')}</h2>
        <p>{i18n.t('welcome.noticed.text')}</p>
      </section>

      <section aria-labelledby="choice-heading" class="choose">
        <h2 id="choice-heading">{i18n.t('welcome.choice.heading')}</h2>
        <p>{i18n.t('welcome.choice.why')}</p>
        <div class="choices">
          <Choice manual={false} state={state} busy={busy} onChoose={() => onChoose(false)} />
          <Choice manual={true} state={state} busy={busy} onChoose={() => onChoose(true)} />
        </div>
        {state.chosen ? null : <p class="waiting">{i18n.t('welcome.choice.waiting')}</p>}
        <p class={failed ? 'status failed' : 'status'} role="status">
          {status}
        </p>
        <p class="change">
          {before}
          <a href="/options.html">{i18n.t('welcome.choice.settings')}</a>
          {after}
        </p>
      </section>
    </main>
  );
}
