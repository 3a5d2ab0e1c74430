// The result document of `onsight-netcheck run --json` (ARCHITECTURE.md, "CLI contract").
// The zod types are the single source: TypeScript types and the published JSON Schema
// (common/schema/result.schema.json) are both derived from them.
import { z } from 'zod';
import {
  ADDRESS_STATES,
  OUTCOMES,
  PROBE_KINDS,
  PROBE_STATUSES,
  ROW_STATUSES,
  VERDICTS,
} from '../outcomes';
import { runOptionsSchema, mappingSchema } from '../options';
import { CAUSES } from '../diagnosis/causes';
import { INFERRED_REASONS, NOT_TESTABLE_REASONS, NOT_TESTED_REASONS } from '../coverage-kinds';

const certificateSchema = z.strictObject({
  subject: z.string(),
  issuer: z.string(),
  issuerOrganization: z.string().optional(),
  fingerprint256: z.string(),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
});

/** An address and port a server reports in a STUN answer. */
const transportAddressSchema = z.strictObject({ address: z.string(), port: z.int() });

/** Typed detail per kind: each probe kind fills the part that is its own. */
export const probeDetailSchema = z.strictObject({
  /** The plain-words sentence for this attempt, e.g. "no answer after 3 s". */
  message: z.string().optional(),
  /** The system's error code (ECONNREFUSED, EAI_AGAIN, EPERM, ...). */
  errorCode: z.string().optional(),
  resolvedAddresses: z.array(z.string()).optional(),
  /** For rows that demand an address block (Apple's 17.0.0.0/8). */
  insideExpectedBlock: z.boolean().optional(),
  /**
   * Every usable address of a CIDR block, in address order, and what became of it: the
   * addresses are probed together and the first answer settles the block.
   */
  addresses: z
    .array(
      z.strictObject({
        address: z.string(),
        state: z.enum(ADDRESS_STATES),
        /** The attempt's own outcome, when it ran to its end. */
        outcome: z.enum(OUTCOMES).optional(),
      }),
    )
    .optional(),
  tls: z
    .strictObject({
      version: z.string().optional(),
      cipher: z.string().optional(),
      sni: z.string().optional(),
      publiclyTrusted: z.boolean().optional(),
      authorizationError: z.string().optional(),
      issuer: z.string().optional(),
      issuerOrganization: z.string().optional(),
      fingerprint256: z.string().optional(),
      chain: z.array(certificateSchema).optional(),
      inspectionProduct: z.string().optional(),
      trustedByThisComputer: z.boolean().optional(),
    })
    .optional(),
  http: z
    .strictObject({
      status: z.int(),
      server: z.string().optional(),
      location: z.string().optional(),
    })
    .optional(),
  stun: z
    .strictObject({
      mappedAddress: z.string().optional(),
      mappedPort: z.int().optional(),
      software: z.string().optional(),
      errorCode: z.int().optional(),
      transmissions: z.int().optional(),
      /** RFC 5780 §7.3 RESPONSE-ORIGIN: the address the server says it answered from. */
      responseOrigin: transportAddressSchema.optional(),
      /** RFC 5780 §7.4 OTHER-ADDRESS: the server's other address (NAT behaviour discovery). */
      otherAddress: transportAddressSchema.optional(),
      /**
       * Of those two, the addresses outside every address and range the profile lists, as
       * written or as mapped (common/net/listed-ranges.ts): the guide may be older than the
       * service. Absent: none (or nothing to judge).
       */
      unlisted: z.array(z.string()).optional(),
    })
    .optional(),
  sip: z
    .strictObject({
      status: z.int(),
      reason: z.string(),
      server: z.string().optional(),
      viaReceived: z.string().optional(),
      viaRport: z.int().optional(),
      /** The server saw our packets come from another address than ours: a NAT is in the path. */
      natDetected: z.boolean().optional(),
    })
    .optional(),
  udpSample: z
    .strictObject({
      ports: z.array(
        z.strictObject({
          port: z.int(),
          /** Which address of a block this port was sent to, when no live address was known. */
          address: z.string().optional(),
          outcome: z.enum(OUTCOMES),
          rttMs: z.number().nullable(),
        }),
      ),
      answered: z.int(),
      reflector: z.boolean(),
      silentRanges: z.array(z.string()),
      answeredRanges: z.array(z.string()),
    })
    .optional(),
  udpBind: z
    .strictObject({
      total: z.int(),
      free: z.int(),
      method: z.string(),
      taken: z.array(
        z.strictObject({
          port: z.int(),
          pid: z.int().optional(),
          process: z.string().optional(),
          thisProcess: z.boolean().optional(),
        }),
      ),
    })
    .optional(),
  /** X.1: a paced burst of STUN Binding requests, one every `intervalMs` (round trip, estimate). */
  quality: z
    .strictObject({
      /** "52.142.34.58 port 3478": the STUN server measured. */
      server: z.string(),
      intervalMs: z.int(),
      /** How long the burst was meant to last. */
      durationMs: z.int(),
      sent: z.int(),
      answered: z.int(),
      /**
       * Requests without an answer within the burst's grace (1 s after its last send, or one
       * `--timeout-ms` if shorter), as a
       * share of those sent (both directions together; in a progress event, of those no
       * longer awaited).
       */
      lossPct: z.number(),
      /** Answers that came after an answer to a later request. */
      reordered: z.int(),
      rttMedianMs: z.number().nullable(),
      /** Nearest rank: the smallest round trip that 95% of the answers do not exceed. */
      rttP95Ms: z.number().nullable(),
      /** The variation of the round trip (RFC 3550 §6.4.1's estimator over the answers). */
      jitterMs: z.number().nullable(),
      /** Estimated MOS from the simplified E-model (ITU-T G.107); null with no answer. */
      mos: z.number().nullable(),
      /**
       * Send slots left out because 10 requests were already awaited (a round trip over
       * 200 ms, or heavy loss); absent: none.
       */
      skipped: z.int().optional(),
      /** Each request's round trip in send order (0.1 ms); null: no answer (yet). */
      series: z.array(z.number().nullable()),
    })
    .optional(),
  /** X.2: one local socket's mapped address at every STUN server that answered (RFC 4787). */
  nat: z
    .strictObject({
      localAddress: z.string(),
      localPort: z.int(),
      servers: z.array(
        z.strictObject({
          /** "52.142.34.58 port 3478". */
          server: z.string(),
          mappedAddress: z.string().nullable(),
          mappedPort: z.int().nullable(),
        }),
      ),
      mapping: z.enum([
        'endpoint-independent',
        'address-dependent',
        'address-and-port-dependent',
        'unknown',
      ]),
      /**
       * Two ports of one server address answered (RFC 5780 test III), so port dependence was
       * tested; without it, `address-dependent` means "at least address-dependent".
       */
      portTested: z.boolean(),
      /** The mapped port is the local port. */
      portPreserved: z.boolean().nullable(),
      /** The mapped address is none of this computer's: a NAT translates. */
      translated: z.boolean().nullable(),
      /** The socket's own or a mapped address in 100.64.0.0/10 (RFC 6598): carrier-grade NAT. */
      carrierGrade: z.boolean(),
      publicAddress: z.string().nullable(),
    })
    .optional(),
  /** X.3: what came back of an OPTIONS on TCP 5060, against the same request over TLS 5061. */
  sipAlg: z
    .strictObject({
      finding: z.enum(['none', 'alg', 'could-not-tell']),
      /** Why: the evidence in plain words, one line each. */
      evidence: z.array(z.string()),
      plain: z.strictObject({
        status: z.int().nullable(),
        received: z.string().nullable(),
        rport: z.int().nullable(),
        /** From, To, Call-ID and CSeq came back byte-identical. */
        headersIntact: z.boolean().nullable(),
      }),
      control: z.strictObject({
        status: z.int().nullable(),
        received: z.string().nullable(),
        rport: z.int().nullable(),
        headersIntact: z.boolean().nullable(),
      }),
    })
    .optional(),
  /**
   * X.4: one Binding request per size, padded with a comprehension-optional filler attribute
   * (codec.ts, FILLER_ATTRIBUTE: not RFC 5780's PADDING, which coturn answers padded too);
   * any answer with its transaction id proves that size arrived. Only the way out is tested.
   */
  largeDatagrams: z
    .strictObject({
      /** "52.142.34.58 port 3478": the fastest STUN server of row 2-2.1. */
      server: z.string(),
      sizes: z.array(
        z.strictObject({
          /** UDP payload bytes of the request. */
          bytes: z.int(),
          /**
           * More than one packet of a 1,500-byte MTU carries (IPv4 and UDP headers are 28
           * bytes, IPv6's 48): it leaves as IP fragments, and a loss means fragments dropped.
           */
          fragmented: z.boolean(),
          outcome: z.enum(OUTCOMES),
          rttMs: z.number().nullable(),
          /** Copies sent (RFC 8489 §6.2.1 retransmissions). */
          transmissions: z.int(),
          /** The answer's size in bytes: small, so the way back was never the question. */
          answerBytes: z.int().nullable(),
          /** The socket's error (EMSGSIZE: a router said it is too big for its link). */
          errorCode: z.string().optional(),
        }),
      ),
    })
    .optional(),
  proxy: z
    .strictObject({
      via: z.string(),
      status: z.string().optional(),
      server: z.string().optional(),
      authSchemes: z.array(z.string()).optional(),
      path: z.enum(['proxy', 'direct']).optional(),
      /** Every entry tried for this attempt, in order ("PROXY a:3128", "DIRECT"). */
      tried: z.array(z.string()).optional(),
      /** With a proxy in use, the same check straight to the server, shown side by side. */
      directOutcome: z.enum(OUTCOMES).optional(),
      directMessage: z.string().optional(),
      /** The app's second path: Chromium's network stack, which signs in to the proxy itself. */
      chromiumOutcome: z.enum(OUTCOMES).optional(),
    })
    .optional(),
});
export type ProbeDetail = z.infer<typeof probeDetailSchema>;

