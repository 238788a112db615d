// The deck page's entry (present.html): the slides, with the live class handed in. Composed here,
// in the shell, because neither page depends on the other.
import { LiveClassroom } from '../live/LiveClassroom';
import { renderDeckPage } from '../slides/main';
import { startOffline } from './offline/service-worker';

renderDeckPage(LiveClassroom);
// Registers the offline copy too (a deck may be the first page opened); it offers no update.
startOffline();
