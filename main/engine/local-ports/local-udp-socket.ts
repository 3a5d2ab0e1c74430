// One UDP socket bound on this computer, as an operating system's own table lists it.

export interface LocalUdpSocket {
  /** Local address as the table shows it: "0.0.0.0", "::", "127.0.0.1", "fe80::1%12", "*". */
  address: string;
  port: number;
  /** Absent when the table does not say (e.g. another user's process without admin rights). */
  pid?: number;
  process?: string;
}
