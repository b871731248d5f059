import { createClient, type Client, type Config } from "./client";

export { createClient };
export { VisitorIdentityError, type Problem } from "./errors";
export type { Claims, Client, Config, EventName, IdentityResult, Session, Trust, TrustedContext, VisitorIdentity } from "./client";

let configured: Client | undefined;

/** Sets up the module's own client; `ready`, `identify`... below use it. Returns it too. */
export function configure(config: Config): Client {
  configured = createClient(config);
  return configured;
}

function client(): Client {
  if (!configured) throw new Error("visitor-identity: call configure({server, workspace}) first");
  return configured;
}

export const ready: Client["ready"] = () => client().ready();
export const identify: Client["identify"] = (claims) => client().identify(claims);
export const me: Client["me"] = () => client().me();
export const context: Client["context"] = () => client().context();
export const reset: Client["reset"] = () => client().reset();
export const on: Client["on"] = ((event: "identified", listener: never) => client().on(event, listener)) as Client["on"];
