/** Conversions between lib/supervisor shapes and their proto forms (ipc.proto, common.proto). */
import type { macula as ipc } from '../gen/ipc.js';
import type { ChildDescription, ChildState, ChildType, Strategy, SupervisorEvent, SupervisorEventKind } from '../supervisor/index.js';

export function eventToWire(e: SupervisorEvent): ipc.ipc.SupervisorEvent.$Properties {
  return {
    ts: e.ts,
    kind: e.kind,
    supervisor: e.supervisor,
    child: e.child ?? '',
    pid: e.pid ?? 0,
    reason: e.reason ?? '',
    restartsPlusOne: e.restarts === undefined ? 0 : e.restarts + 1,
  };
}

export function eventFromWire(w: ipc.ipc.SupervisorEvent.$Properties): SupervisorEvent {
  const e: SupervisorEvent = { ts: w.ts ?? Date.now(), kind: (w.kind ?? '') as SupervisorEventKind, supervisor: w.supervisor ?? '' };
  if (w.child) e.child = w.child;
  if (w.pid) e.pid = w.pid;
  if (w.reason) e.reason = w.reason;
  if (w.restartsPlusOne) e.restarts = w.restartsPlusOne - 1;
  return e;
}

type WireNode = ipc.common.TreeNode.$Properties;

/** One message for both channels (proto/common.proto TreeNode). */
export function descriptionToWire(d: ChildDescription): WireNode {
  return {
    id: d.id,
    type: d.type,
    state: d.state,
    pid: d.pid ?? 0,
    restarts: d.restarts,
    startedAt: d.startedAt ?? 0,
    strategy: d.strategy ?? '',
    memory: d.memory ?? 0,
    children: (d.children ?? []).map(descriptionToWire),
  };
}

export function descriptionFromWire(w: WireNode): ChildDescription {
  const d: ChildDescription = {
    id: w.id ?? '',
    type: (w.type || 'worker') as ChildType,
    state: (w.state || 'stopped') as ChildState,
    restarts: w.restarts ?? 0,
  };
  if (w.pid) d.pid = w.pid;
  if (w.startedAt) d.startedAt = w.startedAt;
  if (w.strategy) d.strategy = w.strategy as Strategy;
  if (w.memory) d.memory = w.memory;
  if (w.children && w.children.length > 0) d.children = w.children.map(descriptionFromWire);
  return d;
}
