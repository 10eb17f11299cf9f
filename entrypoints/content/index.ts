import { defineContentScript } from 'wxt/utils/define-content-script';
import { startHighlighting } from './highlighting';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    await startHighlighting(ctx);
  },
});
