// The firewall change request in detail (issue 7): the lines an administrator would type, from
// common/results/change-request.ts, behind a disclosure (issue 17: 46 addresses must not lead
// the screen), with one button that copies them all.
import { useId, useState } from 'react';
import { APP_HELPDESK_TEXT, SCREEN_TEXT } from '../../common/i18n';
import { CopyButton } from './copy-button';

const t = APP_HELPDESK_TEXT.changeRequest;

export function ChangeRequestPanel({ lines }: { lines: readonly string[] }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  if (lines.length === 0) return null;
  return (
    <div className="change-request" data-testid="change-request">
      <div className="change-request-head">
        <h3>
          <button
            type="button"
            className="button button-small disclosure"
            aria-expanded={open}
            aria-controls={`${id}-lines`}
            onClick={() => setOpen(!open)}
          >
            {SCREEN_TEXT.changeRequest.details(lines.length)}
          </button>
        </h3>
        <CopyButton text={lines.join('\n')} label={t.copyLabel} />
      </div>
      <div id={`${id}-lines`} hidden={!open}>
        <p className="hint">{t.intro}</p>
        <ul className="change-request-lines">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
