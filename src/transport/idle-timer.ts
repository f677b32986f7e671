import { NetworkError } from '../errors.js';

/**
 * Trips when nothing arrived for `ms` milliseconds after the last `touch()`, which starts or
 * restarts it; call it as the request goes out and on every piece of data. No limit unless `ms` > 0.
 * A plain timeout, so it keeps working in a hidden tab (browsers only slow such timers down,
 * which can make it trip late, never early).
 */
export interface IdleTimer {
  readonly tripped: boolean;
  touch(): void;
  stop(): void;
}

export function createIdleTimer(ms: number | undefined, onTrip: () => void): IdleTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let tripped = false;
  let stopped = false;
  const touch = () => {
    if (ms === undefined || !(ms > 0) || !Number.isFinite(ms) || stopped || tripped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      tripped = true;
      onTrip();
    }, ms);
  };
  return {
    get tripped() {
      return tripped;
    },
    touch,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** Milliseconds as seconds with at most one decimal, for messages. */
export const seconds = (ms: number): number => Math.round(ms / 100) / 10;

/** The error of a connection closed because the server sent nothing for `ms` milliseconds. */
export function silenceError(ms: number): NetworkError {
  return new NetworkError(`The server went silent for ${seconds(ms)} s, so the connection was closed`);
}
