/**
 * Runs a shim's calls one after the other, in the order the page made them (queued ones first),
 * so that a later identify never overtakes an earlier one. What a call returns is still a
 * promise; a failure the page does not handle goes to the `error` listeners only.
 */
export function inOrder(): <T>(call: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (call) => {
    const next = last.then(call, call);
    last = next.catch(() => undefined);
    return next;
  };
}

/** The arguments of each call a vendor's stub queued before the script loaded. */
export function queuedCalls(queue: unknown): unknown[][] {
  return Array.isArray(queue) ? queue.map((args) => Array.from(args as ArrayLike<unknown>)) : [];
}

export type Page = Window & Record<string, unknown>;
