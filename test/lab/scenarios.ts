// Scenario files (scenarios/*.json): a firewall, the CLI arguments it needs, and the ground
// truth written by hand from the rules and ARCHITECTURE.md's semantics: every row's
// expected status and the verdict. A blocking scenario runs once per variant (DROP, REJECT).
import { CODE_LENGTHS } from '../../common/helpdesk/code';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { OUTCOMES, ROW_STATUSES, VERDICTS } from '../../common/outcomes';
import { CAUSES } from '../../common/diagnosis/causes';
import { COVERAGE_KINDS } from '../../common/coverage-kinds';
import type { Firewall, FirewallAction } from './firewall';

const SCENARIO_DIR = join(__dirname, 'scenarios');

const expectationSchema = z.strictObject({
  verdict: z.enum(VERDICTS),
  /** The diagnosis's cause (common/diagnosis/causes.ts), written from the rules like the rows. */
  cause: z.enum(CAUSES),
  /** The inspecting product's id, where the scenario's interceptor is a known one. */
  product: z.string().optional(),
  rows: z.record(z.string(), z.enum(ROW_STATUSES)),
  /**
   * Optional (issue 20): every row's coverage kind, written by hand from the rules like the
   * statuses; when given, a row without one is a mismatch.
   */
  coverage: z.record(z.string(), z.enum(COVERAGE_KINDS)).optional(),
  /** Optional: the outcome every probe result of a row must have (e.g. local-block). */
  outcomes: z.record(z.string(), z.enum(OUTCOMES)).optional(),
  /**
   * Optional: per row, the address that must have answered for a profile target (a block),
   * or the addresses one of which must have (a block with two live servers: either may be first).
   */
  answeredBy: z
    .record(z.string(), z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])))
    .optional(),
});

const scenarioSchema = z.strictObject({
  title: z.string(),
  /** Why the less obvious entries of the ground truth are what they are. */
  notes: z.array(z.string()).optional(),
  firewall: z
    .strictObject({
      at: z.enum(['server-ingress', 'client-output']),
      rules: z.array(z.string()).min(1),
    })
    .nullable(),
  /** A firewall runs once per variant; an open network once (its action is never used). */
  variants: z
    .array(z.enum(['drop', 'reject']))
    .min(1)
    .optional(),
  args: z.array(z.string()),
  /**
   * The longest helpdesk code this scenario may give, in characters without dashes: 12 (issue
   * 16: read out in one breath) unless the notes say why the code must carry more.
   */
  codeMaxLength: z.int().min(5).max(CODE_LENGTHS.max).optional(),
  expect: expectationSchema,
  /** Per variant, rows whose expectation differs from `expect` (merged over it). */
  variantExpect: z.record(z.enum(['drop', 'reject']), expectationSchema.partial()).optional(),
  /**
   * A proxy that asks for a password: what the check finds once the lab's user (PROXY_USER) has
   * signed in through the app's dialog (merged over the variant's expectation).
   */
  afterSignIn: expectationSchema.partial().optional(),
});

export type Expectation = z.infer<typeof expectationSchema>;

export interface ScenarioRun {
  /** `name` or `name/variant`. */
  id: string;
  title: string;
  firewall: Firewall | null;
  action: FirewallAction;
  args: string[];
  codeMaxLength: number;
  expect: Expectation;
  /** The expectation after signing in to the scenario's proxy, where it asks for a password. */
  afterSignIn?: Expectation;
}

export function scenarioNames(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => basename(file, '.json'))
    .sort();
}

/** Every run of one scenario file: one per variant (an open network has one, unnamed). */
export function loadScenario(name: string): ScenarioRun[] {
  const text = readFileSync(join(SCENARIO_DIR, `${name}.json`), 'utf8');
  const parsed = scenarioSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`scenarios/${name}.json: ${issue.path.join('.')}: ${issue.message}`);
  }
  const scenario = parsed.data;
  if (scenario.firewall && !scenario.variants)
    throw new Error(`scenarios/${name}.json: a firewall needs its variants (drop, reject)`);
  return (scenario.variants ?? ['drop' as const]).map((action) => {
    const over = scenario.variantExpect?.[action] ?? {};
    const product = over.product ?? scenario.expect.product;
    const expect: Expectation = {
      verdict: over.verdict ?? scenario.expect.verdict,
      cause: over.cause ?? scenario.expect.cause,
      ...(product !== undefined && { product }),
      rows: { ...scenario.expect.rows, ...over.rows },
      ...((scenario.expect.coverage ?? over.coverage) && {
        coverage: { ...scenario.expect.coverage, ...over.coverage },
      }),
      outcomes: { ...scenario.expect.outcomes, ...over.outcomes },
      answeredBy: { ...scenario.expect.answeredBy, ...over.answeredBy },
    };
    const signedIn = scenario.afterSignIn;
    return {
      id: scenario.firewall ? `${name}/${action}` : name,
      title: scenario.title,
      firewall: scenario.firewall,
      action,
      args: scenario.args,
      codeMaxLength: scenario.codeMaxLength ?? 12,
      expect,
      ...(signedIn && {
        afterSignIn: {
          ...expect,
          ...signedIn,
          rows: { ...expect.rows, ...signedIn.rows },
          outcomes: { ...expect.outcomes, ...signedIn.outcomes },
          answeredBy: { ...expect.answeredBy, ...signedIn.answeredBy },
        },
      }),
    };
  });
}

export function allScenarioRuns(): ScenarioRun[] {
  return scenarioNames().flatMap(loadScenario);
}

/** `name` or `name/variant` → that run. */
export function findScenarioRun(id: string): ScenarioRun {
  const [name, variant] = id.split('/');
  const runs = loadScenario(name!);
  const run = variant ? runs.find((r) => r.action === variant) : runs[0];
  if (!run) throw new Error(`scenario ${name} has no variant ${variant}`);
  return run;
}
