// No hard-coded user-visible text in renderer/, main/cli/ or the reports (issue 19): every word
// a person reads comes from the catalogue (common/i18n), so it is in every language. Read from
// each file's syntax tree: JSX text with a letter in it, a JSX attribute a person hears or
// sees (aria-label, title, placeholder, alt…) written as a literal, and any other string or
// template literal that reads as prose (two words with a blank between them), once HTML tags
// are taken out. Class names, CSS and protocol markers are not prose; the few literals that
// look like it are named below, with why.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EN } from '../../../common/i18n/catalogue';
import { ROOT } from '../../support/typescript';

const FOLDERS = ['renderer', 'main/cli', 'common/reports'];

/** Attributes whose value a person sees or a screen reader speaks. */
const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Two words with a blank between: "Save report", "could not". */
const PROSE = /\p{L}{2,}[,.:;!?]?\s+\p{L}{2,}/u;

/** Literals that are not words for people. */
const NOT_PROSE: ReadonlyArray<[RegExp, string]> = [
  [/^-----BEGIN CERTIFICATE-----$/, 'the PEM marker a CA file must hold (RFC 7468 section 2)'],
  [/^verdict verdict-\s*$/, "the class list of the HTML report's verdict section (html.ts)"],
];

const isCss = (text: string) => /[{][^}]*:[^}]*;/.test(text);
/** Under a className attribute, or a CSS selector handed to the DOM: names, not words. */
function isClassOrSelector(node: ts.Node, source: ts.SourceFile): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isJsxAttribute(at)) return at.name.getText(source) === 'className';
    if (ts.isCallExpression(at))
      return /\.(querySelector|querySelectorAll|closest|matches)$/.test(
        at.expression.getText(source),
      );
  }
  return false;
}
const withoutTags = (text: string) => text.replace(/<[^>]*>/g, ' ');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return undefined;
}

const isModuleName = (node: ts.Node) =>
  ts.isImportDeclaration(node.parent) ||
  ts.isExportDeclaration(node.parent) ||
  ts.isExternalModuleReference(node.parent);

/** The hard-coded user-visible texts of one source file, as "file:line: text". */
export function hardCodedTexts(file: string, text: string): string[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const report = (node: ts.Node, what: string) =>
    found.push(
      `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${JSON.stringify(what.trim())}`,
    );
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) report(node, node.text);
    else if (
      ts.isJsxAttribute(node) &&
      SPOKEN_ATTRIBUTES.has(node.name.getText(source)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}/u.test(node.initializer.text)
    )
      report(node, node.initializer.text);
    else {
      const literal = literalText(node);
      if (
        literal !== undefined &&
        !isModuleName(node) &&
        !isCss(literal) &&
        !isClassOrSelector(node, source) &&
        !NOT_PROSE.some(([pattern]) => pattern.test(literal)) &&
        PROSE.test(withoutTags(literal))
      )
        report(node, literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The folders whose modules speak the faces' language (common/i18n's live catalogue). */
const SPEAKING = [
  'renderer',
  'main/cli',
  'main/app',
  'common/reports',
  'common/diagnosis',
  'common/helpdesk',
];

/**
 * Texts read from the live catalogue when a module loads, as "file:line: CHAIN": they keep the
 * language of that moment. The catalogue's objects follow setLanguage; a text is read when the
 * face speaks (common/i18n/index.ts). Found from each top-level declaration that is not a
 * function: any property chain on an imported catalogue section that ends on a text in English.
 */
export function textsReadAtLoad(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const sections = new Map<string, string>();
  for (const statement of source.statements)
    if (
      ts.isImportDeclaration(statement) &&
      /common\/i18n'?$|\/i18n'$/.test(statement.moduleSpecifier.getText(source)) &&
      statement.importClause?.namedBindings &&
      ts.isNamedImports(statement.importClause.namedBindings)
    )
      for (const element of statement.importClause.namedBindings.elements)
        if (element.name.text in EN)
          sections.set(element.name.text, (element.propertyName ?? element.name).text);
  /** Aliases of a section or an object in it: `const t = APP_TEXT.table` → ['APP_TEXT', 'table']. */
  const aliases = new Map<string, string[]>([...sections].map(([local, name]) => [local, [name]]));
  const chainOf = (node: ts.Expression): string[] | undefined => {
    if (ts.isIdentifier(node)) return aliases.get(node.text);
    if (ts.isPropertyAccessExpression(node)) {
      const head = chainOf(node.expression);
      return head && [...head, node.name.text];
    }
    return undefined;
  };
  const valueAt = (chain: string[]) =>
    chain.reduce<unknown>(
      (node, key) => (node as Record<string, unknown> | undefined)?.[key],
      EN as unknown,
    );
  const found: string[] = [];
  const isFunction = (node: ts.Node) => ts.isArrowFunction(node) || ts.isFunctionExpression(node);
  const visit = (node: ts.Node): void => {
    if (isFunction(node)) return;
    if (ts.isPropertyAccessExpression(node) && !ts.isPropertyAccessExpression(node.parent)) {
      const chain = chainOf(node);
      if (chain && typeof valueAt(chain) === 'string')
        found.push(
          `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${chain.join('.')}`,
        );
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!declaration.initializer) continue;
      visit(declaration.initializer);
      const chain = chainOf(declaration.initializer);
      if (ts.isIdentifier(declaration.name) && chain && typeof valueAt(chain) === 'object')
        aliases.set(declaration.name.text, chain);
    }
  }
  return found;
}

