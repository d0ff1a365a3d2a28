import type { DocumentContent } from "@cvv/domain/documents";
import { detectFileKind, looksLikeMarkup } from "../indicator-imports/detect-file-type.js";

/**
 * What a file's bytes are, in the words of the document rule. Text is text whatever its encoding
 * (a document is handed out, not parsed), unless it opens like a web page.
 */
export function documentContentOf(bytes: Uint8Array): DocumentContent {
  const kind = detectFileKind(bytes);
  switch (kind) {
    case "csv":
    case "non-utf8-text":
      return looksLikeMarkup(bytes) ? "markup" : "text";
    // WebP is recognised for publications' images only: as a document it stays unknown, as before.
    case "binary":
    case "webp":
      return "unknown";
    default:
      return kind;
  }
}
