// kamailio answers SIP OPTIONS with 200 on TCP 5060 and TLS 1.2+ 5061 of every SIP host
// (rows 2-2.2, 2-2.3, 2-3.4, 2-3.5).
import { join } from 'node:path';
import { SIP_HOSTS } from '../topology';
import type { LabServer } from './server';

const KAMAILIO = '/usr/sbin/kamailio';
const MODULES = '/usr/lib/x86_64-linux-gnu/kamailio/modules/';

export function kamailioServer(dir: string, tls: { cert: string; key: string }): LabServer {
  const conf = join(dir, 'kamailio.cfg');
  const tlsConf = join(dir, 'kamailio-tls.cfg');
  const runDir = join(dir, 'kamailio');
  // One TCP worker: Debian's kamailio 5.6.3 with OpenSSL 3 double-frees in its TLS module when
  // several workers handle TLS at once (kamailio issues #3635, #3791; the fix, the
  // tls_threads_mode setting, came in 5.7), and a 10× bench run brought it down.
  const text = `#!KAMAILIO
debug=1
log_stderror=yes
children=2
tcp_children=1
auto_aliases=no
disable_sctp=yes
enable_tls=yes
${SIP_HOSTS.map((host) => `listen=tcp:${host}:5060\nlisten=tls:${host}:5061`).join('\n')}
mpath="${MODULES}"
loadmodule "sl.so"
loadmodule "pv.so"
loadmodule "textops.so"
loadmodule "tls.so"
modparam("tls", "config", "${tlsConf}")
request_route {
  if (is_method("OPTIONS")) { sl_send_reply("200", "OK"); exit; }
  sl_send_reply("405", "Method Not Allowed");
}
`;
  const tlsText = `[server:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
private_key = ${tls.key}
certificate = ${tls.cert}
`;
  return {
    name: 'kamailio',
    command: KAMAILIO,
    args: ['-f', conf, '-DD', '-E', '-m', '64', '-M', '8', '-Y', runDir],
    files: { [conf]: text, [tlsConf]: tlsText, [join(runDir, '.keep')]: '' },
  };
}
