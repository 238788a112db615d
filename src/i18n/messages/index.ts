// Every namespace of the kit's words, one module each in this folder, both languages side by side.
// This index is for Node tools and tests, which want the whole table; browser code imports only
// the namespaces it shows and builds its translator from them (src/i18n/translator.ts), so no page
// loads another page's words (tests/unit/architecture.test.ts holds it to that).
import { translator, type KeyOf } from '../translator';
import { app } from './app';
import { deck } from './deck';
import { exportWords } from './export';
import { handout } from './handout';
import { live } from './live';
import { offline } from './offline';
import { overview } from './overview';
import { portable } from './portable';
import { quiz } from './quiz';
import { settings } from './settings';
import { shared } from './shared';
import { speaker } from './speaker';

export const messages = {
  shared,
  app,
  overview,
  quiz,
  settings,
  deck,
  speaker,
  handout,
  export: exportWords,
  live,
  offline,
  portable,
};

/** A message's full name, e.g. 'shared.helpTitle' or 'handout.kindStudent'. */
export type MessageKey = KeyOf<typeof messages>;

export const translate = translator(messages);

export { topicNames, gradeNames } from './names';
export { fillPlaceholders } from '../translator';
