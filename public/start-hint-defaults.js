// Backstory's start hint for the default settings (extension/start-hint.ts): registered, in place
// of start-hint.js, where pages will be read and nothing the reading depends on differs from the
// defaults, so the content script reads the page before its settings arrive.
globalThis.backstoryStartHint = 'defaults';
