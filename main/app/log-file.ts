// Where the log goes: electron-log's file transport (its Node entry), in the app's log folder (app.getPath
// ('logs')), rotated at a fixed size. Kept apart from log.ts so tests configure a plain
// electron-log/node instance the same way.
import { join } from 'node:path';
import type { LogLevel } from './log';

/** One file of at most 1 MiB, then main.old.log (electron-log keeps one older file). */
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_FILE_NAME = 'main.log';

/** The part of an electron-log logger this module sets. */
export interface FileLogger {
  transports: {
    file: {
      resolvePathFn: (...args: never[]) => string;
      maxSize: number;
      format: unknown;
      level: unknown;
    };
    console: { level: unknown };
  };
  info(...params: unknown[]): void;
  warn(...params: unknown[]): void;
  error(...params: unknown[]): void;
}

export function fileLogWriter(
  logger: FileLogger,
  folder: string,
  toConsole: boolean,
): (level: LogLevel, line: string) => void {
  logger.transports.file.resolvePathFn = () => join(folder, LOG_FILE_NAME);
  logger.transports.file.maxSize = LOG_MAX_BYTES;
  logger.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  logger.transports.file.level = 'info';
  // A packaged app has no console anyone reads; in development the terminal shows the lines.
  logger.transports.console.level = toConsole ? 'info' : false;
  return (level, line) => logger[level](line);
}
