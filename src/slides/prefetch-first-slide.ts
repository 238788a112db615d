// Imported first by the deck page, before reveal.js and BudouX are evaluated: starts fetching the
// lesson's slides and the first slide's font faces at once. The first slide is generated from the
// catalogue alone, so its text is known before anything else has loaded.
import catalogue, { lessonContent } from 'virtual:lessons';
import { resolveLocale } from '../ui/locale';
import { openingSlide } from '../export/deck';
import { firstSlideFontsLoaded } from './first-slide-fonts';
import { deckParams } from './single-file';

const query = deckParams(window.location.search);
const lessonId = query.get('lesson');
if (lessonId && Object.hasOwn(lessonContent, lessonId)) void lessonContent[lessonId]().catch(() => undefined);
const lesson = catalogue.lessons.find((candidate) => candidate.id === lessonId);
if (lesson && !window.location.hash)
  void firstSlideFontsLoaded(openingSlide(lesson, catalogue, resolveLocale(query.get('lang'))).html);
