// The first slide is shown only once the faces of the kit's font that its text needs have loaded:
// this machine, like many school PCs, has no Japanese system font, so a fallback paint would be
// empty boxes. A slow or failed font never keeps the deck hidden for more than a moment.
const FAMILY = '"BIZ UDPGothic"';
const BOLD = 'h1, h2, h3, h4, strong, b, th, .quiz-prompt';

/** Loads the regular faces for the slide's text and the bold faces for its bold parts only. */
export async function firstSlideFontsLoaded(html: string, timeoutMs = 2500): Promise<void> {
  if (!('fonts' in document)) return;
  const slide = fragmentOf(html);
  slide.querySelectorAll('aside.notes, rt').forEach((hidden) => hidden.remove());
  const bold = [...slide.querySelectorAll(BOLD)].map((element) => element.textContent ?? '').join('');
  const loads = Promise.all([
    document.fonts.load(`400 32px ${FAMILY}`, slide.textContent ?? ''),
    bold ? document.fonts.load(`700 32px ${FAMILY}`, bold) : undefined,
  ]).catch(() => undefined);
  await Promise.race([loads, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
}

function fragmentOf(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}
