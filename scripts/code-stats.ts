// `npm run code-stats`: how long the helpdesk code is over the corpus of typical results
// (test/support/helpdesk-corpus.ts), and the longest it can be in theory. The README's
// figures come from here.
import { encodeHelpdeskCode, worstCaseLength } from '../common/helpdesk/code';
import { corpus, type CorpusEntry } from '../test/support/helpdesk-corpus';
import { loaded } from '../test/unit/helpdesk/result-builder';

const { profile } = loaded;
const lengthOf = (entry: CorpusEntry) =>
  encodeHelpdeskCode(entry.facts, profile).replaceAll('-', '').length;

/** The value at or below which `share` of the sorted values lie (nearest rank). */
function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!;
}

function line(label: string, lengths: number[]): string {
  const sorted = [...lengths].sort((a, b) => a - b);
  const short = sorted.filter((n) => n <= 12).length;
  return [
    label.padEnd(16),
    String(sorted.length).padStart(5),
    String(percentile(sorted, 0.5)).padStart(7),
    String(percentile(sorted, 0.9)).padStart(5),
    String(sorted.at(-1)).padStart(5),
    `${((100 * short) / sorted.length).toFixed(1)}%`.padStart(8),
  ].join('');
}

const entries = corpus();
const groups = ['lab', 'empty-namespace', 'random'] as const;
console.log('Helpdesk code length in characters, dashes not counted');
console.log(
  `${'corpus'.padEnd(16)}${'codes'.padStart(5)}${'median'.padStart(7)}${'p90'.padStart(5)}${'max'.padStart(5)}${'≤ 12'.padStart(8)}`,
);
for (const group of groups)
  console.log(line(group, entries.filter((e) => e.group === group).map(lengthOf)));
console.log(line('all', entries.map(lengthOf)));
console.log(
  `Longest possible code (profile ${profile.id} ${profile.version}): ${worstCaseLength(profile)} characters`,
);
