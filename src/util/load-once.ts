/**
 * Runs an async load (a dynamic `import()`, usually) once and shares its result.
 * A failure is not kept: the next call tries again, so a chunk that failed to
 * download on a flaky connection does not break the page until it is reloaded.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
