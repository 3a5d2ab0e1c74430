// Issue 16's acceptance: a code is read out in one breath. Over the corpus of typical results
// (test/support/helpdesk-corpus.ts): every lab scenario's code, and the empty-namespace run's,
// is at most 12 characters (dashes not counted), and so is at least 90% of the whole corpus;
// each lab code decodes to the diagnosis its facts tell.
import { describe, expect, it } from 'vitest';
import { encodeHelpdeskCode } from '../../../common/helpdesk/code';
import { decodeForDisplay } from '../../../common/helpdesk/decoded-table';
import { describe as tell } from '../../../common/diagnosis/describe';
import {
  corpus,
  emptyNamespaceCorpus,
  labCorpus,
  type CorpusEntry,
} from '../../support/helpdesk-corpus';
import { loaded } from './result-builder';

const { profile, hash } = loaded;
const codeOf = (entry: CorpusEntry) => encodeHelpdeskCode(entry.facts, profile);
const lengthOf = (entry: CorpusEntry) => codeOf(entry).replaceAll('-', '').length;

describe('helpdesk code length', () => {
  for (const entry of [...labCorpus(), ...emptyNamespaceCorpus()]) {
    it(`${entry.name}: at most 12 characters, and decodes to its diagnosis`, () => {
      expect(lengthOf(entry)).toBeLessThanOrEqual(12);
      const shown = decodeForDisplay(codeOf(entry), profile, hash);
      expect(shown.ok && shown.decoded.diagnosis).toEqual(tell(entry.facts, profile));
    });
  }

  it('keeps at least 90% of the corpus at 12 characters or fewer', () => {
    const all = corpus();
    expect(all.length).toBeGreaterThan(200);
    const short = all.filter((entry) => lengthOf(entry) <= 12).length;
    expect(short / all.length).toBeGreaterThanOrEqual(0.9);
  });
});
