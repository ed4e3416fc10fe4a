/** Bundled by bench/guide-locate.ts into one script for a bench page: the recorder's describe and the guide's locate. */
import { describe } from '../src/content/describe';
import { locate } from '../src/content/guide/locate';

(globalThis as unknown as { __handoffGuideBench: unknown }).__handoffGuideBench = { describe, locate };
