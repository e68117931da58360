/**
 * Reading the raw text of a project file safely, before any schema validation: size, nesting
 * depth, JSON syntax, text lengths, list lengths, forbidden keys and numbers too large for
 * JSON. Each step is linear in the size of the file and never recurses deeper than
 * `LIMITS.maxDepth`, so hostile input cannot hang or crash the reader.
 */
import { FORBIDDEN_KEYS, LIMITS } from './limits';
import { makeIssue, type ProjectIssue } from './issues';

export type Preflight = { ok: true; value: unknown } | { ok: false; issues: ProjectIssue[] };

const fileIssue = (message: string): ProjectIssue => ({ path: [], where: '(file)', message });

/** UTF-8 byte length without allocating an encoded copy. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Deepest nesting of [ and { outside strings; stops counting past the limit. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > LIMITS.maxDepth) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let column = 1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      column = 1;
    } else column++;
  }
  return `line ${line}, column ${column}`;
}

/** Index of the first NaN, Infinity or undefined outside strings, with the word; or undefined. */
function firstNonNumber(text: string): { index: number; word: string } | undefined {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x4e /* N */ || c === 0x49 /* I */ || c === 0x75 /* u */)
      for (const word of ['NaN', 'Infinity', 'undefined'])
        if (text.startsWith(word, i)) return { index: i, word };
  }
  return undefined;
}

function syntaxIssue(text: string, error: unknown): ProjectIssue {
  const raw = error instanceof Error ? error.message : '';
  if (text.trim() === '')
    return fileIssue('The file is empty; a Flowcase project is a JSON document.');
  const head = text.slice(0, 2000);
  const nul = head.split('\u0000').length - 1;
  if (nul > head.length / 4)
    return fileIssue('The file is saved as UTF-16 text; save it as UTF-8 and open it again.');
  if (nul > 0 || head.includes('\ufffd'))
    return fileIssue(
      'The file is not a text file (it looks like an image or other binary data); a Flowcase project is a JSON text file.',
    );
  const reported = /position (\d+)/.exec(raw)?.[1];
  const position = reported !== undefined ? Number(reported) : undefined;
  if (
    /end of (JSON )?input|Unterminated/i.test(raw) ||
    (position !== undefined && position >= text.trimEnd().length)
  )
    return fileIssue(
      'The file ends too early: it looks cut off (an interrupted save or copy). Open the backup copy if there is one.',
    );
  const bad = firstNonNumber(text);
  if (bad !== undefined && (position === undefined || position >= bad.index))
    return fileIssue(
      `The file is not valid JSON at ${lineAndColumn(text, bad.index)}: ${bad.word} is not a number a file can hold; write a number instead.`,
    );
  const at = position !== undefined ? ` at ${lineAndColumn(text, position)}` : '';
  return fileIssue(`The file is not valid JSON${at}; it may have been edited by hand or damaged.`);
}

/**
 * Walk the parsed value: long texts, long lists, forbidden keys, non-finite numbers.
 * Depth is already bounded by `nestingDepth`, so recursion is safe. Collects at most 50 issues.
 */
function inspect(root: unknown): ProjectIssue[] {
  const issues: ProjectIssue[] = [];
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (issues.length >= 50) return;
    if (typeof node === 'string') {
      const key = path[path.length - 1];
      const limit =
        key === 'name' || key === 'label' ? LIMITS.maxNameLength : LIMITS.maxStringLength;
      if (node.length > limit)
        issues.push(
          makeIssue(
            root,
            path,
            (s) =>
              `the text of ${s || 'a field'} is too long (${node.length} characters; at most ${limit})`,
          ),
        );
    } else if (typeof node === 'number') {
      if (!Number.isFinite(node))
        issues.push(makeIssue(root, path, (s) => `${s || 'a value'} is too large to be a number`));
    } else if (Array.isArray(node)) {
      if (node.length > LIMITS.maxListLength) {
        issues.push(
          makeIssue(
            root,
            path,
            (s) => `too many ${s || 'items'} (${node.length}; at most ${LIMITS.maxListLength})`,
          ),
        );
        return;
      }
      node.forEach((item, i) => visit(item, [...path, i]));
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push(
            makeIssue(
              root,
              path,
              () => `the field name "${key}" is not allowed in a project file (remove it)`,
            ),
          );
          continue;
        }
        visit((node as Record<string, unknown>)[key], [...path, key]);
      }
    }
  };
  visit(root, []);
  return issues;
}

/** The JSON value of a file's text, read past a leading byte-order mark; throws as JSON.parse. */
export function parseJsonText(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** Check the raw text and parse it as JSON. Never throws. */
export function preflight(text: string): Preflight {
  if (typeof text !== 'string') return { ok: false, issues: [fileIssue('The file has no text.')] };
  if (text.length > LIMITS.maxFileBytes || utf8Length(text) > LIMITS.maxFileBytes)
    return {
      ok: false,
      issues: [
        fileIssue(
          `The file is too large (more than ${LIMITS.maxFileBytes / 1024 / 1024} MB); a Flowcase project is far smaller. It may not be a project file.`,
        ),
      ],
    };
  if (nestingDepth(text) > LIMITS.maxDepth)
    return {
      ok: false,
      issues: [
        fileIssue(
          `The file nests data more than ${LIMITS.maxDepth} levels deep; a Flowcase project never does. It may not be a project file.`,
        ),
      ],
    };
  let value: unknown;
  try {
    value = parseJsonText(text);
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(text, error)] };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return {
      ok: false,
      issues: [
        fileIssue('The file holds JSON, but not a Flowcase project (expected a group of fields).'),
      ],
    };
  const issues = inspect(value);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}
