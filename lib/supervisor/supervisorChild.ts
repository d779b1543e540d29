/**
 * Nested supervisors as children (OTP child type `supervisor`). The child supervisor's path is
 * the parent's path + '/' + id, and its events go to the parent's sink. Its `exited` is the
 * nested supervisor's own exit reason, so `reached_max_restart_intensity` reaches the parent as
 * an abnormal exit that the parent restarts per its own rules.
 */
import { DEFAULT_SUPERVISOR_SHUTDOWN } from './constants.js';
import { treeStopBoundMs } from './stopBound.js';
import { Supervisor } from './Supervisor.js';
import type { ChildHandle, ChildSpec, RestartType, Shutdown, StartContext, SupervisorFlags } from './types.js';

/** Options of a supervisor child. */
export interface SupervisorChildOptions {
  /** @default 'permanent' */
  restart?: RestartType;
  /** @default 'infinity' (OTP default for supervisors) */
  shutdown?: Shutdown;
  /** Called with each new incarnation, e.g. to reach `startChild` of a simple_one_for_one. */
  onStarted?: (sup: Supervisor) => void;
}

/** `children` is called per (re)start so every incarnation gets fresh specs. */
export function supervisorChild(
  id: string,
  flags: SupervisorFlags,
  children: () => ChildSpec[],
  opts: SupervisorChildOptions = {},
): ChildSpec {
  return {
    id,
    type: 'supervisor',
    restart: opts.restart ?? 'permanent',
    shutdown: opts.shutdown ?? DEFAULT_SUPERVISOR_SHUTDOWN,
    // specs only (children() builds them; nothing starts)
    stopBoundMs: () => treeStopBoundMs(flags.strategy, children()),
    start: async (_extra?: unknown, ctx?: StartContext): Promise<ChildHandle> => {
      const childId = ctx?.id ?? id;
      const sup = new Supervisor({
        name: ctx ? `${ctx.supervisorPath}/${childId}` : childId,
        flags,
        children: children(),
        onEvent: ctx?.emit,
      });
      await sup.start();
      opts.onStarted?.(sup);
      return {
        exited: sup.exited,
        shutdown: () => void sup.stop(),
        kill: () => sup.kill(),
        describe: () => sup.describe(childId),
      };
    },
  };
}
