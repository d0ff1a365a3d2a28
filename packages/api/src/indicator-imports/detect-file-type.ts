/** What a file is, judged from its bytes: a name or a browser's MIME type can say anything. */
export type FileKind =
  "xlsx" | "docx" | "ods" | "odt" | "zip" | "pdf" | "png" | "jpeg" | "webp" | "csv" | "non-utf8-text" | "binary";

export const fileKindLabels: Record<FileKind, string> = {
  xlsx: "un classeur Excel (XLSX)",
  docx: "un document Word (DOCX)",
  ods: "un classeur OpenDocument (ODS)",
  odt: "un document OpenDocument (ODT)",
  zip: "une archive ZIP",
  pdf: "un document PDF",
  png: "une image PNG",
  jpeg: "une image JPEG",
  webp: "une image WebP",
  csv: "un fichier texte (CSV)",
  "non-utf8-text": "un fichier texte qui n'est pas encodé en UTF-8",
  binary: "un fichier d'un type non reconnu",
};

export const mimeTypes: Partial<Record<FileKind, string>> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odt: "application/vnd.oasis.opendocument.text",
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  csv: "text/csv",
};

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes.subarray(8), [0x57, 0x45, 0x42, 0x50]))
    return "webp";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  // Excel's "Unicode text" is UTF-16: text all the same, to be saved again in UTF-8.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return "non-utf8-text";
  return textKind(bytes);
}

/**
 * Office files are ZIP archives told apart by what they hold: Office Open XML by its top folder
 * (xl/, word/), OpenDocument by the `mimetype` entry it must store first, uncompressed.
 */
function zipKind(bytes: Uint8Array): FileKind {
  const names = zipEntryNames(bytes);
  if (names.some((n) => n.startsWith("xl/"))) return "xlsx";
  if (names.some((n) => n.startsWith("word/"))) return "docx";
  if (names.includes("mimetype")) {
    const text = new TextDecoder().decode(bytes.subarray(30, 30 + 8 + 60));
    if (text.startsWith("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) return "ods";
    if (text.startsWith("mimetypeapplication/vnd.oasis.opendocument.text")) return "odt";
  }
  return "zip";
}

/** Entry names from the central directory at the end of the archive; empty when it is damaged. */
function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Text means UTF-8 without control characters other than tab, line breaks and form feed. */
function textKind(bytes: Uint8Array): FileKind {
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return "binary";
  }
  try {
    utf8.decode(bytes);
    return "csv";
  } catch {
    return "non-utf8-text";
  }
}

const markupStart = /^<[a-z!?]/i;

/**
 * Text that opens like a web page, an SVG image or XML (`<html`, `<!doctype`, `<?xml`, `<svg`):
 * harmless to an import, which reads it as a failed table, but not a document to hand out to
 * colleagues. Only the start is read, in the encoding its byte order mark says.
 */
export function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 512);
  const encoding = startsWith(head, [0xff, 0xfe]) ? "utf-16le" : startsWith(head, [0xfe, 0xff]) ? "utf-16be" : "utf-8";
  // TextDecoder drops the byte order mark itself.
  return markupStart.test(new TextDecoder(encoding).decode(head).trimStart());
}
