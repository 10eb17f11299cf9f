import { render } from 'preact';
import { uiLang } from '../../extension/labels';
import { App } from './App';
import { loadPopupData, readParams, watchPopupData } from './data';
import '../../assets/ui.css';
import '../../assets/story.css';
import './style.css';

async function main() {
  // From here to the render mark is the popup's own work; the rest of opening is the browser's.
  performance.mark('backstory:popup-start');
  document.documentElement.lang = uiLang();
  const params = readParams(location.search);
  const initial = await loadPopupData(params);
  render(<App initial={initial} start={params} watch={(onChange) => watchPopupData(initial.tabId, onChange)} />, document.getElementById('app')!);
  // The budget is 100 ms from opening to this mark (DESIGN.md §5); tests/e2e/popup.e2e.test.ts reads it.
  performance.mark('backstory:popup-rendered');
}

void main();
