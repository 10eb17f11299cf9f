import { i18n } from '#i18n';
import { render } from 'preact';
import { firstRun, sendFirstRunChoice } from '../../extension/first-run';
import { uiLang } from '../../extension/labels';
import { manualMode } from '../../extension/settings';
import { App } from './App';
import '../../assets/ui.css';
import './style.css';

async function main() {
  document.documentElement.lang = uiLang();
  document.title = i18n.t('welcome.title');
  const [stage, manual] = await Promise.all([firstRun.getValue(), manualMode.getValue()]);
  render(
    <App initial={stage === 'chosen' ? { chosen: true, manual } : { chosen: false }} choose={sendFirstRunChoice} />,
    document.getElementById('app')!,
  );
}

void main();
