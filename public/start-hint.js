// Backstory's start hint (extension/start-hint.ts): registered only where the content script will
// almost surely read the page, at document_start, in the content scripts' own world, which the page
// cannot see.
globalThis.backstoryStartHint = true;
