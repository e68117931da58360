// Hot exit: what must survive a reload or a closed tab even when the last autosave had no time
// to finish. IndexedDB writes are asynchronous and may be cut off when the page goes away;
// localStorage is written synchronously, so edits not yet saved are put there on `pagehide`
// and picked up on the next start. The view (open project, map and selection) is small and
// kept there on every change.
import { z } from 'zod';

const SESSION_KEY = 'flowcase.session';
const RESCUE_KEY = 'flowcase.unsaved';

const MapKeySchema = z.union([z.literal('current'), z.strictObject({ targetId: z.string() })]);

const SessionSchema = z.object({
  projectId: z.string(),
  map: MapKeySchema,
  selection: z.object({ stepIds: z.array(z.string()), flowIds: z.array(z.string()) }),
});
export type Session = z.infer<typeof SessionSchema>;

const RescueSchema = z.object({
  projectId: z.string(),
  /** The stored revision the unsaved edits are based on. */
  revision: z.number(),
  text: z.string(),
  savedAt: z.number(),
});
export type Rescue = z.infer<typeof RescueSchema>;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage turned off: reading `localStorage` itself throws
  }
}

function read<T>(key: string, schema: z.ZodType<T>): T | null {
  try {
    const text = storage()?.getItem(key);
    if (text === null || text === undefined) return null;
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Returns false when the browser refused (storage full or turned off). */
function write(key: string, value: unknown): boolean {
  try {
    storage()?.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export const readSession = (): Session | null => read(SESSION_KEY, SessionSchema);
export const writeSession = (session: Session): boolean => write(SESSION_KEY, session);

export const readRescue = (): Rescue | null => read(RESCUE_KEY, RescueSchema);
export const writeRescue = (rescue: Rescue): boolean => write(RESCUE_KEY, rescue);
export function clearRescue(): void {
  try {
    storage()?.removeItem(RESCUE_KEY);
  } catch {
    // nothing to clear where storage is off
  }
}
