declare module 'virtual:backstory-aliases' {
  const entities: import('./alias-index').AliasEntity[];
  export default entities;
}
