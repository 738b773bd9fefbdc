// How tabs of the tool tell each other what they wrote: a BroadcastChannel (same origin only) carrying
// short notes — a draft saved at a revision, a draft deleted, everything deleted, a draft published for
// Compare. A tab that hears a note re-reads storage; the note itself is never trusted as data, only as a
// reason to look. Tests use `memoryChannelHub`, where the test decides when each note arrives.

export type DraftMessage =
  | { type: 'saved'; id: string; revision: number }
  | { type: 'deleted'; id: string }
  | { type: 'cleared' }
  | { type: 'published' };

export interface DraftChannel {
  /** Tells every other tab; the sender does not hear its own note. */
  post(message: DraftMessage): void;
  listen(listener: (message: DraftMessage) => void): () => void;
}

const CHANNEL_NAME = 'kommunmodell-drafts';

/** A note from another tab, if it has a shape this version knows; anything else is ignored. */
export function readDraftMessage(data: unknown): DraftMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const note = data as Record<string, unknown>;
  const id = typeof note.id === 'string' && note.id.length <= 100 ? note.id : undefined;
  switch (note.type) {
    case 'saved':
      return id !== undefined && Number.isSafeInteger(note.revision) ? { type: 'saved', id, revision: note.revision as number } : undefined;
    case 'deleted':
      return id !== undefined ? { type: 'deleted', id } : undefined;
    case 'cleared':
      return { type: 'cleared' };
    case 'published':
      return { type: 'published' };
    default:
      return undefined;
  }
}

let browserChannel: DraftChannel | undefined;

/** The page's channel (one per page, shared by every part of it); silent where BroadcastChannel is missing. */
export function browserDraftChannel(): DraftChannel {
  if (browserChannel) return browserChannel;
  const listeners = new Set<(message: DraftMessage) => void>();
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL_NAME);
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const message = readDraftMessage(event.data);
      if (message) for (const listener of [...listeners]) listener(message);
    };
  }
  browserChannel = {
    post: (message) => channel?.postMessage(message),
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return browserChannel;
}

export interface MemoryChannelHub {
  /** A channel for one tab. */
  channel(tab: string): DraftChannel;
  /** Notes posted but not yet delivered, oldest first, with the tab each is for. */
  queued(): { to: string; message: DraftMessage }[];
  /** Delivers the oldest undelivered note for `tab`; false when there is none. */
  deliverNext(tab: string): boolean;
}

export function memoryChannelHub(): MemoryChannelHub {
  const listeners = new Map<string, Set<(message: DraftMessage) => void>>();
  const queue: { to: string; message: DraftMessage }[] = [];
  return {
    channel(tab) {
      listeners.set(tab, listeners.get(tab) ?? new Set());
      return {
        post: (message) => {
          for (const other of listeners.keys()) if (other !== tab) queue.push({ to: other, message: structuredClone(message) });
        },
        listen: (listener) => {
          listeners.get(tab)?.add(listener);
          return () => listeners.get(tab)?.delete(listener);
        },
      };
    },
    queued: () => [...queue],
    deliverNext(tab) {
      const at = queue.findIndex((item) => item.to === tab);
      if (at === -1) return false;
      const [item] = queue.splice(at, 1);
      for (const listener of listeners.get(tab) ?? []) if (item) listener(item.message);
      return true;
    },
  };
}