export const probeResultSchema = z.strictObject({
  probeId: z.string(),
  rowId: z.string(),
  kind: z.enum(PROBE_KINDS),
  transport: z.enum(['tcp', 'udp']),
  /** What was contacted (after mapping). */
  target: z.string(),
  /** The address that answered; for a block without an answer, the one its outcome is from. */
  address: z.string().nullable(),
  mappedFrom: z.string().optional(),
  /** A single port, or the sampled range for udp-sample / udp-bind. */
  port: z.union([z.int(), z.string()]),
  outcome: z.enum(OUTCOMES),
  status: z.enum(PROBE_STATUSES),
  /**
   * The round trip of the one network operation the kind checks, and nothing before it (no
   * look-up, no queue, no pacing wait): tcp, the connect (SYN to established); tls, the
   * handshake (ClientHello to its end); https and http-redirect, the request to its response
   * head; stun, the Binding request's last transmission to its answer (udp-sample: the
   * fastest port); sip-options, the OPTIONS request to its final response; dns, the look-up.
   * null when that operation did not complete.
   */
  rttMs: z.number().nullable(),
  /** When its first attempt began (got its concurrency slot), in ms since `run-started`; null: never sent. */
  startedAt: z.number().nullable(),
  /** When its result was known, in ms since `run-started`. */
  finishedAt: z.number(),
  detail: probeDetailSchema,
});
export type ProbeResult = z.infer<typeof probeResultSchema>;

