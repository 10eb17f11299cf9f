declare module 'virtual:backstory-aliases' {
  /** The bundled packs' alias index, parsed anew on each call (nothing is kept). */
  export function bundledAliases(): import('./alias-index').AliasEntity[];
}
