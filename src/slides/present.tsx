import '@fontsource/biz-udpgothic/400.css';
import '@fontsource/biz-udpgothic/700.css';
import '../styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLocale } from '../i18n/locale';
import { PresentPage } from './PresentPage';

// The lesson and language live in the query, not the hash: reveal.js will own the hash here.
const query = new URLSearchParams(window.location.search);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PresentPage lessonId={query.get('lesson')} locale={resolveLocale(query.get('lang'))} />
  </StrictMode>,
);
