// The one way a zod failure becomes a sentence (profile files, IPC arguments, --override
// files): the first problem, where it is (`rows[3].probes[0].ports`) and what is wrong.
import type { z } from 'zod';

/** `rows[3].probes[0].ports` from zod's path array; `subject` names the value itself. */
export function formatIssuePath(path: readonly PropertyKey[], subject = ''): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number'
        ? `${text}[${part}]`
        : text
          ? `${text}.${String(part)}`
          : String(part),
    subject,
  );
}

/** "where: what", naming unknown keys the way a person would look for them. */
export function describeZodError(error: z.ZodError, subject = ''): string {
  const issue = error.issues[0]!;
  const where = formatIssuePath(issue.path, subject);
  const message =
    issue.code === 'unrecognized_keys'
      ? `unknown key ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`
      : issue.message;
  return where ? `${where}: ${message}` : message;
}
