declare module 'virtual:backstory-aliases' {
  /** The bundled packs' aliases, compiled at build time; decoded on the first call, then the same table. */
  export function bundledPatterns(): import('../match/pattern-table').CompiledPatterns;
  /** Names the bundled pattern data: a table compiled onto other bundled packs is not used (extension/imported-patterns.ts). */
  export const BUNDLED_PATTERNS_STAMP: string;
}
