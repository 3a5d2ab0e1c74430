// What each row of the firewall guide is, in words a person on site understands (issue 17,
// "Plain words"), keyed by the guide's row id so the languages issue can translate them. The
// profile JSON keeps the guide's own technical wording: it is the fallback for a row this
// file does not know (another profile), and the "firewall guide" line of a row's Details.
import type { RowResult } from '../results/schema';

export interface RowWords {
  /** What the row checks, as the person on site would say it. */
  title: string;
  /** Why it matters, in one plain sentence. */
  explanation: string;
}

export const ROW_WORDS: Readonly<Record<string, RowWords>> = {
  '2-1.1': {
    title: 'Onsight signs in and loads its settings',
    explanation:
      'Onsight reaches Librestream securely to sign in, and to carry calls over TeamLink.',
  },
  '2-1.2': {
    title: 'Connections to Librestream are not opened on the way',
    explanation:
      'Onsight checks that it talks to Librestream itself; a device that opens and re-signs the traffic breaks the connection.',
  },
  '2-1.3': {
    title: "Onsight reaches Librestream's servers in China",
    explanation: "Sites that use TeamLink in China go through Librestream's servers there.",
  },
  '2-1.4': {
    title: "Your organisation's own Onsight web addresses work",
    explanation: 'Web addresses of your own that point at Onsight must be reachable too.',
  },
  '2-0.1': {
    title: 'Onsight Platform Manager: how Onsight finds its call server',
    explanation:
      'A setting in Onsight Platform Manager (SIP Detection Method "SIP Server Full"), not something this check can see on the network.',
  },
  '2-2.1': {
    title: 'Calls can find a direct way through this network',
    explanation:
      'Onsight learns how the call servers see this network, so calls can go direct; needed when TeamLink is on.',
  },
  '2-2.2': {
    title: 'Calls can be set up',
    explanation: 'Onsight sets up every call with its call servers.',
  },
  '2-2.3': {
    title: 'Calls can be set up securely',
    explanation: 'Onsight sets up calls over an encrypted connection to its call servers.',
  },
  '2-2.4': {
    title: 'Call sound and video get through',
    explanation: "The sound, video and shared data of a call flow to Onsight's media servers.",
  },
  '2-2.5': {
    title: 'Web links to the call servers are redirected',
    explanation: 'Only used so that a web browser is sent on to the secure address.',
  },
  '2-2.6': {
    title: 'The call servers answer securely on the web port',
    explanation: 'The call services also answer secure web traffic.',
  },
  '2-3.1': {
    title: 'Older call server: a direct way for calls (1 of 3)',
    explanation: 'Older Onsight sites use one US call server; needed when TeamLink is on.',
  },
  '2-3.2': {
    title: 'Older call server: a direct way for calls (2 of 3)',
    explanation: 'Older Onsight sites use one US call server; needed when TeamLink is on.',
  },
  '2-3.3': {
    title: 'Older call server: a direct way for calls (3 of 3)',
    explanation: 'Older Onsight sites use one US call server; needed when TeamLink is on.',
  },
  '2-3.4': {
    title: 'Older call server: calls can be set up',
    explanation: 'Older Onsight sites set up calls with one US call server.',
  },
  '2-3.5': {
    title: 'Older call server: calls can be set up securely',
    explanation: 'Older Onsight sites set up calls over an encrypted connection.',
  },
  '2-4.1': {
    title: 'Older media servers: call sound and video get through',
    explanation: 'Older Onsight sites send call sound and video to six US media servers.',
  },
  '3-1.1': {
    title: 'This computer has free ports for call sound and video',
    explanation: 'Onsight sends call media from a range of ports on this computer.',
  },
  '3-1.2': {
    title: 'Calls and sign-in leave from any port of this computer',
    explanation: 'Nothing to test: the rows for signing in and setting up calls already show it.',
  },
  '3-1.3': {
    title: 'Devices can send call media straight to each other',
    explanation:
      'Where allowed, two devices on a call exchange media directly; checking it needs a second device.',
  },
  '4.1': {
    title: 'iPhones and iPads here get call notifications',
    explanation:
      "Apple devices on this network learn of incoming calls through Apple's push service.",
  },
  '4.2': {
    title: 'Android phones and tablets here get call notifications',
    explanation:
      "Android devices on this network learn of incoming calls through Google's push service.",
  },
};

/** The guide's tables, by id, as a person on site would name them. */
export const TABLE_WORDS: Readonly<Record<string, string>> = {
  '2-1': 'Signing in',
  '2-0': 'Onsight Platform Manager',
  '2-2': 'Calls',
  '2-3': 'Older call server',
  '2-4': 'Older media servers',
  '3-1': 'This computer',
  '4': 'Phones and tablets',
};

/** The row's plain title; the profile's own for a row this file does not know. */
export const rowTitle = (row: Pick<RowResult, 'id' | 'title'>): string =>
  ROW_WORDS[row.id]?.title ?? row.title;

/** The row's plain explanation, or the profile's (`fallback`) for an unknown row. */
export const rowExplanation = (id: string, fallback: string | undefined): string | undefined =>
  ROW_WORDS[id]?.explanation ?? fallback;

export const tableTitle = (table: { id: string; title: string }): string =>
  TABLE_WORDS[table.id] ?? table.title;
