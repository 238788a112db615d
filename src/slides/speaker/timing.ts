// The speaker view's clock and the period's timers, as text.
import type { Locale } from '../../content/types';

/** m:ss, or h:mm:ss past an hour; negative durations (over time) as the same with no sign. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.floor(Math.abs(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The time of day: 24-hour in Japanese (14:05), as English readers expect it in English (2:05 PM). */
export function formatClock(date: Date, locale: Locale): string {
  return locale === 'ja'
    ? new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date)
    : new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true }).format(date).toUpperCase();
}

export interface PeriodTime {
  elapsed: number;
  /** Seconds left in the period; negative once it has run over. */
  remaining: number;
}

export function periodTime(startedAt: number, now: number, periodMinutes: number): PeriodTime {
  const elapsed = Math.max(0, Math.floor((now - startedAt) / 1000));
  return { elapsed, remaining: periodMinutes * 60 - elapsed };
}
