import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP pass-through on 127.0.0.1 that can be switched off and on again. Off, the port refuses
 * connections and every open one is cut, exactly as a server that went away; on again, it
 * forwards to the same target, whose data was never touched. The couch harness puts one in
 * front of pouchdb-server so "unreachable for a while" does not also mean "lost its data".
 */
export class TcpSwitch {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  /** `port` 0 picks a free one on the first `on()`; every later `on()` takes the same again. */
  constructor(
    private port: number,
    private readonly target: () => number,
  ) {}

  /** Listens, and resolves with the port bound. */
  async on(): Promise<number> {
    if (this.server) return this.port;
    const server = createServer((client) => this.forward(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('The switch has no TCP port');
    this.port = address.port;
    return this.port;
  }

  /** Refuses new connections and cuts the open ones. */
  async off(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get isOn(): boolean {
    return this.server !== null;
  }

  private forward(client: Socket): void {
    const upstream = connect(this.target(), '127.0.0.1');
    this.sockets.add(client);
    this.sockets.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    client.pipe(upstream);
    upstream.pipe(client);
  }
}

/** A port nobody is listening on right now (the kernel's choice). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No free TCP port');
  return address.port;
}
