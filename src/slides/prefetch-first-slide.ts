// Imported first by the deck page, before reveal.js is evaluated: starts fetching the lesson (its
// one module: summary, slides, quiz and the library they cite) at once, and as soon as it is here
// the first slide's font faces (the page's inline script has asked for their files already).
import { resolveLocale } from '../ui/locale';
import { lessonExists, loadLesson } from '../ui/lesson-content';
import { openingSlide } from '../export/deck';
import { firstSlideFontsLoaded } from './first-slide-fonts';
import { deckParams } from './single-file';

const query = deckParams(window.location.search);
// The school's contacts for the closing slides: their reader is a chunk of its own (PresentPage).
void import('../ui/school-settings').catch(() => undefined);
const lessonId = query.get('lesson');
if (lessonId && lessonExists(lessonId))
  loadLesson(lessonId).then(
    ({ lesson, library }) => {
      if (!window.location.hash)
        void firstSlideFontsLoaded(openingSlide(lesson, library, resolveLocale(query.get('lang'))).html);
    },
    // The deck page shows the failure when it asks for the lesson itself.
    () => undefined,
  );
