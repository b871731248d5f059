import type { Client } from "../client";
import { inOrder, queuedCalls, type Page } from "./in-order";

/**
 * botBrains: `$botbrains.push(["do", "user.identify", [external_id, {...}]])`, and
 * `window.botbrains("user.identify", {external_id, ...})`, go to `POST
 * /compat/botbrains/{ws}/user.identify` as one object. The `$botbrains` array the page filled
 * before the script loaded is replayed in order; other botBrains commands are the widget's, not ours.
 */
export function installBotbrains(client: Client, page: Page): void {
  const ordered = inOrder();
  const path = "/compat/botbrains/" + encodeURIComponent(client.workspace) + "/user.identify";
  const identify = (body: unknown) => ordered(() => client.send("POST", path, body));
  const botbrains = (action: unknown, body?: unknown) => (action === "user.identify" ? identify(body) : undefined);
  const run = (entry: unknown) => {
    const [verb, action, args] = Array.isArray(entry) ? entry : [];
    if (verb !== "do" || action !== "user.identify" || !Array.isArray(args)) return undefined;
    const [externalId, attributes] = args;
    return identify({ external_id: externalId, ...(attributes as object) });
  };
  const queued = page.$botbrains;
  const stub = page.botbrains as { q?: unknown } | undefined;
  page.$botbrains = {
    push: (...entries: unknown[]) => {
      entries.forEach((entry) => run(entry)?.catch(() => undefined));
      return entries.length;
    },
  };
  page.botbrains = botbrains;
  (Array.isArray(queued) ? queued : []).forEach((entry) => run(entry)?.catch(() => undefined));
  queuedCalls(stub && stub.q).forEach((args) => botbrains(...(args as [unknown, unknown]))?.catch(() => undefined));
}
