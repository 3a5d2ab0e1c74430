// `npm run scan`: @doyensec/electronegativity over the compiled app, offline, with its findings
// triaged in .electronegativity.json. Fails on a high or medium finding (or one that asks for
// manual review) without an accepted reason, and on an accepted entry that no longer matches.
const { cpSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { createRequire } = require('node:module');
const net = require('node:net');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const MUST_EXPLAIN = new Set(['HIGH', 'MEDIUM']);

/** Findings that need a reason and have none, and accepted entries that matched nothing. */
function triage(issues, accepted) {
  const matches = (entry, issue) => entry.id === issue.id && entry.file === issue.file;
  const unexplained = issues.filter(
    (issue) =>
      (MUST_EXPLAIN.has(issue.severity) || issue.manualReview) &&
      !accepted.some((entry) => matches(entry, issue) && entry.reason?.trim()),
  );
  const stale = accepted.filter((entry) => !issues.some((issue) => matches(entry, issue)));
  return { unexplained, stale };
}

/** Nothing may leave this machine: electronegativity fetches translations and release lists. */
function stayOffline(scanner) {
  net.Socket.prototype.connect = function refuse() {
    throw new Error('the security scan runs offline');
  };
  const fromScanner = createRequire(scanner);
  const got = fromScanner.resolve('got');
  const offline = () => Promise.reject(new Error('offline'));
  Object.assign(offline, { get: offline, head: offline });
  require.cache[got] = { id: got, filename: got, loaded: true, exports: offline };
}

/**
 * The scanner reads .js/.ts/.html only, so the bundles are copied with a .js name; paths in
 * findings are relative to this copy (main/app.js, preload/preload.js, renderer/index.html).
 */
function stage(folders) {
  const copy = mkdtempSync(join(tmpdir(), 'netcheck-scan-'));
  for (const folder of folders) {
    cpSync(join(ROOT, folder), join(copy, folder.replace(/^out\//, '')), {
      recursive: true,
      filter: (source) => !source.endsWith('.map'),
    });
  }
  for (const [from, to] of [
    ['main/app.cjs', 'main/app.js'],
    ['preload/preload.cjs', 'preload/preload.js'],
  ]) {
    cpSync(join(copy, from), join(copy, to));
    rmSync(join(copy, from));
  }
  return copy;
}

async function main() {
  const config = JSON.parse(readFileSync(join(ROOT, '.electronegativity.json'), 'utf8'));
  for (const excluded of config.excludedChecks)
    if (!excluded.reason?.trim()) throw new Error(`excluded check ${excluded.check}: no reason`);
  const scanner = require.resolve('@doyensec/electronegativity');
  stayOffline(scanner);
  const run = require(scanner);
  const electronVersion = require('electron/package.json').version;
  const copy = stage(config.folders);
  let result;
  try {
    result = await run({
      input: copy,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: config.excludedChecks.map((excluded) => excluded.check),
    });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  const failedFiles = result.errors.filter((error) => !error.tolerable);
  const issues = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    manualReview: issue.manualReview === true,
    file: issue.file.split('\\').join('/'),
    line: issue.location.line,
  }));
  const { unexplained, stale } = triage(issues, config.accepted);
  for (const issue of issues) {
    const entry = config.accepted.find((e) => e.id === issue.id && e.file === issue.file);
    const verdict = entry ? `accepted: ${entry.reason}` : 'UNEXPLAINED';
    console.log(`${issue.severity} ${issue.id} ${issue.file}:${issue.line} (${verdict})`);
  }
  for (const error of failedFiles) console.error(`could not parse ${error.file}: ${error.message}`);
  for (const entry of stale) console.error(`stale triage entry: ${entry.id} in ${entry.file}`);
  for (const issue of unexplained)
    console.error(`unexplained finding: ${issue.severity} ${issue.id} in ${issue.file}`);
  const ok = unexplained.length === 0 && stale.length === 0 && failedFiles.length === 0;
  console.log(
    `electronegativity (Electron ${electronVersion}): ${issues.length} finding(s), ${ok ? 'all triaged' : 'FAILED'}`,
  );
  return ok ? 0 : 1;
}

module.exports = { triage };

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`security scan: ${error.stack ?? error}`);
      process.exitCode = 2;
    },
  );
}
