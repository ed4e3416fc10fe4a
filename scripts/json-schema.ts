/** Writes docs/handoff-format.schema.json from the format's schema (src/shared/schema/json-schema.ts). */
import { writeFileSync } from 'node:fs';
import { formatJsonSchema } from '../src/shared/schema/json-schema';

writeFileSync(new URL('../docs/handoff-format.schema.json', import.meta.url), formatJsonSchema());
console.log('wrote docs/handoff-format.schema.json');
