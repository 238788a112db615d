// The deck page's entry in the portable folder and single-file deck (npm run portable): the slides
// without the live class, which needs the classroom server a page opened from disk does not have
// (and would pull the class summary's PDF maker into the one script such a page carries).
import { renderDeckPage } from '../slides/main';

renderDeckPage();
