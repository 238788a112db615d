// Whether this page is served by a classroom server (\`npm run classroom\`), which writes the address
// students' devices can reach into the page it serves; every join QR and "Share the quiz" use it.

/** The LAN address of the classroom server that served this page, or null when none did. */
export function classroomAddress(): string | null {
  const content = document.querySelector<HTMLMetaElement>('meta[name="mamoru-classroom"]')?.content;
  return content && /^https?:\/\//.test(content) ? content : null;
}
