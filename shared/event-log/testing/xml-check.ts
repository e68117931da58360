/**
 * A small, strict XML reader for tests: it walks the text character by character (no regular
 * expressions) and throws, with the offset, on anything not well-formed: a tag left open or
 * closed out of order, an attribute twice or unquoted, a raw `<` or a stray `&` in a value, an
 * unknown entity, a character XML 1.0 forbids, a second root. It returns the element tree with
 * attribute values decoded. Enough for the XES writer's output (no DTDs, no CDATA); not a
 * general parser. Test-only.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
}

interface Building {
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
}

const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\r' || c === '\t';
const isNameChar = (c: string): boolean =>
  (c >= 'a' && c <= 'z') ||
  (c >= 'A' && c <= 'Z') ||
  (c >= '0' && c <= '9') ||
  c === ':' ||
  c === '_' ||
  c === '-' ||
  c === '.';

/** Whether XML 1.0 allows the UTF-16 unit `code` here (pairs are checked by the caller). */
function allowedUnit(code: number): boolean {
  if (code === 9 || code === 10 || code === 13) return true;
  return code >= 32 && code !== 0xfffe && code !== 0xffff;
}

export function parseXml(text: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed XML at offset ${i}: ${why}`);
  };
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (!allowedUnit(code)) {
      i = k;
      fail(`character U+${code.toString(16)} is not allowed`);
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(k + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) fail('a lone surrogate');
      k++;
    } else if (code >= 0xdc00 && code <= 0xdfff) fail('a lone surrogate');
  }
  const name = (): string => {
    const from = i;
    while (i < text.length && isNameChar(text[i] as string)) i++;
    if (i === from) fail('a name was expected');
    return text.slice(from, i);
  };
  const skipSpace = (): void => {
    while (i < text.length && isSpace(text[i] as string)) i++;
  };
  const decode = (raw: string): string => {
    let out = '';
    for (let k = 0; k < raw.length; k++) {
      const c = raw[k] as string;
      if (c === '<') fail('a raw < in a value');
      if (c !== '&') {
        out += c;
        continue;
      }
      const end = raw.indexOf(';', k);
      if (end < 0) fail('an & that starts no reference');
      const ref = raw.slice(k + 1, end);
      if (ref === 'amp') out += '&';
      else if (ref === 'lt') out += '<';
      else if (ref === 'gt') out += '>';
      else if (ref === 'quot') out += '"';
      else if (ref === 'apos') out += "'";
      else if (ref.startsWith('#x')) out += String.fromCodePoint(parseInt(ref.slice(2), 16));
      else if (ref.startsWith('#')) out += String.fromCodePoint(Number(ref.slice(1)));
      else fail(`unknown entity &${ref};`);
      k = end;
    }
    return out;
  };

  if (text.startsWith('<?xml')) {
    const end = text.indexOf('?>');
    if (end < 0) fail('the XML declaration is not closed');
    i = end + 2;
  }
  const stack: Building[] = [];
  let root: XmlElement | undefined;
  while (i < text.length) {
    if (text[i] !== '<') {
      const next = text.indexOf('<', i);
      const raw = text.slice(i, next < 0 ? text.length : next);
      if (stack.length === 0) {
        for (const c of raw) if (!isSpace(c)) fail('text outside the root element');
      } else decode(raw);
      i = next < 0 ? text.length : next;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i);
      if (end < 0) fail('a comment is not closed');
      i = end + 3;
      continue;
    }
    if (text[i + 1] === '/') {
      i += 2;
      const closing = name();
      skipSpace();
      if (text[i] !== '>') fail('a closing tag is not closed');
      i++;
      const open = stack.pop();
      if (open === undefined || open.name !== closing) fail(`</${closing}> closes nothing open`);
      finish(open as Building);
      continue;
    }
    i++;
    const element: Building = { name: name(), attributes: new Map(), children: [] };
    if (root !== undefined && stack.length === 0) fail('a second root element');
    let selfClosing = false;
    for (;;) {
      const before = i;
      skipSpace();
      if (text[i] === '/' && text[i + 1] === '>') {
        i += 2;
        selfClosing = true;
        break;
      }
      if (text[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('attributes must be separated by space');
      const key = name();
      skipSpace();
      if (text[i] !== '=') fail(`attribute ${key} has no value`);
      i++;
      skipSpace();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") fail(`attribute ${key} is not quoted`);
      const end = text.indexOf(quote as string, i + 1);
      if (end < 0) fail(`attribute ${key} is not closed`);
      if (element.attributes.has(key)) fail(`attribute ${key} appears twice`);
      element.attributes.set(key, decode(text.slice(i + 1, end)));
      i = end + 1;
    }
    if (selfClosing) finish(element);
    else stack.push(element);
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]?.name ?? ''}> is never closed`);
  if (root === undefined) return fail('there is no root element');
  return root;

  function finish(element: Building): void {
    const parent = stack[stack.length - 1];
    if (parent === undefined) root = element;
    else parent.children.push(element);
  }
}
