/**
 * Reading an .xlsx file back in tests, with Node's zlib and no dependency: the file is a zip,
 * walked through its central directory (write-excel-file streams its entries, so the sizes in
 * the local headers may be zero), and the workbook, shared strings, styles and sheets are
 * read with a few regular expressions — enough for the files write-excel-file writes, not
 * a general XLSX reader.
 */
import { inflateRawSync } from 'node:zlib';

/** The files of a zip archive by name. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart =
      localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) files.set(name, Buffer.from(data));
    else if (method === 8) files.set(name, inflateRawSync(data));
    else throw new Error(`${name}: compression method ${method} is not supported here`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function decode(xml: string): string {
  return xml.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[entity] ?? '';
  });
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** A cell as read back: its value (text or number) and its number format code. */
export interface XlsxCellRead {
  value: string | number;
  format: string | undefined;
  bold: boolean;
}

export interface XlsxRead {
  /** Sheet names, in the workbook's order. */
  sheetNames: string[];
  /** The cells of a sheet by row then column (0-based); a missing cell is undefined. */
  sheet(name: string): (XlsxCellRead | undefined)[][];
  /** Every file in the archive. */
  files: Map<string, Buffer>;
}

/** Column letters of an address ("AB12") as a 0-based index. */
function columnIndex(address: string): number {
  const letters = /^[A-Z]+/.exec(address)?.[0] ?? 'A';
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

export function readXlsx(bytes: Buffer): XlsxRead {
  const files = unzip(bytes);
  const text = (name: string): string => {
    const file = files.get(name);
    if (file === undefined) throw new Error(`the archive has no ${name}`);
    return file.toString('utf8');
  };
  const strings = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    ([, si]) =>
      [...(si ?? '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
        .map(([, t]) => decode(t ?? ''))
        .join(''),
  );
  const styles = text('xl/styles.xml');
  const formats = new Map(
    [...styles.matchAll(/<numFmt\s[^>]*>/g)].map(([tag]) => [
      attribute(tag, 'numFmtId') ?? '',
      decode(attribute(tag, 'formatCode') ?? ''),
    ]),
  );
  const fonts = [
    ...(/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(
      /<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>)/g,
    ),
  ].map(([font]) => /<b\s*\/>|<b>/.test(font));
  const xfs = [
    ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\s[^>]*>/g),
  ].map(([tag]) => ({
    format: formats.get(attribute(tag, 'numFmtId') ?? ''),
    bold: fonts[Number(attribute(tag, 'fontId') ?? 0)] ?? false,
  }));
  const targets = new Map(
    [...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\s[^>]*>/g)].map(([tag]) => [
      attribute(tag, 'Id') ?? '',
      attribute(tag, 'Target') ?? '',
    ]),
  );
  const sheets = [...text('xl/workbook.xml').matchAll(/<sheet\s[^>]*>/g)].map(([tag]) => ({
    name: decode(attribute(tag, 'name') ?? ''),
    path: `xl/${(targets.get(attribute(tag, 'r:id') ?? '') ?? '').replace(/^\/?xl\//, '')}`,
  }));
  return {
    files,
    sheetNames: sheets.map((s) => s.name),
    sheet(name) {
      const found = sheets.find((s) => s.name === name);
      if (found === undefined) throw new Error(`no sheet "${name}"`);
      const rows: (XlsxCellRead | undefined)[][] = [];
      for (const [, rowTag = '', rowXml] of text(found.path).matchAll(
        /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g,
      )) {
        const row: (XlsxCellRead | undefined)[] = [];
        for (const [, tag = '', body = ''] of (rowXml ?? '').matchAll(
          /<c(\s[^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g,
        )) {
          const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
          if (raw === undefined) continue;
          const type = attribute(tag, 't');
          const style = xfs[Number(attribute(tag, 's') ?? 0)];
          row[columnIndex(attribute(tag, 'r') ?? 'A')] = {
            value:
              type === 's'
                ? (strings[Number(raw)] ?? '')
                : type === 'str'
                  ? decode(raw)
                  : Number(raw),
            format: style?.format,
            bold: style?.bold ?? false,
          };
        }
        rows[Number(attribute(rowTag, 'r') ?? rows.length + 1) - 1] = row;
      }
      return Array.from(rows, (row) => row ?? []);
    },
  };
}
