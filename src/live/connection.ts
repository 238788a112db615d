// The browser's side of the live class: where the classroom server is, and a Socket.IO connection
// to it (loaded only on the pages that use it). WebSocket first; when a school proxy cuts
// WebSockets, the same connection carries on over HTTP long-polling.
import type { Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '../protocol/live';

export { classroomAddress } from '../ui/classroom-address';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The student page's address for a session, as the join QR code carries it. */
export function joinUrl(base: string, code: string, locale: string): string {
  return `${base}#/join/${code}?lang=${locale}`;
}

/** A connection to the classroom server that serves this page. */
export async function connectLive(): Promise<LiveSocket> {
  const { io } = await import('socket.io-client');
  return io({
    transports: ['websocket', 'polling'],
    // When the WebSocket cannot open (a proxy cuts it), try long-polling before giving up.
    tryAllTransports: true,
    reconnectionDelayMax: 3000,
  });
}

/** Sends a message and resolves with the server's reply; a lost connection is a `server-busy` refusal. */
export function request<E extends keyof ClientToServerEvents>(
  socket: LiveSocket,
  event: E,
  message: object,
): Promise<Parameters<Parameters<ClientToServerEvents[E]>[1]>[0]> {
  const emit = socket.timeout(8000) as unknown as {
    emitWithAck: (event: string, message: object) => Promise<Ack<object>>;
  };
  return emit.emitWithAck(event, message).catch(() => ({ ok: false, error: 'server-busy' })) as never;
}

/** 16 random bytes as hex. Plain HTTP on a LAN is not a secure context: crypto.randomUUID is missing there, getRandomValues is not. */
export function randomToken(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