describe('the catalogue’s texts', () => {
  it('are read when a face speaks, not when its module loads', () => {
    const files = SPEAKING.flatMap((folder) => sourceFiles(join(ROOT, folder)));
    const found = files.flatMap((path) =>
      textsReadAtLoad(relative(ROOT, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('finds a text read at load, directly or through an alias, and lets functions be', () => {
    const text = [
      "import { APP_TEXT, SCREEN_TEXT } from '../../common/i18n';",
      'const t = APP_TEXT.table;',
      'const WORDS = { idle: t.copy, busy: SCREEN_TEXT.sendToIt.copy };',
      'const later = () => ({ idle: t.copy });',
      'export const all = [WORDS, later];',
    ].join('\n');
    expect(textsReadAtLoad('renderer/sample.tsx', text)).toEqual([
      'renderer/sample.tsx:3: APP_TEXT.table.copy',
      'renderer/sample.tsx:3: SCREEN_TEXT.sendToIt.copy',
    ]);
  });
});

describe('user-visible text', () => {
  it('comes from the catalogue in renderer/, main/cli/ and the reports', () => {
    const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((path) =>
      hardCodedTexts(relative(ROOT, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it.each([
    ['JSX text', 'export const A = () => <p>Run the check</p>;', 'Run the check'],
    ['a spoken attribute', 'export const A = () => <i aria-label="Copied" />;', 'Copied'],
    ['a sentence in code', "export const s = 'could not reach the proxy';", 'could not reach'],
    ['a sentence in a template', 'export const s = (n: number) => `${n} rows left`;', 'rows left'],
    ['words inside markup', "export const h = '<p>No problems</p>';", 'No problems'],
  ])('finds %s', (_what, text, words) => {
    const found = hardCodedTexts('renderer/sample.tsx', text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(words);
  });

  it.each([
    ['class names', 'export const A = () => <p className="panel next-steps" />;'],
    ['CSS', 'export const css = `body { font: 11pt system-ui, sans-serif; }`;'],
    ['markup alone', 'export const h = `<dl class="facts">${1}</dl>`;'],
    ['a catalogue text', 'export const A = () => <p>{t.heading}</p>;'],
    ['a module name', "import { x } from 'some module';"],
  ])('lets %s through', (_what, text) => {
    expect(hardCodedTexts('renderer/sample.tsx', text)).toEqual([]);
  });
});
