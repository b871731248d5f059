import type { Client } from "../client";
import { installBotbrains } from "./botbrains";
import { installChatbase } from "./chatbase";
import { installChatSdk } from "./chatsdk";
import type { Page } from "./in-order";
import { installNexvio } from "./nexvio";
import { installRepai } from "./repai";

export { installBotbrains, installChatbase, installChatSdk, installNexvio, installRepai };

/** Each vendor shim by its dialect's name, as a page names it in `data-dialects`. */
export const SHIMS: Record<string, (client: Client, page: Page) => void> = {
  repai: installRepai,
  chatbase: installChatbase,
  nexvio: installNexvio,
  botbrains: installBotbrains,
  chatsdk: installChatSdk,
};
