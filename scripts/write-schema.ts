// Publishes the JSON Schema of the result document, derived from the zod types
// (ARCHITECTURE.md, "CLI contract"). Run by `node scripts/build.mjs schema`.
import { writeFileSync } from 'node:fs';
import { resultDocumentJsonSchema } from '../common/results/json-schema';

writeFileSync(
  'common/schema/result.schema.json',
  `${JSON.stringify(resultDocumentJsonSchema(), null, 2)}\n`,
);
