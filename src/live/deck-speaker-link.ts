// The deck window's side of the live channel (speaker-channel.ts): it answers its own speaker window
// only, the one it opened with S (that window's opener is this deck, and it is the kit's
// speaker.html on this origin). A student's device, another tab or a frame has no such window and
// is ignored; it could not act anyway without the control secret, which never leaves this window.
import { useEffect, useRef, useState } from 'react';
import type { SessionSummary } from '../protocol/live';
import { LIVE_CHANNEL, post, readSpeakerToDeck, type LiveCommand, type LiveView } from './speaker-channel';

function isOwnSpeakerWindow(source: MessageEventSource | null): source is Window {
  // A window of another realm: `instanceof Window` would be false for it.
  if (!source || source === window || !('closed' in source)) return false;
  try {
    const candidate = source as Window;
    return candidate.opener === window && candidate.location.pathname.endsWith('/speaker.html');
  } catch {
    // Another origin's window: its location cannot be read.
    return false;
  }
}

/**
 * Keeps the speaker window told of `view`, and hands its commands to `onCommand` (with a way to send
 * it the class summary). Returns whether a speaker window is open: the deck then leaves the
 * controls to it and shows the class only what is theirs to see.
 */
export function useDeckSpeakerLink(
  view: LiveView,
  onCommand: (command: LiveCommand, sendSummary: (requestId: number, summary: SessionSummary | null) => void) => void,
): boolean {
  const speaker = useRef<Window | null>(null);
  const viewRef = useRef(view);
  const commandRef = useRef(onCommand);
  const [attached, setAttached] = useState(false);
  // The latest view and handler, for the listener made once below.
  useEffect(() => {
    viewRef.current = view;
    commandRef.current = onCommand;
  });

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || !isOwnSpeakerWindow(event.source)) return;
      const message = readSpeakerToDeck(event.data);
      if (!message) return;
      const source = event.source;
      speaker.current = source;
      setAttached(true);
      if (message.type === 'hello') post(source, { namespace: LIVE_CHANNEL, type: 'view', view: viewRef.current });
      else
        commandRef.current(message.command, (requestId, summary) => {
          if (!source.closed) post(source, { namespace: LIVE_CHANNEL, type: 'summary', requestId, summary });
        });
    };
    window.addEventListener('message', onMessage);
    // A closed speaker window hands the controls back to the projector's bar.
    const watch = window.setInterval(() => {
      if (speaker.current?.closed) {
        speaker.current = null;
        setAttached(false);
      }
    }, 1000);
    return () => {
      window.removeEventListener('message', onMessage);
      window.clearInterval(watch);
    };
  }, []);

  const serialized = JSON.stringify(view);
  useEffect(() => {
    const target = speaker.current;
    if (target && !target.closed)
      post(target, { namespace: LIVE_CHANNEL, type: 'view', view: JSON.parse(serialized) as LiveView });
  }, [serialized]);

  return attached;
}
