/**
 * Stopping children: port of supervisor:shutdown/2 (polite exit `shutdown`, wait, then `kill`)
 * and of the simple_one_for_one part of supervisor:terminate_dynamic_children/1 (all children
 * asked at once under one shared timer). Completion is judged by `exited` alone.
 */
import type { ChildHandle, ExitReason, Shutdown } from './types.js';

function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // A handle that throws on shutdown/kill is still judged by `exited`.
  }
}

/** Stop one child per its `shutdown` spec; resolves with the reason it exited with. */
export async function shutdownChild(handle: ChildHandle, shutdown: Shutdown): Promise<ExitReason> {
  const [reason] = await shutdownAll([handle], shutdown);
  return reason ?? 'killed';
}

/**
 * Stop many children at the same time: one polite request each, one timer for all, then kill
 * whoever is still alive. Resolves with the exit reasons in the order of `handles`.
 */
export async function shutdownAll(handles: readonly ChildHandle[], shutdown: Shutdown): Promise<ExitReason[]> {
  if (shutdown === 'brutal_kill') {
    for (const h of handles) safely(() => h.kill());
    return Promise.all(handles.map((h) => h.exited));
  }
  const exited = new Set<ChildHandle>();
  const all = Promise.all(
    handles.map((h) =>
      h.exited.then((r) => {
        exited.add(h);
        return r;
      }),
    ),
  );
  for (const h of handles) safely(() => h.shutdown());
  if (shutdown === 'infinity') return all;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), shutdown);
  });
  const first = await Promise.race([all, timeout]);
  clearTimeout(timer);
  if (first !== 'timeout') return first;
  for (const h of handles) if (!exited.has(h)) safely(() => h.kill());
  return all;
}
