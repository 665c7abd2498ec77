// Code bundled for the worker that names Node's global `Buffer` (iconv-lite, for the legacy Vietnamese encodings)
// gets the browser package's Buffer instead: esbuild injects this module wherever `Buffer` is free.
export { Buffer } from 'buffer';
