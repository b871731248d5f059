import type { Client } from "../client";
import type { Page } from "./in-order";
import { installUserHash } from "./user-hash";

/** Chatbase: `window.chatbase("identify", {...})`, `window.chatbaseUserConfig`, the `chatbase.q` stub. */
export function installChatbase(client: Client, page: Page): void {
  installUserHash(client, page, "chatbase");
}
