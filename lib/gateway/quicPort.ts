/**
 * Which QUIC port a gateway incarnation binds: the port an earlier incarnation bound (root passes
 * it, so a node started with MACULA_QUIC_PORT=0 keeps one address across gateway restarts) if it
 * is still free, else the configured one (0 = any free port; root then tells the peers the new
 * address). Probed with a throwaway UDP bind: the window until the listener binds is a few ms.
 */
import { createSocket } from 'node:dgram';
import { isIP } from 'node:net';

function udpFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket(isIP(host) === 6 ? 'udp6' : 'udp4');
    socket.once('error', () => {
      socket.close();
      resolve(false);
    });
    socket.bind(port, host, () => socket.close(() => resolve(true)));
  });
}

export async function chooseQuicPort(host: string, configured: number, preferred: number | undefined): Promise<number> {
  if (preferred === undefined || preferred === configured || preferred <= 0) return configured;
  return (await udpFree(host, preferred)) ? preferred : configured;
}
