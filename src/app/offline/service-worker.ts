// Registers the kit's service worker (sw.js, written by src/build/offline-plugin.ts) and follows it,
// so the footer can say whether this device keeps the kit for offline use. Registered from here,
// not by an injected inline script, so the Content Security Policy stays strict.
//
// A new version never takes over by itself: it waits until someone presses "Update now" on an
// app page, and only that page reloads. The deck page registers too (a teacher may open a deck
// first) but offers nothing and is never reloaded, so no slide switches under a teacher mid-lesson.
import { readStored, writeStored } from '../../ui/storage';

export type OfflineState =
  /** `npm start`: the development server writes no service worker. */
  | 'development'
  /** Plain HTTP on an address other than this computer: browsers refuse service workers there. */
  | 'not-available-here'
  /** A secure page in a browser without service workers (or with them switched off). */
  | 'not-supported'
  | 'preparing'
  | 'ready'
  | 'failed';

export interface OfflineStatus {
  state: OfflineState;
  /** A new version is installed and waiting for "Update now". */
  updateAvailable: boolean;
  /** "Update now" was pressed: this page reloads once the new version has taken over. */
  updating: boolean;
}

const PERSIST_ASKED_KEY = 'mamoru.storagePersistAsked';
/** How often an open page asks the server for a new version (a kit left open all day). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let status: OfflineStatus = { state: 'preparing', updateAvailable: false, updating: false };
const listeners = new Set<() => void>();
let registration: ServiceWorkerRegistration | undefined;
let started = false;

function set(change: Partial<OfflineStatus>): void {
  status = { ...status, ...change };
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentStatus(): OfflineStatus {
  return status;
}

/** Starts once per page; `startOffline()` on every page of the kit. */
export function startOffline(): void {
  if (started) return;
  started = true;
  // Not import.meta.env.DEV: a build made under NODE_ENV=test (the browser tests) sets that too.
  if (import.meta.hot) return set({ state: 'development' });
  if (!window.isSecureContext) return set({ state: 'not-available-here' });
  if (!('serviceWorker' in navigator)) return set({ state: 'not-supported' });
  navigator.serviceWorker.register('./sw.js', { scope: './' }).then(follow, (error: unknown) => {
    console.warn('mamoru: the offline copy could not be set up:', error);
    set({ state: 'failed' });
  });
}

function follow(found: ServiceWorkerRegistration | undefined): void {
  // A browser whose policy blocks service workers (as Playwright's serviceWorkers: 'block' does)
  // resolves the registration with nothing at all.
  if (!found) return set({ state: 'not-supported' });
  registration = found;
  if (found.active) whenActivated(found.active);
  if (found.waiting && found.active) set({ updateAvailable: true });
  if (found.installing) watch(found.installing, found);
  found.addEventListener('updatefound', () => {
    if (found.installing) watch(found.installing, found);
  });
  window.setInterval(() => void found.update().catch(() => undefined), UPDATE_CHECK_MS);
}

/** The kit is ready offline once a worker is activated: it activates only after its whole precache is stored. */
function whenActivated(worker: ServiceWorker): void {
  if (worker.state === 'activated') return becameReady();
  worker.addEventListener('statechange', () => {
    if (worker.state === 'activated') becameReady();
  });
}

function watch(worker: ServiceWorker, found: ServiceWorkerRegistration): void {
  // An update: a version already serves this device, so a failed download of the new one changes nothing.
  const isUpdate = Boolean(found.active) && found.active !== worker;
  worker.addEventListener('statechange', () => {
    if (worker.state === 'installed' && isUpdate) set({ updateAvailable: true });
    else if (worker.state === 'activated' && !isUpdate) becameReady();
    else if (worker.state === 'redundant' && !isUpdate && status.state !== 'ready') set({ state: 'failed' });
  });
}

function becameReady(): void {
  if (status.state === 'ready') return;
  set({ state: 'ready' });
  askForPersistentStorage();
}

/** Asks once per device that the browser keep the offline copy when space runs low. */
function askForPersistentStorage(): void {
  if (readStored(PERSIST_ASKED_KEY) || !navigator.storage?.persist) return;
  writeStored(PERSIST_ASKED_KEY, new Date().toISOString());
  navigator.storage.persist().catch(() => undefined);
}

/** "Update now": the waiting version takes over, then this page (and only this one) reloads. */
export function applyUpdate(): void {
  const waiting = registration?.waiting;
  if (!waiting) return;
  set({ updating: true });
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  // Workbox's generated worker calls skipWaiting() on this message.
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
