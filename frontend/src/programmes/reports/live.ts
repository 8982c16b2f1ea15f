// The live figures: GET /api/reports/live, Server-Sent Events. EventSource cannot send an Authorization
// header, so the stream is read with fetch (authorizedFetch: the session's token, renewed on a 401 — a stream
// that ends when its token expires, as issue 14 makes it, is resumed with a new one). Reconnects with
// Last-Event-ID so that nothing sent meanwhile is missed; a `reload` event (too far behind) or a first
// connection asks the page to read the figures again.
import { authorizedFetch } from '@/api/client';
import { SessionEnded } from '@/api/problem';
import type { LiveChange } from './reports';

export type LiveState = 'connecting' | 'connected' | 'offline';

export interface LiveListener {
  change(change: LiveChange): void;
  /** Read the figures again: the stream cannot tell what changed meanwhile. */
  reload(): void;
  state(state: LiveState, retryInSeconds?: number): void;
}

/** Without a heartbeat (sent every 15 s) for this long, the stream is taken as dead. */
const SILENCE_LIMIT_MS = 45_000;
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000];

export class LiveFigures {
  private lastEventId: string | null = null;
  private controller: AbortController | null = null;
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = true;

  constructor(private readonly listener: LiveListener) {}

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.controller?.abort();
    this.controller = null;
    this.listener.state('offline');
  }

  private async connect(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.listener.state('connecting');
    let silence: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      clearTimeout(silence);
      silence = setTimeout(() => controller.abort(), SILENCE_LIMIT_MS);
    };
    try {
      const headers: Record<string, string> = { Accept: 'text/event-stream' };
      if (this.lastEventId !== null) {
        headers['Last-Event-ID'] = this.lastEventId;
      }
      watch();
      const response = await authorizedFetch('/api/reports/live', {
        headers,
        signal: controller.signal,
        cache: 'no-store',
      });
      if (!response.body) {
        throw new Error('no stream');
      }
      this.retries = 0;
      this.listener.state('connected');
      if (this.lastEventId === null) {
        // a first connection replays nothing: read the figures again so that no change in between is missed
        this.listener.reload();
      }
      await this.read(response.body, watch);
    } catch (error) {
      if (error instanceof SessionEnded) {
        this.stop();
        return;
      }
      // ended, refused or silent too long: reconnect below
    } finally {
      clearTimeout(silence);
    }
    if (this.controller === controller && !this.stopped) {
      this.controller = null;
      this.retry();
    }
  }

  private async read(body: ReadableStream<Uint8Array>, watch: () => void): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      watch();
      buffer += decoder.decode(value, { stream: true });
      const blocks = buffer.split(/\r\n\r\n|\r\r|\n\n/);
      buffer = blocks.pop() ?? '';
      blocks.forEach((block) => this.dispatch(block));
    }
  }

  /** One server-sent event: id, event and data fields; lines starting with ':' are heartbeats. */
  dispatch(block: string): void {
    let id: string | null = null;
    let name = 'message';
    const data: string[] = [];
    for (const line of block.split(/\r\n|\r|\n/)) {
      if (line === '' || line.startsWith(':')) {
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') {
        id = value;
      } else if (field === 'event') {
        name = value;
      } else if (field === 'data') {
        data.push(value);
      }
    }
    if (id !== null) {
      this.lastEventId = id;
    }
    if (name === 'reload') {
      this.listener.reload();
    } else if (name === 'indicator' && data.length > 0) {
      this.listener.change(JSON.parse(data.join('\n')) as LiveChange);
    }
  }

  private retry(): void {
    const delay = RETRY_DELAYS_MS[Math.min(this.retries, RETRY_DELAYS_MS.length - 1)]!;
    this.retries++;
    this.listener.state('offline', delay / 1000);
    this.retryTimer = setTimeout(() => void this.connect(), delay);
  }
}
