import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { htmlReport } from '../../../common/reports/html';
import { textReport, TEXT_REPORT_WIDTH } from '../../../common/reports/text';
import { jsonReport } from '../../../common/reports/json';
import { wrap } from '../../../common/reports/wrap';
import { decodeForDisplay } from '../../../common/helpdesk/decoded-table';
import {
  resultDocumentSchema,
  type HostInfo,
  type ResultDocument,
} from '../../../common/results/schema';
import { ROW_STATUS_WORDS } from '../../../common/i18n/en';
import { buildResult, loaded } from '../helpdesk/result-builder';

const host: HostInfo = {
  os: 'Windows 11 Pro 10.0.22631 (win32, x64)',
  hostname: 'FIELD-LAPTOP-07',
  user: 'jsmith',
  interfaces: [
    {
      name: 'Wi-Fi',
      type: 'wifi',
      wifiName: 'Plant 3 Floor',
      ipv4: '10.20.30.41',
      ipv6: 'fe80::1c2d:3e4f:5a6b:7c8d',
      default: true,
    },
    { name: 'Ethernet 2', type: 'wired', ipv4: '192.168.56.1', default: false },
    { name: 'Local Area Connection', type: 'tunnel', ipv4: '10.44.12.87', default: false },
  ],
  defaultGateway: '10.20.30.1',
  dnsServers: ['10.20.0.53', '10.20.0.54'],
  publicAddress: '203.0.113.77',
  vpn: { interfaces: ['Local Area Connection'], defaultRoute: false },
  families: {
    ipv4: { address: true, defaultRoute: true },
    ipv6: { address: false, defaultRoute: false },
  },
};

const proxy = {
  via: 'http://proxy.corp.example:3128',
  server: 'squid/6.13',
  status: '403 Forbidden',
};
/** A site behind an inspecting, picky proxy, with direct SIP partly blocked: a long report. */
const messy = buildResult({
  host,
  options: {
    legacy: true,
    customDomains: ['onsight-connect-for-web.customer-with-a-long-name.example.com'],
  },
  answers: {
    '2-1.2': {
      outcome: 'tls-intercepted',
      detail: {
        message:
          'the certificate was issued by Zscaler Intermediate Root CA, see https://help.example.com/zscaler',
        tls: { inspectionProduct: 'Zscaler' },
      },
    },
    '2-1.4': { outcome: 'proxy-denied', detail: { proxy } },
    '2-2.1': (target) => ({ outcome: target.startsWith('13.') ? 'timeout' : 'reply' }),
    '2-2.3': { outcome: 'reset' },
    '2-3.5': { outcome: 'refused' },
    '3-1.1': {
      outcome: 'in-use',
      detail: { message: 'UDP 6000-6011 are taken by Teams.exe (pid 4312) <and others>' },
    },
  },
});
const clean = buildResult();
const SAMPLES: Record<string, ResultDocument> = { messy, clean };

const input = (result: ResultDocument, includeComputerDetails = false) => ({
  result,
  profile: loaded.profile,
  includeComputerDetails,
});

describe('every report', () => {
  for (const [format, render] of Object.entries({
    html: htmlReport,
    text: textReport,
    json: jsonReport,
  })) {
    it(`${format}: carries the date, versions, verdict, helpdesk code, rows and change request`, () => {
      const report = render(input(messy, true));
      const code = messy.helpdeskCode!;
      expect(report).toContain(code);
      expect(report).toContain('0.1.0');
      expect(report).toContain('400295-08-D');
      expect(report).toContain(loaded.hash);
      expect(report).toContain('FIELD-LAPTOP-07');
      if (format === 'json') return;
      expect(report).toContain('November 25, 2026 at 3:04 PM UTC');
      expect(report).toMatch(/this computer, on this network, at this time/);
      expect(report).toContain('SSL inspection on this network breaks Onsight');
      expect(report.replace(/\s+/g, ' ')).toContain(
        'Turn off SSL inspection for *.librestream.com on Zscaler (row 2-1.2)',
      );
      for (const row of messy.rows) expect(report).toContain(row.id);
      for (const word of ['Pass', 'Warning', 'Fail', 'Skipped', 'Info'])
        expect(report).toContain(word);
      const flat = report.replace(/\s+/g, ' ');
      expect(flat).toContain('Disable SSL inspection for *.librestream.com on Zscaler');
      expect(flat).toContain('Allow outbound TCP 5061 (SIP over TLS 1.2) to 52.142.34.48/28');
      expect(flat).toContain('10.20.30.41');
      expect(flat).toContain('203.0.113.77');
    });

    it(`${format}: leaves out computer name, user name and local addresses unless asked`, () => {
      const report = render(input(messy));
      for (const secret of [
        'FIELD-LAPTOP-07',
        'jsmith',
        '10.20.30.41',
        'fe80::1c2d',
        '192.168.56.1',
      ]) {
        expect(report).not.toContain(secret);
      }
      expect(report).toContain('Windows 11 Pro');
      expect(report).toContain('10.20.30.1');
      if (format === 'json') return;
      // Which network was tested stays: the Wi-Fi's name is the site's, not the person's.
      const flat = report.replace(/\s+/g, ' ');
      expect(flat).toContain('Plant 3 Floor');
      expect(flat).toContain(
        'Local Area Connection up: the check did not run through it (the default route goes elsewhere)',
      );
      expect(flat).toContain('IPv4 only');
    });
  }
});

