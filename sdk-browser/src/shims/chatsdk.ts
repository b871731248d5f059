import type { Client } from "../client";
import { inOrder, type Page } from "./in-order";

/**
 * The chat SDK: `getSdkApi().identify({name, email, externalId, metadata, hmac})` goes to `POST
 * /compat/chatsdk/{ws}/identify` and resolves to the SDK's own `IdentityResult`; a refused call
 * rejects with the server's words ("HMAC verification failed") and the problem's `code`.
 */
export function installChatSdk(client: Client, page: Page): void {
  const ordered = inOrder();
  const path = "/compat/chatsdk/" + encodeURIComponent(client.workspace) + "/identify";
  const api = { identify: (payload: unknown) => ordered(() => client.send("POST", path, payload)) };
  page.getSdkApi = () => api;
}