/**
 * Why a row was left out of a run, in keys: its words are the catalogue's
 * (ROW_SUMMARIES.skipped), so every face says it in its own language.
 */
export const skipReasonSchema = z.discriminatedUnion('why', [
  /** `--only` left it out. */
  z.strictObject({ why: z.literal('left-out') }),
  /** X.1 with `--quality-seconds 0`. */
  z.strictObject({ why: z.literal('quality-off') }),
  /** Its option (the profile's enabledBy) is off. */
  z.strictObject({
    why: z.literal('option'),
    option: z.enum(['legacy', 'china', 'customDomains']),
  }),
  /** An extra check whose rows it builds on are all left out (`--only X.1`). */
  z.strictObject({ why: z.literal('sources-left-out'), rows: z.array(z.string()) }),
]);
export type SkipReason = z.infer<typeof skipReasonSchema>;

/**
 * What this run could test of a row from this computer (common/coverage-kinds.ts), derived
 * from the row statuses and the options alone (common/diagnosis/coverage.ts), so a decoded
 * helpdesk code shows the same. `from`: the rows it is concluded from, as the profile lists them.
 */
export const coverageSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('tested') }),
  z.strictObject({
    kind: z.literal('inferred'),
    reason: z.enum(INFERRED_REASONS),
    from: z.array(z.string()),
  }),
  z.strictObject({ kind: z.literal('not-testable-here'), reason: z.enum(NOT_TESTABLE_REASONS) }),
  z.strictObject({
    kind: z.literal('not-tested'),
    reason: z.enum(NOT_TESTED_REASONS),
    /** `sources-not-tested`: the rows it would be concluded from. */
    from: z.array(z.string()).optional(),
  }),
]);
export type Coverage = z.infer<typeof coverageSchema>;

