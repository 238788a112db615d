// How many pages a PDF that react-pdf wrote has (each page is one uncompressed /Type /Page
// object), for progress lines and the page's "ready" message, in Node and in the browser alike.
export function pdfPageCount(bytes: Uint8Array): number {
  return (new TextDecoder('latin1').decode(bytes).match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}
