// The deck page's entry in the portable folder and single-file deck (npm run portable): the slides
// without the live class, which needs the classroom server a page opened from disk does not have
// (and would pull the class summary's PDF maker into the one script such a page carries).
// Its speaker view is reveal.js's notes plugin: the kit's speaker page cannot reach a deck on file://.
import RevealNotes from 'reveal.js/plugin/notes';
import { renderDeckPage } from '../slides/main';

renderDeckPage(undefined, { notesPlugin: RevealNotes });