export const rowResultSchema = z.strictObject({
  id: z.string(),
  table: z.string(),
  title: z.string(),
  level: z.enum(['required', 'required-if-teamlink', 'optional', 'info']),
  enabled: z.boolean(),
  status: z.enum(ROW_STATUSES),
  summary: z.string(),
  /** A skipped row's reason (results before issue 19 have only its English `summary`). */
  skip: skipReasonSchema.optional(),
  remediation: z.string(),
  probes: z.array(probeResultSchema),
  /** Set by the assembly once the row is final (results before issue 20 have none). */
  coverage: coverageSchema.optional(),
});
export type RowResult = z.infer<typeof rowResultSchema>;

export const verdictSchema = z.strictObject({
  status: z.enum(VERDICTS),
  reason: z.string(),
  rows: z.array(z.string()),
  caveats: z.array(z.string()),
  partial: z.boolean(),
});
export type Verdict = z.infer<typeof verdictSchema>;

/**
 * The story every face tells (common/diagnosis): computed from the cause, the product and the
 * row statuses alone, so a decoded helpdesk code gives the same one.
 */
export const diagnosisSchema = z.strictObject({
  verdict: z.enum(VERDICTS),
  /** From a closed vocabulary (common/diagnosis/causes.ts; README, "Causes"). */
  cause: z.enum(CAUSES),
  /** The inspecting product's id (common/diagnosis/inspection-products.json), if named. */
  product: z.string().nullable(),
  headline: z.string(),
  reason: z.string(),
  steps: z.strictObject({
    /** What the person on site can do now. */
    onSite: z.string(),
    /** What the helpdesk agent should ask or say. */
    helpdesk: z.string(),
    /** What IT must change. */
    it: z.string(),
  }),
  /** Change-request lines for rows that keep the site from "ready". */
  mustFix: z.array(z.string()),
  /** Change-request lines for optional rows and for rows that work only in part. */
  recommended: z.array(z.string()),
  /** Every warning, and what a "ready" still has to say. */
  caveats: z.array(z.string()),
  /** The rows that decide the verdict. */
  rows: z.array(z.string()),
  partial: z.boolean(),
});
export type Diagnosis = z.infer<typeof diagnosisSchema>;

/**
 * What kind of link an interface is (main/engine/host-network): which network was tested.
 * `tunnel` covers VPN clients (WireGuard, OpenVPN, IPsec, AnyConnect and the like) and PPP.
 */
export const INTERFACE_KINDS = ['wifi', 'wired', 'cellular', 'tunnel', 'other'] as const;
export type InterfaceKind = (typeof INTERFACE_KINDS)[number];

