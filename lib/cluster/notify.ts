/**
 * systemd Type=notify support (REFERENCE §3: Crossbar's unit uses Type=notify; READY=1).
 * With NOTIFY_SOCKET set, root tells systemd it is ready / stopping. Node has no AF_UNIX datagram
 * sockets, so the message is sent by `systemd-notify` (the unit sets NotifyAccess=all because the
 * sender is a helper process, not the main pid), or, if that binary is missing, by a one-line
 * python3 sendto(). systemd-notify (v246+) then waits on a BARRIER=1 until systemd has processed the
 * message, which closes the race where the helper exits before systemd can attribute it to our unit.
 * Without NOTIFY_SOCKET every call is a no-op. Never throws: a failed notify is
 * reported as `false` and systemd's own start timeout takes over.
 */
import { execFile } from 'node:child_process';

/** Bound on one notify helper's run. */
export const NOTIFY_TIMEOUT_MS = 5_000;

type Env = Readonly<Record<string, string | undefined>>;

const PY_SEND = [
  'import os,socket,sys',
  'a=os.environ["NOTIFY_SOCKET"]',
  'a="\\0"+a[1:] if a.startswith("@") else a',
  's=socket.socket(socket.AF_UNIX,socket.SOCK_DGRAM)',
  's.sendto(sys.argv[1].encode(),a)',
].join(';');

function run(file: string, args: string[], env: Env): Promise<'ok' | 'missing' | 'failed'> {
  return new Promise((resolve) => {
    try {
      execFile(file, args, { env: env as NodeJS.ProcessEnv, timeout: NOTIFY_TIMEOUT_MS, windowsHide: true }, (err) => {
        if (err === null) resolve('ok');
        else resolve((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'failed');
      });
    } catch {
      resolve('failed');
    }
  });
}

/**
 * Send sd_notify state lines (e.g. `READY=1`, `STATUS=…`). Resolves true when delivered,
 * false when NOTIFY_SOCKET is unset or delivery failed.
 */
export async function sdNotify(lines: readonly string[], env: Env = process.env): Promise<boolean> {
  const socket = env.NOTIFY_SOCKET;
  if (socket === undefined || socket === '') return false;
  const viaTool = await run('systemd-notify', [`--pid=${process.pid}`, ...toolArgs(lines)], env);
  if (viaTool === 'ok') return true;
  if (viaTool === 'failed') return false;
  return (await run('python3', ['-c', PY_SEND, `${lines.join('\n')}\nMAINPID=${process.pid}`], env)) === 'ok';
}

/** systemd-notify spells READY=1 as --ready and STATUS= as --status; anything else passes as-is. */
function toolArgs(lines: readonly string[]): string[] {
  return lines.map((line) => (line === 'READY=1' ? '--ready' : line.startsWith('STATUS=') ? `--status=${line.slice(7)}` : line));
}

/** READY=1: every process is up (call after root's tree has started and the banner is printed). */
export function notifyReady(status = 'running', env: Env = process.env): Promise<boolean> {
  return sdNotify(['READY=1', `STATUS=${status}`], env);
}

/** STOPPING=1: the orderly stop has begun (call on SIGTERM/SIGINT before stopping the tree). */
export function notifyStopping(status = 'stopping', env: Env = process.env): Promise<boolean> {
  return sdNotify(['STOPPING=1', `STATUS=${status}`], env);
}
