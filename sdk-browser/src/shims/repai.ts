import type { Client } from "../client";
import { inOrder, queuedCalls, type Page } from "./in-order";

/**
 * Rep.ai: `RepAI("identify", id, data, hash)` goes to `POST /compat/repai/{ws}/identify` as
 * `{id, data, hash}`; calls the `RepAI.q` stub queued are replayed in order.
 */
export function installRepai(client: Client, page: Page): void {
  const stub = page.RepAI as { q?: unknown } | undefined;
  const ordered = inOrder();
  const path = "/compat/repai/" + encodeURIComponent(client.workspace) + "/identify";
  const RepAI = (command: unknown, id?: unknown, data?: unknown, hash?: unknown) =>
    command === "identify" ? ordered(() => client.send("POST", path, { id, data, hash })) : undefined;
  page.RepAI = RepAI;
  queuedCalls(stub && stub.q).forEach((args) => RepAI(...(args as [unknown, unknown, unknown, unknown]))?.catch(() => undefined));
}