describe('htmlReport', () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

  for (const [name, result] of Object.entries(SAMPLES)) {
    it(`${name}: passes html-validate (recommended)`, async () => {
      for (const details of [true, false]) {
        const report = await validator.validateString(htmlReport(input(result, details)));
        const messages = report.results.flatMap((r) =>
          r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`),
        );
        expect(messages).toEqual([]);
        expect(report.valid).toBe(true);
      }
    });

    it(`${name}: is self-contained: no script, no URL, nothing fetched`, () => {
      const html = htmlReport(input(result, true));
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/https?:\/\//i);
      expect(html).not.toMatch(/\s(src|href|srcset|action)=/i);
      expect(html).not.toMatch(/url\(|@import/i);
      expect(html).toMatch(/<style>[\s\S]*@page[\s\S]*@media print/);
    });
  }

  it('escapes what the probes reported', () => {
    const html = htmlReport(input(messy));
    expect(html).toContain('Teams.exe (pid 4312) &lt;and others&gt;');
    expect(html).not.toContain('<and others>');
  });
});

describe('textReport', () => {
  it(`keeps every line within ${TEXT_REPORT_WIDTH} columns`, () => {
    for (const result of Object.values(SAMPLES)) {
      for (const details of [true, false]) {
        const lines = textReport(input(result, details)).split('\n');
        const long = lines.filter((line) => [...line].length > TEXT_REPORT_WIDTH);
        expect(long).toEqual([]);
      }
    }
  });

  it('lists every row with its status word and summary', () => {
    const text = textReport(input(messy));
    const flat = text.replace(/\s+/g, ' ');
    const joined = text.replace(/\s+/g, '');
    for (const row of messy.rows) {
      // The id carries its coverage mark, as in the CLI's table (issue 20).
      const mark =
        row.coverage?.kind === 'inferred'
          ? '~'
          : row.coverage?.kind === 'not-testable-here'
            ? '*'
            : '';
      expect(flat).toContain(`${row.id}${mark} ${ROW_STATUS_WORDS[row.status]}`);
      // A name longer than the line is cut after a dot: compare without the line breaks.
      expect(joined).toContain(row.summary.replace(/\s+/g, ''));
    }
    // 2-1.4 has no engine message: the target, then its outcome in words (never its key).
    expect(text).toMatch(
      /\.customer-with-a-long-name\.\n {26}example\.com port 443: proxy refused/,
    );
  });

  it('says when there is nothing to change', () => {
    expect(textReport(input(clean))).toContain('Nothing to change');
  });

  it('names the way out in plain words, never the engine\'s "DIRECT" (issue 17)', () => {
    const withWay = (worked: string) => ({
      ...clean,
      proxy: { ...clean.proxy, source: 'environment', worked },
    });
    const direct = textReport(input(withWay('DIRECT')));
    expect(direct).not.toMatch(/DIRECT/);
    expect(direct).toContain('reached the internet directly, without a proxy');
    const proxied = textReport(input(withWay('http://lab:secret@198.18.0.31:3128')));
    expect(proxied).toContain('reached the internet through the proxy 198.18.0.31:3128');
    expect(proxied).not.toContain('secret');
  });
});

describe('jsonReport', () => {
  it('is the result document, with its diagnosis, helpdesk code and change request', () => {
    const parsed = resultDocumentSchema.parse(JSON.parse(jsonReport(input(messy))));
    expect(parsed.rows).toEqual(messy.rows);
    expect(parsed.diagnosis).toEqual(messy.diagnosis);
    expect(parsed.changeRequest).toEqual(messy.changeRequest);
    const decoded = decodeForDisplay(parsed.helpdeskCode!, loaded.profile, loaded.hash);
    expect(decoded.ok && decoded.decoded.diagnosis).toEqual(messy.diagnosis);
    expect(jsonReport(input(messy))).toMatch(/^\{\n {2}"schemaVersion": 2,/);
  });
});

describe('wrap', () => {
  it('breaks at spaces with a hanging indent, and cuts a word longer than a line', () => {
    expect(wrap('aaa bbb ccc', 8, '- ', '  ')).toEqual(['- aaa', '  bbb', '  ccc']);
    expect(wrap('x'.repeat(25), 10, '', '  ')).toEqual([
      'x'.repeat(10),
      `  ${'x'.repeat(8)}`,
      `  ${'x'.repeat(7)}`,
    ]);
    expect(wrap('', 10, 'Label: ')).toEqual(['Label:']);
    expect(wrap('to onsight.librestream.example.com', 16)).toEqual([
      'to onsight.',
      'librestream.',
      'example.com',
    ]);
  });
});
