import { join } from 'node:path';
import electronLog from 'electron-log/node';
import type { CoreDeps } from '../types';

/** How a shell reports to its log; the same signature the core is given as `deps.log`. */
export type LogFn = CoreDeps['log'];

/** A running log: the function to pass around, and where its lines go. */
export interface FileLog {
  log: LogFn;
  /** The file being written (`gavel.log`; the previous one is kept as `gavel.old.log`). */
  file: string;
  /** The folder holding the log files, for a "Show logs" command. */
  dir: string;
}

export interface FileLogOptions {
  /** Folder for the log files; created when missing. */
  dir: string;
  /** Size at which the file is rotated to `gavel.old.log` (default 1 MiB). */
  maxBytes?: number;
  /** Also print lines from this level up on the terminal (`npm run serve`); default none. */
  console?: 'info' | 'warn' | false;
}

let count = 0;

/**
 * The one logger of both shells: lines appended synchronously to `<dir>/gavel.log` by
 * electron-log (so the last line before a crash is on disk), rotated at `maxBytes` with one older
 * file kept. An error's `detail` is written with its stack. Each call makes its own logger, so
 * two shells or two tests never share a file by accident.
 */
export function createFileLog(options: FileLogOptions): FileLog {
  const file = join(options.dir, 'gavel.log');
  const logger = electronLog.create({ logId: `gavel-${process.pid}-${++count}` });
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = options.maxBytes ?? 1024 * 1024;
  logger.transports.file.level = 'info';
  logger.transports.file.format = '[{iso}] [{level}] {text}';
  logger.transports.console.level = options.console ?? false;
  logger.transports.console.format = '[gavel] {level}: {text}';
  const log: LogFn = (level, message, detail) => {
    if (detail === undefined) logger[level](message);
    else logger[level](message, detail);
  };
  return { log, file, dir: options.dir };
}
