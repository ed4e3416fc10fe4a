/**
 * A small client for Marionette, Firefox's built-in remote protocol. playwright-core cannot drive
 * stock Firefox, and WebDriver BiDi hides an add-on's moz-extension:// pages; Marionette reaches
 * both the pages and the browser's own chrome (where the add-on's keyboard command fires).
 * Wire format: `LENGTH:JSON` frames; a command is [0, id, name, params], its answer [1, id, error, result].
 */
import { connect, type Socket } from 'node:net';

export interface MarionetteError {
  error: string;
  message: string;
  stacktrace?: string;
}

interface Pending {
  name: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class Marionette {
  private nextId = 1;
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<number, Pending>();
  private hello: ((value: unknown) => void) | undefined;
  private closed: Error | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('close', () => this.fail(new Error('Marionette connection closed')));
    socket.on('error', (error) => this.fail(error));
  }

  /** Connects and waits for the server's greeting. */
  static async connect(port: number, host = '127.0.0.1'): Promise<Marionette> {
    const socket = connect(port, host);
    const client = new Marionette(socket);
    await new Promise<unknown>((resolve, reject) => {
      client.hello = resolve;
      socket.once('error', reject);
    });
    return client;
  }

  /** Sends one command and resolves with its result, or rejects with Marionette's error. */
  command<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.closed) return Promise.reject(this.closed);
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
    this.socket.write(`${body.length}:`);
    this.socket.write(body);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { name, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const frame = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.dispatch(frame);
    }
  }

  private dispatch(frame: unknown): void {
    if (!Array.isArray(frame)) {
      // The greeting: {"applicationType":"gecko","marionetteProtocol":3}
      this.hello?.(frame);
      this.hello = undefined;
      return;
    }
    const [, id, error, result] = frame as [number, number, MarionetteError | null, unknown];
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    if (error) pending.reject(new Error(`${pending.name}: ${error.error}: ${error.message}`));
    else pending.resolve(result);
  }

  private fail(error: Error): void {
    this.closed ??= error;
    for (const p of this.pending.values()) p.reject(new Error(`${p.name}: ${error.message}`));
    this.pending.clear();
  }
}

/** WebDriver's key codes for the modifier keys (WebDriver spec, "keyboard actions"). */
export const KEYS = { Alt: '\uE00A', Shift: '\uE008', Control: '\uE009', Enter: '\uE007', Tab: '\uE004' };

/** One key-action sequence that presses `keys` in order and releases them in reverse. */
export function chord(...keys: string[]): Record<string, unknown> {
  return {
    actions: [
      {
        type: 'key',
        id: 'keyboard',
        actions: [
          ...keys.map((value) => ({ type: 'keyDown', value })),
          ...[...keys].reverse().map((value) => ({ type: 'keyUp', value })),
        ],
      },
    ],
  };
}
