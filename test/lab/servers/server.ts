// What the lab needs to know to run one server in the server namespace: its command line,
// the files it reads (written before it starts), and whose those files must be.
export interface LabServer {
  name: string;
  command: string;
  args: string[];
  /** Absolute path → content, written before the server starts. */
  files: Record<string, string>;
  /** Runs after the files are written, before the server starts (e.g. a certificate database). */
  prepare?(): void;
}
