// Which help a wallet card has room for, shared by the PDF and HTML versions: verified help with
// a number or address only, the school first when set.
import { hasSchoolContacts } from '../content/school';
import { verifiedHelp } from '../content/help';
import type { HandoutInput } from './handout-input';

export function cardHelpResources(input: HandoutInput) {
  return verifiedHelp(input.help)
    .filter((resource) => resource.contact)
    .slice(0, hasSchoolContacts(input.school) ? 3 : 5);
}
