// What a wallet help card holds, shared by the PDF and HTML versions: the school's own contacts when
// set, and verified help with a number or address. The child-facing lines (the 24-hour SOS Dial,
// Childline: free, for children, no name needed) and 110 are on every card whatever the school
// adds; the others fill the room that is left, in the lesson's order.
import { schoolContactLines } from '../content/school';
import { shownContact, verifiedHelp } from '../content/help';
import type { HelpResource } from '../content/types';
import type { HandoutInput } from './handout-input';

/** Always on the card, when the lesson lists them. */
export const CARD_KEEPS = ['help.110', 'help.sos-dial', 'help.childline-jp'] as const;

/** At most this many help resources: a card is for the few numbers a child keeps. */
const MOST_RESOURCES = 5;

/** Text sizes (points) the card may use, largest first, with the lines each leaves for contacts. */
export const CARD_TEXT_SIZES = [
  { size: 8.5, lines: 7 },
  { size: 7.5, lines: 8 },
  { size: 6.5, lines: 10 },
] as const;

/** The card's text width in full-width characters at 8.5 pt; Latin letters take about half. */
const CHARACTERS_AT_8_5 = 25;

export interface CardPlan {
  /** The school's name or "your school" and its lines (counsellor, local help), when set. */
  school?: { title: string; lines: string[] };
  resources: HelpResource[];
  textSize: number;
}

export function planHelpCard(input: HandoutInput, schoolTitle: string): CardPlan {
  const locale = input.locale;
  const reachable = verifiedHelp(input.help).filter((resource) => resource.contact);
  const kept = reachable.filter((resource) => (CARD_KEEPS as readonly string[]).includes(resource.id));
  const others = reachable.filter((resource) => !kept.includes(resource));
  const schoolLines = schoolContactLines(input.school);
  const hasSchool = schoolLines.length > 0 || input.school.schoolName !== '';
  const resourceText = (resource: HelpResource) =>
    `${resource.name[locale].text}  ${shownContact(resource, locale) ?? ''}`;

  for (const [index, { size, lines }] of CARD_TEXT_SIZES.entries()) {
    const smallest = index === CARD_TEXT_SIZES.length - 1;
    const width = (CHARACTERS_AT_8_5 * 8.5) / size;
    const linesOf = (text: string) => Math.max(1, Math.ceil(textWidth(text) / width));
    let used = kept.reduce((sum, resource) => sum + linesOf(resourceText(resource)), 0);
    const shownSchool: string[] = [];
    if (hasSchool) {
      used += linesOf(schoolTitle);
      for (const line of schoolLines) {
        if (used + linesOf(line) > lines) break;
        shownSchool.push(line);
        used += linesOf(line);
      }
      // A smaller size may fit every line the school entered; the smallest shows what fits.
      if (shownSchool.length < schoolLines.length && !smallest) continue;
    }
    const chosen = [...kept];
    for (const resource of others) {
      if (chosen.length >= MOST_RESOURCES) break;
      if (used + linesOf(resourceText(resource)) > lines) continue;
      chosen.push(resource);
      used += linesOf(resourceText(resource));
    }
    return {
      school: hasSchool ? { title: schoolTitle, lines: shownSchool } : undefined,
      resources: reachable.filter((resource) => chosen.includes(resource)),
      textSize: size,
    };
  }
  throw new Error('unreachable: the smallest text size always returns');
}

/** Width in full-width characters: Japanese and full-width forms count 1, everything else about half. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.55;
  return width;
}
