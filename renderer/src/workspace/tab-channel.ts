// Messages between windows of the same workspace (tabs of the web build, windows of the
// desktop app): a save, a deletion, a change of the library. Each window ignores its own.
import { z } from 'zod';

const TabMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('saved'), projectId: z.string(), revision: z.number() }),
  z.object({ type: z.literal('deleted'), projectId: z.string() }),
  z.object({ type: z.literal('library') }),
]);
export type TabMessage = z.infer<typeof TabMessageSchema>;

const CHANNEL = 'flowcase-workspace';

export class TabChannel {
  private readonly channel: BroadcastChannel | null;
  private readonly from = crypto.randomUUID();

  constructor(onMessage: (message: TabMessage) => void | Promise<void>) {
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    if (this.channel === null) return;
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { from?: unknown; message?: unknown } | null;
      if (data?.from === this.from) return;
      const parsed = TabMessageSchema.safeParse(data?.message);
      if (parsed.success) void onMessage(parsed.data);
    };
  }

  post(message: TabMessage): void {
    this.channel?.postMessage({ from: this.from, message });
  }

  close(): void {
    this.channel?.close();
  }
}
