import type { Client } from "../client";
import type { Page } from "./in-order";
import { installUserHash } from "./user-hash";

/** Nexvio, Chatbase's protocol on its own mount: `window.nexvio("identify", {...})`, `window.nexvioUserConfig`. */
export function installNexvio(client: Client, page: Page): void {
  installUserHash(client, page, "nexvio");
}
