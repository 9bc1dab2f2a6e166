/**
 * When the content script has done what it does on a page with nothing for it: it runs once in
 * every frame (document_idle) and reads the settings once. Seen over CDP: its isolated world is
 * created in each frame when the script is injected, and its synchronous start (which asks for the
 * settings) runs in the same task. A `storage.local.get` sent from that world afterwards is
 * answered after the script's own read, whose continuation (applying the settings) has then run.
 */
import type { CDPSession } from 'playwright-core';

const PROBE = 'chrome.storage.local.get(null).then(() => true)';

export interface ContentWatch {
  /** Resolves once the content script has started in `frames` frames and its settings read is answered. */
  ready(frames: number, timeoutMs?: number): Promise<void>;
  /** The probe of `ready` again, alone: to measure what the probe itself costs. */
  probeAgain(): Promise<void>;
}

/** Call before navigating, with Runtime not yet enabled: it enables it to hear of every world created. */
export async function watchContentScripts(cdp: CDPSession, extensionId: string): Promise<ContentWatch> {
  const worlds = new Map<string, number>(); // frame id → the extension's isolated world in it
  let changed = () => {};
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const frameId = (context.auxData as { frameId?: string } | undefined)?.frameId;
    if (context.origin !== `chrome-extension://${extensionId}` || !frameId) return;
    worlds.set(frameId, context.id);
    changed();
  });
  await cdp.send('Runtime.enable');
  const probe = () =>
    Promise.all(
      [...worlds.values()].map((contextId) =>
        cdp.send('Runtime.evaluate', { contextId, expression: PROBE, awaitPromise: true }),
      ),
    ).then(() => {});
  return {
    async ready(frames, timeoutMs = 30_000) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`content script in ${worlds.size} of ${frames} frames after ${timeoutMs} ms`)),
          timeoutMs,
        );
        changed = () => {
          if (worlds.size < frames) return;
          clearTimeout(timer);
          resolve();
        };
        changed();
      });
      await probe();
    },
    probeAgain: probe,
  };
}
