// The main process's log (ARCHITECTURE.md, "Security posture"): what a helpdesk asks for when
// the window misbehaves. Refused IPC calls, run start and end, failures. The computer's user
// name, host name, home folder and local addresses are replaced before a line is written,
// unless the user chose "include computer details" (the report's choice, told to main when a
// report is saved). Pure: the file it writes to comes in as `write` (log-file.ts).
import { homedir, hostname, networkInterfaces, userInfo } from 'node:os';

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface AppLog {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** The user's "include computer details" choice: off (redacting) until they choose it. */
  setIncludeComputerDetails(include: boolean): void;
}

/** What identifies this computer and its user. */
export interface ComputerDetails {
  userNames: string[];
  hostNames: string[];
  homeFolders: string[];
  /** This computer's own addresses, from its interfaces. */
  addresses: string[];
}

/** Private, link-local and carrier-grade NAT IPv4 (RFC 1918, 3927, 6598): local by nature. */
const LOCAL_IPV4 =
  /\b(?:10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|169\.254(?:\.\d{1,3}){2}|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])(?:\.\d{1,3}){2})\b/g;
/** IPv6 link-local and unique-local addresses (fe80::/10, fc00::/7). */
const LOCAL_IPV6 = /\b(?:fe[89ab][0-9a-f]|f[cd][0-9a-f]{2}):[0-9a-f:]*(?:%\w+)?/gi;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with the computer's details replaced by <user>, <host>, <home> and <local address>. */
export function redact(text: string, details: ComputerDetails): string {
  let out = text;
  // Longest first, so /home/jane is <home> rather than /home/<user>.
  const replace = (values: string[], placeholder: string) => {
    for (const value of [...values]
      .filter((v) => v.length >= 2)
      .sort((a, b) => b.length - a.length))
      out = out.replace(new RegExp(`(?<![\\w-])${escape(value)}(?![\\w-])`, 'gi'), placeholder);
  };
  replace(details.homeFolders, '<home>');
  replace(details.addresses, '<local address>');
  out = out.replace(LOCAL_IPV4, '<local address>').replace(LOCAL_IPV6, '<local address>');
  replace(details.hostNames, '<host>');
  replace(details.userNames, '<user>');
  return out;
}

/** This computer's details, read when a line is written (a network change adds addresses). */
export function computerDetails(): ComputerDetails {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal)
    .map((a) => a!.address);
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // No user entry (some containers): nothing to redact by name.
  }
  const host = hostname();
  return {
    userNames: [user],
    hostNames: [host, host.split('.')[0]!],
    homeFolders: [homedir()],
    addresses,
  };
}

function describe(value: unknown): unknown {
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  return value;
}

/** One line: the message, then its fields as JSON (errors with their stack). */
export function formatLine(message: string, fields?: LogFields): string {
  if (!fields || Object.keys(fields).length === 0) return message;
  const described = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, describe(v)]));
  return `${message} ${JSON.stringify(described)}`;
}

export function createAppLog(
  write: (level: LogLevel, line: string) => void,
  details: () => ComputerDetails = computerDetails,
): AppLog {
  let include = false;
  const log = (level: LogLevel) => (message: string, fields?: LogFields) => {
    const line = formatLine(message, fields);
    write(level, include ? line : redact(line, details()));
  };
  return {
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    setIncludeComputerDetails(choice) {
      include = choice;
    },
  };
}

/** For tests and for modules whose caller gives no log. */
export const silentLog: AppLog = {
  info: () => {},
  warn: () => {},
  error: () => {},
  setIncludeComputerDetails: () => {},
};
