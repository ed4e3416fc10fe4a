/// <reference types="vite/client" />

/** crxjs builds `?iife` imports as standalone scripts and gives their output path. */
declare module '*?iife' {
  const path: string;
  export default path;
}
