// Whether this page was opened from disk (the portable folder of `npm run portable`, on a USB stick
// or a shared drive). Such a page cannot start a Web Worker or fetch a file, so the parts that need
// one offer what was made at build time instead.
export function openedFromFile(view: Window = window): boolean {
  return view.location.protocol === 'file:';
}
