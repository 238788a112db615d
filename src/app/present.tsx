// The deck page's entry (present.html): the slides, with the live class handed in. Composed here,
// in the shell, because neither page depends on the other. The live class (its socket, QR code and
// summary writers) is loaded once the deck is shown, not before the first slide can paint.
import { lazy } from 'react';
import { renderDeckPage } from '../slides/main';

const LiveClassroom = lazy(() =>
  import('../live/LiveClassroom').then(({ LiveClassroom }) => ({ default: LiveClassroom })),
);

renderDeckPage(LiveClassroom);
// Registers the offline copy too (a deck may be the first page opened); it offers no update, so
// its code loads after the deck's.
void import('./offline/service-worker').then(({ startOffline }) => startOffline());