export const hostInfoSchema = z.strictObject({
  os: z.string(),
  hostname: z.string().optional(),
  user: z.string().optional(),
  interfaces: z.array(
    z.strictObject({
      name: z.string(),
      /** One of INTERFACE_KINDS (results before issue 12: systeminformation's words). */
      type: z.string().optional(),
      /**
       * The Wi-Fi network's name (SSID), where the OS gives it. It names the site's network,
       * not a person, so reports keep it when computer details are left out.
       */
      wifiName: z.string().optional(),
      ipv4: z.string().optional(),
      ipv6: z.string().optional(),
      /** The default route (IPv4, else IPv6) goes out here: the network that was tested. */
      default: z.boolean(),
    }),
  ),
  defaultGateway: z.string().nullable(),
  dnsServers: z.array(z.string()),
  publicAddress: z.string().nullable().optional(),
  /** A VPN or tunnel interface with an address is up; `defaultRoute`: traffic goes through it. */
  vpn: z.strictObject({ interfaces: z.array(z.string()), defaultRoute: z.boolean() }).optional(),
  /**
   * Per address family: an address that can reach other networks (IPv4 other than loopback
   * and 169.254/16; IPv6 global unicast, 2000::/3) and a default route.
   */
  families: z
    .strictObject({
      ipv4: z.strictObject({ address: z.boolean(), defaultRoute: z.boolean() }),
      ipv6: z.strictObject({ address: z.boolean(), defaultRoute: z.boolean() }),
    })
    .optional(),
});
export type HostInfo = z.infer<typeof hostInfoSchema>;

export const proxyReportSchema = z.strictObject({
  /** Where the setting came from: flag, environment, PAC at URL, system, or none. */
  source: z.string(),
  /** In plain words: "--proxy", "HTTPS_PROXY", "PAC at file:///etc/proxy.pac". */
  sourceDetail: z.string().optional(),
  /** Why a setting could not be used as written, and what was done instead. */
  problems: z.array(z.string()).optional(),
  tried: z.array(z.string()),
  worked: z.string().nullable(),
});
export type ProxyReport = z.infer<typeof proxyReportSchema>;

/**
 * The document's words in the language the person chose (issue 19): the document itself stays
 * English, its keys and causes language-neutral; a script that shows words takes them here.
 */
export const resultTextsSchema = z.strictObject({
  /** BCP 47: fr, de, es, pt-BR, zh-CN, ja. */
  language: z.string(),
  headline: z.string(),
  reason: z.string(),
  steps: diagnosisSchema.shape.steps,
  mustFix: z.array(z.string()),
  recommended: z.array(z.string()),
  caveats: z.array(z.string()),
  changeRequest: z.array(z.string()),
  rows: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      /** The status as a person reads it ("Recommended" for an optional rule that failed). */
      status: z.string(),
      /** The row's result in plain words, as the app's table shows it. */
      result: z.string(),
      /** Its coverage in words, "Inferred: …" (issue 20), where the row has one. */
      coverage: z.string().optional(),
    }),
  ),
});
export type ResultTexts = z.infer<typeof resultTextsSchema>;

/** 2: the result carries its `diagnosis`. */
export const RESULT_SCHEMA_VERSION = 2;

export const resultDocumentSchema = z.strictObject({
  schemaVersion: z.literal(RESULT_SCHEMA_VERSION),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  profile: z.strictObject({
    id: z.string(),
    version: z.string(),
    revision: z.int(),
    hash: z.string(),
  }),
  options: runOptionsSchema,
  mappings: z.array(mappingSchema),
  startedAt: z.string(),
  durationMs: z.number(),
  host: hostInfoSchema.nullable(),
  proxy: proxyReportSchema,
  verdict: verdictSchema,
  diagnosis: diagnosisSchema,
  helpdeskCode: z.string().nullable(),
  changeRequest: z.array(z.string()),
  rows: z.array(rowResultSchema),
  /** `--json` in a language other than English: the words a face shows (common/results/texts). */
  texts: resultTextsSchema.optional(),
});
export type ResultDocument = z.infer<typeof resultDocumentSchema>;
