declare module 'virtual:backstory-aliases' {
  /** The bundled packs' alias index, parsed on the first call. */
  export function bundledAliases(): import('./alias-index').AliasEntity[];
}
