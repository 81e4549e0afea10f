/**
 * A reader that runs at most once: later calls give the same answer, or throw
 * the same error (a caller that catches it sees what the first caller saw).
 * For page scans that several metadata fields fall back on.
 */
export function once<T>(read: () => T): () => T {
  let done: { value: T } | { error: unknown } | null = null;
  return () => {
    if (!done) {
      try {
        done = { value: read() };
      } catch (error) {
        done = { error };
      }
    }
    if ('error' in done) throw done.error;
    return done.value;
  };
}
