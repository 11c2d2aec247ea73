/** pdf-lib's self-contained ESM bundle (same API as the package entry). */
declare module 'pdf-lib/dist/pdf-lib.esm.js' {
  export * from 'pdf-lib';
}
