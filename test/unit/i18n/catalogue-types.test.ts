// A missing or extra key, or other parameters, in any locale is a type error (issue 19): the
// cases in catalogue-types.ts.
import { describe } from 'vitest';
import { itProvesCompileCases } from '../../support/compile-cases';

describe('the catalogue type', () => {
  itProvesCompileCases('test/unit/i18n/catalogue-types.ts', 8);
});
