/** Two connected unix sockets (a real kernel pipe, like the fd-3 pipe between processes). */
import { createServer, connect, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function socketPair(): Promise<{ a: Socket; b: Socket; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'macula-pair-'));
  const path = join(dir, 's.sock');
  const server = createServer();
  const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
  await new Promise<void>((resolve) => server.listen(path, resolve));
  const a = connect(path);
  const b = await accepted;
  await new Promise<void>((resolve) => (a.connecting ? a.once('connect', () => resolve()) : resolve()));
  server.close();
  return {
    a,
    b,
    cleanup: () => {
      a.destroy();
      b.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
