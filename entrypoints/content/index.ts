import { defineContentScript } from 'wxt/utils/define-content-script';
import { startHighlighting } from './highlighting';
import { startHoverCard } from './hover-card';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    startHoverCard(ctx, await startHighlighting(ctx));
  },
});
