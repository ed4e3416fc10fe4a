import contentScript from '../content/index.ts?iife';

console.log(contentScript);
