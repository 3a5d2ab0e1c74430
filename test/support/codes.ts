// Helpdesk codes the CLI tests decode (no network needed).
import { encodeHelpdeskCode } from '../../common/helpdesk/code';
import { factsOf } from '../../common/diagnosis/diagnose';
import { DEFAULT_OPTIONS } from '../../common/options';
import { defaultProfile } from '../../main/engine/profile-loader';
import { defaultRows } from './results';

/** A caller whose secure SIP (row 2-2.3) fails: TeamLink only, with one rule to fix. */
export const SECURE_SIP_FAILS = encodeHelpdeskCode(
  factsOf({
    rows: defaultRows({ '2-2.3': 'fail' }),
    options: DEFAULT_OPTIONS,
    host: null,
    partial: false,
  }),
  defaultProfile().profile,
);
