import { type ChildProcess, spawn } from 'node:child_process';

/**
 * The production build served by `vite preview`, as a separate process, so a scenario can
 * stop it to go offline for real (WebKit and Firefox have no offline switch) and start it
 * again on the same origin.
 */
export class PreviewServer {
  private child: ChildProcess | null = null;

  constructor(
    readonly port: number,
    readonly outDir = 'dist',
  ) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.child) return;
    // Another server on this port would answer the checks below in place of this one.
    if (await this.answers()) throw new Error(`something else already answers on ${this.origin}`);
    const child = spawn(
      'npx',
      ['vite', 'preview', '--host', '127.0.0.1', '--port', String(this.port), '--strictPort', '--outDir', this.outDir],
      { detached: true, stdio: 'ignore' },
    );
    this.child = child;
    for (let attempt = 0; attempt < 100; attempt += 1) {
      if (child.exitCode !== null) throw new Error(`vite preview exited (code ${child.exitCode})`);
      if (await this.answers()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`vite preview did not answer on ${this.origin}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child?.pid) return;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
        await exited;
      } catch {
        // Already gone: nothing to stop.
      }
    }
    for (let attempt = 0; attempt < 50 && (await this.answers()); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async answers(): Promise<boolean> {
    try {
      const response = await fetch(`${this.origin}/robots.txt`);
      return response.ok;
    } catch {
      return false;
    }
  }
}
