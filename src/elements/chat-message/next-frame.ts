/** Longest wait for a frame; a hidden tab runs no frames but should still catch up. */
const FRAME_FALLBACK_MS = 100;

/** Resolves at the next animation frame, or after `FRAME_FALLBACK_MS` when no frame comes first. */
export function nextFrame(): Promise<void> {
  return new Promise<void>((resolve) => {
    const fallback = setTimeout(resolve, FRAME_FALLBACK_MS);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      resolve();
    });
  });
}
