import { z } from 'zod';
import { resultDocumentSchema } from './schema';

export const RESULT_SCHEMA_ID = 'https://onsight-network-check.invalid/schema/result.schema.json';

/** The JSON Schema (draft 2020-12) of `onsight-netcheck run --json`. */
export function resultDocumentJsonSchema(): Record<string, unknown> {
  return {
    $id: RESULT_SCHEMA_ID,
    title: 'Onsight Network Check result',
    ...z.toJSONSchema(resultDocumentSchema, { target: 'draft-2020-12', io: 'output' }),
  };
}
