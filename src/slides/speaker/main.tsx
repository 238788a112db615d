import '@fontsource/biz-udpgothic/400.css';
import '@fontsource/biz-udpgothic/700.css';
import './speaker.css';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLocale } from '../../ui/locale';
import { PageErrorBoundary } from '../../ui/PageErrorBoundary';
import { framedByAnotherOrigin } from '../deck-guard';
import { SpeakerPage, type SpeakerLiveProps } from './SpeakerPage';
import { translator } from '../../i18n/translator';
import { deck } from '../../i18n/messages/deck';

const translate = translator({ deck });

/**
 * Renders the speaker view (speaker.html?lesson=<id>&lang=<ja|en>), the window the deck opens with S.
 * `LiveControls` is the live class's teacher panel, handed in by the page's entry (src/app/speaker.tsx).
 */
export function renderSpeakerPage(LiveControls?: ComponentType<SpeakerLiveProps>): void {
  const query = new URLSearchParams(window.location.search);
  const locale = resolveLocale(query.get('lang'));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {framedByAnotherOrigin() ? (
        <p className="framed-elsewhere" role="alert">
          {translate(locale, 'deck.framedElsewhere')}
        </p>
      ) : (
        <PageErrorBoundary locale={locale}>
          <SpeakerPage lessonId={query.get('lesson')} locale={locale} LiveControls={LiveControls} />
        </PageErrorBoundary>
      )}
    </StrictMode>,
  );
}
