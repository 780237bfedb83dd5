// Work that must not delay the frame showing a change (the panels under a switched figure, the URL's history
// entry): run in a task queued from the next frame's animation callbacks, so after that frame is painted.

/**
 * Runs `run` in a task after the next frame is painted; the function returned cancels it. A hidden tab paints
 * no frames (and runs no animation callbacks): there, in a task at once.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const queue = (): void => {
    timer = setTimeout(run, 0);
  };
  // An animation callback runs just before the frame is painted, so a task it queues runs after the paint.
  const frame = document.hidden ? null : requestAnimationFrame(queue);
  if (frame === null) queue();
  return () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
