// Every helpdesk code the README shows decodes (issue 16): an example that does not is the
// first thing a new helpdesk agent would type.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHelpdeskCode } from '../../../common/helpdesk/code';
import { loaded } from './result-builder';

/** Groups of Crockford Base32 joined by dashes, with a letter (not a date or a port range). */
const CODE =
  /(?<![\w-])(?=[0-9-]*[A-HJKMNP-TV-Z])[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{1,4})+(?![\w-])/g;
const readme = readFileSync('README.md', 'utf8');
const codes = [...new Set(readme.match(CODE) ?? [])];

describe('the README', () => {
  it('shows helpdesk codes', () => {
    expect(codes.length).toBeGreaterThanOrEqual(4);
  });
  for (const code of codes) {
    it(`${code} decodes`, () => {
      expect(decodeHelpdeskCode(code, loaded.profile, loaded.hash)).toMatchObject({ ok: true });
    });
  }
});
