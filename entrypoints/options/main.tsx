import { i18n } from '#i18n';
import { render } from 'preact';
import { uiLang } from '../../extension/labels';
import { App } from './App';
import { loadOptionsData, watchOptionsData } from './data';
import '../../assets/ui.css';
import './style.css';

async function main() {
  document.documentElement.lang = uiLang();
  document.title = i18n.t('options.title');
  render(<App initial={await loadOptionsData()} watch={watchOptionsData} />, document.getElementById('app')!);
}

void main();
