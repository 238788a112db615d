// Pictograms in lesson Markdown: `![what it means](icon:phone)` places a Lucide icon (lucide-static,
// ISC licence), inlined as SVG when the lesson is built: it takes the text colour (high contrast
// included), scales with the slide and loads nothing. The alt text is required and becomes the
// icon's accessible name; the PowerPoint export writes it as [図: alt], PDFs leave icons out.
import iconNodes from 'lucide-static/icon-nodes.json' with { type: 'json' };

export const ICON_SCHEME = 'icon:';

type IconNode = [tag: string, attributes: Record<string, string | number>];

const ICONS = iconNodes as unknown as Record<string, IconNode[]>;

/** The icon name in an image address `icon:name`, or undefined for any other address. */
export function iconNameOf(src: string): string | undefined {
  return src.startsWith(ICON_SCHEME) ? src.slice(ICON_SCHEME.length) : undefined;
}

export function isKnownIcon(name: string): boolean {
  return Object.hasOwn(ICONS, name);
}

/** Up to three known names that look like `name`, for the check's message. */
export function similarIcons(name: string): string[] {
  // Each word's first letters, so that a typo at the end (phonee) still finds its icon.
  const words = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.slice(0, 4));
  if (words.length === 0) return [];
  return Object.keys(ICONS)
    .filter((candidate) => words.every((word) => candidate.includes(word)))
    .sort((a, b) => a.length - b.length)
    .slice(0, 3);
}

const escapeAttribute = (value: string | number) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The icon as inline SVG named by its alt text; `name` must be a known icon. */
export function iconSvg(name: string, alt: string): string {
  const shapes = ICONS[name]
    .map(
      ([tag, attributes]) =>
        `<${tag}${Object.entries(attributes)
          .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
          .join('')}/>`,
    )
    .join('');
  return (
    `<svg class="lesson-icon" role="img" aria-label="${escapeAttribute(alt)}" data-icon="${escapeAttribute(name)}" ` +
    'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" fill="none" ' +
    'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false">' +
    `${shapes}</svg>`
  );
}
