// The line between the audience window and the presenter window (DESIGN §7): both windows of one browser
// talk over a BroadcastChannel — no server, nothing leaves the machine. A window that moves to a step
// (a key, a click) says so, and every other window showing the same story follows. Messages from the
// channel are checked before use: anything that is not a well-formed step message is ignored.

export const PRESENT_CHANNEL = 'kommunmodell.present';

export interface StepMessage {
  kind: 'step';
  story: string;
  step: number;
  /** The window that sent it, so a window ignores its own echo. */
  from: string;
}

export function isStepMessage(data: unknown): data is StepMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.kind === 'step' &&
    typeof m.story === 'string' &&
    m.story.length <= 64 &&
    typeof m.step === 'number' &&
    Number.isInteger(m.step) &&
    m.step >= 1 &&
    m.step <= 60 &&
    typeof m.from === 'string' &&
    m.from.length <= 40
  );
}

export interface PresentChannel {
  post(story: string, step: number): void;
  close(): void;
}

/** This window's id on the channel. */
export const windowId = `w${Math.floor(Math.random() * 1e9).toString(36)}`;

/** Opens the channel; `onStep` hears the other windows' moves. Without BroadcastChannel it does nothing. */
export function openPresentChannel(onStep: (message: StepMessage) => void): PresentChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(PRESENT_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isStepMessage(event.data) && event.data.from !== windowId) onStep(event.data);
  };
  return {
    post: (story, step) => channel.postMessage({ kind: 'step', story, step, from: windowId } satisfies StepMessage),
    close: () => channel.close(),
  };
}
