import { createClient, type Client, type VisitorIdentity } from "./client";
import { pageConfig } from "./page-config";
import type { Page } from "./shims/in-order";

/**
 * What the script tag runs: reads the page's configuration, puts the API on
 * `window.visitorIdentity`, and installs the vendor shims the page asked for (only those).
 */
export function startInPage(shims: Record<string, (client: Client, page: Page) => void>): void {
  const page = window as unknown as Page;
  const config = pageConfig(page);
  const client = createClient(config);
  const api: VisitorIdentity = {
    ready: client.ready,
    identify: client.identify,
    me: client.me,
    context: client.context,
    reset: client.reset,
    on: client.on,
  };
  page.visitorIdentity = api;
  config.dialects.forEach((name) => {
    const install = shims[name];
    if (install) install(client, page);
    else console.error("visitor-identity: no shim for the dialect " + JSON.stringify(name) + " (known: " + Object.keys(shims).join(", ") + ")");
  });
}
