// nginx plays every web endpoint: HTTPS with the lab CA's certificate on 443 (rows 2-1.x,
// 2-2.6, and 443 of the push rows), the redirect to HTTPS on 80 (row 2-2.5, guide Note 1),
// and the push services' other TCP ports (section 4), on every address of the namespace.
import { join } from 'node:path';
import { PUSH_PORTS } from '../topology';
import type { LabServer } from './server';

export function nginxServer(dir: string, tls: { cert: string; key: string }): LabServer {
  const conf = join(dir, 'nginx.conf');
  const temp = (name: string) => join(dir, `nginx-${name}`);
  const text = `daemon off;
master_process on;
worker_processes 1;
user www-data;
pid ${join(dir, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  default_type text/plain;
  # nginx 1.22's default still offers TLS 1.0 and 1.1; Onsight needs 1.2 or newer.
  ssl_protocols TLSv1.2 TLSv1.3;
  ssl_certificate ${tls.cert};
  ssl_certificate_key ${tls.key};
  server {
    listen 443 ssl;
    location = /oamrestapi/api/ping { return 200 "pong\\n"; }
    location / { return 200 "onsight lab\\n"; }
  }
  server {
    listen 80;
    return 301 https://$host$request_uri;
  }
  server {
${PUSH_PORTS.map((port) => `    listen ${port};`).join('\n')}
    return 200 "push\\n";
  }
}
`;
  return {
    name: 'nginx',
    command: 'nginx',
    args: ['-e', 'stderr', '-p', dir, '-c', conf],
    files: { [conf]: text },
  };
}
