// The firewall change request (issue 7): the lines an administrator would type, from
// common/results/change-request.ts, with one button that copies them all.
import { useId } from 'react';
import { APP_HELPDESK_TEXT } from '../../common/i18n/en';
import { CopyButton } from './copy-button';

const t = APP_HELPDESK_TEXT.changeRequest;

export function ChangeRequestPanel({ lines }: { lines: readonly string[] }) {
  const id = useId();
  if (lines.length === 0) return null;
  return (
    <section
      className="panel change-request"
      aria-labelledby={`${id}-heading`}
      data-testid="change-request"
    >
      <div className="change-request-head">
        <h2 id={`${id}-heading`}>{t.heading}</h2>
        <CopyButton text={lines.join('\n')} label={t.copyLabel} />
      </div>
      <p className="hint">{t.intro}</p>
      <ul className="change-request-lines">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
