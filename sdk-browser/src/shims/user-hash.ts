import type { Client } from "../client";
import { inOrder, queuedCalls, type Page } from "./in-order";

/**
 * The user-hash protocol Chatbase and Nexvio share: `window.<vendor>("identify", {user_id,
 * user_hash, user_metadata})` (or `window.<vendor>.identify({...})`) goes to `POST
 * /compat/<vendor>/{ws}/identify` unchanged. `window.<vendor>UserConfig` is identified at load,
 * then the calls the vendor's stub queued in `window.<vendor>.q`, in order.
 */
export function installUserHash(client: Client, page: Page, vendor: string): void {
  const stub = page[vendor] as { q?: unknown } | undefined;
  const ordered = inOrder();
  const path = "/compat/" + vendor + "/" + encodeURIComponent(client.workspace) + "/identify";
  const call = (command: unknown, payload?: unknown) => {
    if (command === "getState") return "initialized";
    return command === "identify" ? ordered(() => client.send("POST", path, payload)) : undefined;
  };
  page[vendor] = new Proxy(call, {
    get: (target, member) =>
      member in target ? target[member as keyof typeof target] : (...args: unknown[]) => call(member, ...args),
  });
  const config = page[vendor + "UserConfig"];
  const calls = config ? [["identify", config], ...queuedCalls(stub && stub.q)] : queuedCalls(stub && stub.q);
  calls.forEach((args) => {
    const done = call(...(args as [unknown, unknown]));
    if (done instanceof Promise) done.catch(() => undefined);
  });
}
