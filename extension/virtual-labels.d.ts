declare module 'virtual:backstory-labels' {
  /** The card's and the details' words by language (`en`, `zh-Hans`, `zh-Hant`), then by dotted key: scripts/lib/label-module.ts. */
  const table: Record<string, Record<string, string>>;
  export default table;
}
