// Every placeholder of every message appears in every locale (issue 19, "Completeness by
// construction"). A message is a function; its placeholders are its parameters. Each message is
// called with marked values built from its parameter types (read by the TypeScript checker off
// English's catalogue, so a new message is covered without a line here), and whatever of those
// values the English text shows, every locale's text must show too. A union parameter (a skip
// reason, a 'plain' | 'control' leg) is called once per member.
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../common/i18n';
import { LANGUAGES, type Language } from '../../../common/i18n/languages';
import { ROOT } from '../../support/typescript';

const FILE = join(ROOT, 'common/i18n/catalogue.ts');

/** The checker, and English's catalogue type. */
function englishType() {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.common.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )!;
  const program = ts.createProgram([FILE], config.options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(FILE)!;
  const symbol = checker
    .getSymbolsInScope(source, ts.SymbolFlags.Variable)
    .find((s) => s.name === 'EN')!;
  return { checker, type: checker.getTypeOfSymbolAtLocation(symbol, source) };
}

const { checker, type: EN_TYPE } = englishType();

/**
 * Marked values: strings that no catalogue text contains ("‹s1›"), and numbers from 701 up
 * (three digits, so no language groups them; none occurs in a catalogue text).
 */
class Marks {
  private count = 0;
  readonly strings: string[] = [];
  readonly numbers: number[] = [];
  string(): string {
    const mark = `‹s${++this.count}›`;
    this.strings.push(mark);
    return mark;
  }
  number(): number {
    const mark = 700 + ++this.count;
    this.numbers.push(mark);
    return mark;
  }
}

const isNullish = (t: ts.Type) =>
  (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void)) !== 0;

/** The members of a union a caller can pass (booleans as true then false), else the type. */
function variants(t: ts.Type): ts.Type[] {
  if (!t.isUnion()) return [t];
  const members = t.types.filter((m) => !isNullish(m));
  // `boolean` is the union false | true: try true first, it shows more.
  return [...members].sort(
    (a, b) =>
      Number(checker.typeToString(b) === 'true') - Number(checker.typeToString(a) === 'true'),
  );
}

/** A value of type `t`, marked wherever it holds a string or a number. */
function valueOf(t: ts.Type, marks: Marks): unknown {
  const [first] = variants(t);
  t = first!;
  if (t.isStringLiteral()) return t.value;
  if (t.isNumberLiteral()) return t.value;
  if (t.flags & ts.TypeFlags.BooleanLiteral) return checker.typeToString(t) === 'true';
  if (t.flags & ts.TypeFlags.String) return marks.string();
  if (t.flags & ts.TypeFlags.Number) return marks.number();
  if (checker.isArrayType(t) || checker.isTupleType(t)) {
    const [element] = checker.getTypeArguments(t as ts.TypeReference);
    return [valueOf(element!, marks), valueOf(element!, marks)];
  }
  if (t.flags & ts.TypeFlags.Object) {
    return Object.fromEntries(
      checker
        .getPropertiesOfType(t)
        .map((p) => [p.name, valueOf(checker.getTypeOfSymbol(p), marks)]),
    );
  }
  throw new Error(`no value for the type ${checker.typeToString(t)}`);
}

interface Call {
  path: string;
  args: (marks: Marks) => unknown[];
}

/** Every way to call each message: one call per member of each union parameter. */
function callsOf(t: ts.Type, path: string): Call[] {
  const [signature] = t.getCallSignatures();
  if (signature) {
    const params = signature.parameters.map((p) => checker.getTypeOfSymbol(p));
    const calls: Call[] = [{ path, args: (marks) => params.map((p) => valueOf(p, marks)) }];
    params.forEach((param, index) => {
      for (const variant of variants(param).slice(1))
        calls.push({
          path: `${path} (${checker.typeToString(variant)})`,
          args: (marks) => params.map((p, i) => valueOf(i === index ? variant : p, marks)),
        });
    });
    return calls;
  }
  if (t.flags & ts.TypeFlags.Object && !checker.isArrayType(t))
    return checker
      .getPropertiesOfType(t)
      .flatMap((p) => callsOf(checker.getTypeOfSymbol(p), path ? `${path}.${p.name}` : p.name));
  return [];
}

const CALLS = callsOf(EN_TYPE, '');

/** The text a message gives, with every text inside a returned object or function. */
function say(value: unknown, marks: Marks): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    // A returned function (a cause's reason) takes the rows it names.
    return say((value as (...a: unknown[]) => unknown)([marks.string(), marks.string()]), marks);
  }
  if (Array.isArray(value)) return value.flatMap((v) => say(v, marks));
  if (typeof value === 'object' && value !== null)
    return Object.values(value).flatMap((v) => say(v, marks));
  return [];
}

function at(catalogue: unknown, path: string): (...args: unknown[]) => unknown {
  const keys = path.replace(/ \(.*\)$/, '').split('.');
  return keys.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue) as (
    ...args: unknown[]
  ) => unknown;
}

/** The marks a language's text of one call shows. */
function shown(language: Language, call: Call): string[] {
  const marks = new Marks();
  const text = say(at(CATALOGUES[language], call.path)(...call.args(marks)), marks).join('\n');
  return [...marks.strings, ...marks.numbers.map(String)].filter((mark) => text.includes(mark));
}

describe('the messages', () => {
  it('are found by the checker, with their parameters', () => {
    // English has well over a hundred messages; a checker that found none would prove nothing.
    expect(CALLS.length).toBeGreaterThan(100);
    expect(CALLS.filter((c) => shown('en', c).length > 0).length).toBeGreaterThan(100);
    expect(CALLS.map((c) => c.path)).toContain('BLOCK_TEXT.answeredBy');
    expect(
      shown(
        'en',
        CALLS.find((c) => c.path === 'BLOCK_TEXT.answeredBy')!,
      ),
    ).toEqual(['‹s1›']);
  });
});

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the %s catalogue', (language) => {
  it('shows every placeholder that English shows, in every message', () => {
    const missing = CALLS.flatMap((call) => {
      const english = shown('en', call);
      const here = shown(language, call);
      const lost = english.filter((mark) => !here.includes(mark));
      return lost.length > 0 ? [`${call.path}: ${lost.join(' ')}`] : [];
    });
    expect(missing).toEqual([]);
  });
});
