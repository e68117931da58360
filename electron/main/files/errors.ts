/**
 * Failures of the file service, told to a process analyst.
 *
 * Promises: every failure the file service reports is a `FileError` whose `code` is one of the
 * IPC contract's file codes (`not-found`, `unreadable`, `unwritable`, `failed`) and whose
 * message names the file, says what went wrong in plain words, says what was (not) changed and
 * what to do next. A message never holds a stack trace or Node's raw error text; an errno code
 * the table below does not know appears only in brackets after a plain sentence.
 */
import path from 'node:path';

export type FileErrorCode = 'not-found' | 'unreadable' | 'unwritable' | 'failed';

export class FileError extends Error {
  override name = 'FileError';

  constructor(
    readonly code: FileErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The errno code of a Node fs error (`'ENOSPC'`), or undefined for anything else. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A file name as the title bar shows it, in quotes: “Invoice.flowcase”. */
export function quotedName(filePath: string): string {
  return `“${path.basename(filePath)}”`;
}

interface Explanation {
  code: FileErrorCode;
  /** What went wrong, a phrase after "could not be saved: ". */
  reason: string;
  /** What to do, a sentence. */
  advice: string;
}

const NETWORK = ['ETIMEDOUT', 'ENETDOWN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNRESET', 'ESTALE'];

function explainSave(code: string | undefined): Explanation {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        code: 'unwritable',
        reason: 'the disk is full',
        advice: 'Free some space, or use Save As to save it on another drive.',
      };
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'unwritable',
        reason:
          'access was refused (you may not be allowed to write in its folder, or another program such as a sync client or virus scanner is holding the file)',
        advice: 'Try again in a moment, or use Save As to save it in a folder of your own.',
      };
    case 'EBUSY':
      return {
        code: 'unwritable',
        reason:
          'another program is holding the file (a sync client or virus scanner may be reading it)',
        advice: 'Try again in a moment.',
      };
    case 'EROFS':
      return {
        code: 'unwritable',
        reason: 'the drive or folder is read-only',
        advice: 'Use Save As to save it on another drive.',
      };
    case 'ENOENT':
    case 'ENOTDIR':
      return {
        code: 'not-found',
        reason: 'its folder no longer exists (it may have been moved, renamed or disconnected)',
        advice: 'Use Save As to choose a folder.',
      };
    case 'EISDIR':
      return {
        code: 'unwritable',
        reason: 'there is a folder with that name',
        advice: 'Use Save As to choose another name.',
      };
    case 'ENAMETOOLONG':
      return {
        code: 'unwritable',
        reason: 'the file name or its folder path is too long',
        advice: 'Use Save As with a shorter name, or a folder nearer the top of the drive.',
      };
    case 'EFBIG':
      return {
        code: 'unwritable',
        reason: 'the file is too large for this drive',
        advice: 'Use Save As to save it on another drive.',
      };
    default:
      return explainCommon(code);
  }
}

function explainOpen(code: string | undefined): Explanation {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return {
        code: 'not-found',
        reason: 'it no longer exists (it may have been moved, renamed or deleted)',
        advice: 'Open it from where it is now.',
      };
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'unreadable',
        reason:
          'access was refused (you may not be allowed to read it, or another program is holding it)',
        advice: 'Try again in a moment, or ask the owner of the file for access.',
      };
    case 'EBUSY':
      return {
        code: 'unreadable',
        reason: 'another program is holding it',
        advice: 'Try again in a moment.',
      };
    case 'EISDIR':
      return {
        code: 'unreadable',
        reason: 'it is a folder, not a project file',
        advice: 'Choose a .flowcase file inside it.',
      };
    case 'ENAMETOOLONG':
      return {
        code: 'unreadable',
        reason: 'the file name or its folder path is too long',
        advice: 'Move it to a folder nearer the top of the drive.',
      };
    default:
      return explainCommon(code);
  }
}

function explainCommon(code: string | undefined): Explanation {
  if (code === 'EMFILE' || code === 'ENFILE')
    return {
      code: 'failed',
      reason: 'too many files are open on this computer',
      advice: 'Close some programs and try again.',
    };
  if (code === 'EIO')
    return {
      code: 'failed',
      reason: 'the drive reported a read or write error (it may be failing or disconnected)',
      advice: 'Check the drive, or use another one.',
    };
  if (code === 'ELOOP')
    return {
      code: 'failed',
      reason: 'its path runs in a circle of shortcuts (symbolic links)',
      advice: 'Use the file at its real location.',
    };
  if (code !== undefined && NETWORK.includes(code))
    return {
      code: 'failed',
      reason: 'the network drive did not answer',
      advice: 'Check the connection and try again.',
    };
  return {
    code: 'failed',
    reason: `something unexpected went wrong (${code ?? 'no error code'})`,
    advice: 'Try again; if it keeps failing, use Save As to keep your work elsewhere.',
  };
}

/**
 * The `FileError` for a failed save of `filePath`. `existed` says whether there was a file
 * before (so the message can say it is unchanged) or not (nothing was written).
 */
export function saveError(filePath: string, cause: unknown, existed: boolean): FileError {
  if (cause instanceof FileError) return cause;
  const { code, reason, advice } = explainSave(errnoCode(cause));
  const kept = existed ? 'The file on disk was not changed.' : 'Nothing was written.';
  return new FileError(
    code,
    `${quotedName(filePath)} could not be saved: ${reason}. ${kept} ${advice}`,
    { cause },
  );
}

/** The `FileError` for a failed open (read) of `filePath`. */
export function openError(filePath: string, cause: unknown): FileError {
  if (cause instanceof FileError) return cause;
  const { code, reason, advice } = explainOpen(errnoCode(cause));
  return new FileError(code, `${quotedName(filePath)} could not be opened: ${reason}. ${advice}`, {
    cause,
  });
}

/** A refusal to open `filePath` for a reason of our own (wrong kind of file, too large). */
export function openRefusal(filePath: string, reason: string, advice: string): FileError {
  return new FileError(
    'unreadable',
    `${quotedName(filePath)} could not be opened: ${reason}.${advice === '' ? '' : ` ${advice}`}`,
  );
}
