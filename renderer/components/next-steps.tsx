// The diagnosis's next steps (common/diagnosis): what to do on site, what the helpdesk says,
// what IT changes, split into "Must fix" and "Recommended". One view for the main window and
// the decoded helpdesk code, so both tell the same story in the same words.
import { useId } from 'react';
import type { Diagnosis } from '../../common/results/schema';
import { DIAGNOSIS_TEXT } from '../../common/i18n';
import { CopyButton } from './copy-button';
import { FoldedLines } from './folded-lines';

const L = DIAGNOSIS_TEXT.labels;

/**
 * A labelled list of the change request ("Must fix", "Recommended") with its copy button;
 * `folded` shows its first lines only, with a disclosure for the rest (the main window).
 */
export function NextLines({
  label,
  lines,
  kind,
  folded = false,
}: {
  label: string;
  lines: readonly string[];
  kind: string;
  folded?: boolean;
}) {
  const id = useId();
  if (lines.length === 0) return null;
  return (
    <div className={`next-lines next-lines-${kind}`} data-testid={`next-${kind}`}>
      <div className="next-lines-head">
        <h3 id={id}>{label}</h3>
        <CopyButton text={lines.join('\n')} label={label} />
      </div>
      {folded ? (
        <FoldedLines lines={lines} labelledBy={id} />
      ) : (
        <ul aria-labelledby={id}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function NextSteps({ diagnosis }: { diagnosis: Diagnosis }) {
  const id = useId();
  return (
    <section className="panel next-steps" aria-labelledby={id} data-testid="next-steps">
      <h2 id={id} className="visually-hidden">
        {L.onSite}
      </h2>
      <dl className="steps">
        <dt>{L.onSite}</dt>
        <dd data-testid="step-on-site">{diagnosis.steps.onSite}</dd>
        <dt>{L.helpdesk}</dt>
        <dd>{diagnosis.steps.helpdesk}</dd>
        <dt>{L.it}</dt>
        <dd>{diagnosis.steps.it}</dd>
      </dl>
      <NextLines label={L.mustFix} lines={diagnosis.mustFix} kind="must-fix" />
      <NextLines label={L.recommended} lines={diagnosis.recommended} kind="recommended" />
    </section>
  );
}
