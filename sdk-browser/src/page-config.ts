import type { Config } from "./client";

/** What a page may set in `window.visitorIdentityConfig`; each member wins over the script tag's. */
export interface PageConfig {
  server?: string;
  workspace?: string;
  dialects?: string[] | string;
}

const SCRIPT_PATH = "/visitor-identity.js";

/**
 * The configuration a page gives: `window.visitorIdentityConfig`, else the script tag's
 * `data-server`, `data-workspace`, `data-dialects`, else the same names in the script URL's query
 * (for loaders that insert the script themselves). The server defaults to the script's own origin.
 */
export function pageConfig(page: Window & { visitorIdentityConfig?: PageConfig }): Config & { dialects: string[] } {
  const script = (document.currentScript as HTMLScriptElement | null) || lastScriptNamed(SCRIPT_PATH);
  const own = page.visitorIdentityConfig || {};
  const url = new URL(script ? script.src : location.href, location.href);
  const given = (name: "server" | "workspace" | "dialects") =>
    own[name] || (script && script.getAttribute("data-" + name)) || url.searchParams.get(name) || "";
  const dialects = given("dialects");
  return {
    server: (given("server") as string) || url.origin,
    workspace: given("workspace") as string,
    dialects: (Array.isArray(dialects) ? dialects : dialects.split(",")).map((name) => name.trim()).filter(Boolean),
  };
}

/** A module script, or one run after its load, has no `currentScript`: find the tag by its path. */
function lastScriptNamed(path: string): HTMLScriptElement | null {
  const scripts = Array.from(document.querySelectorAll("script[src]")) as HTMLScriptElement[];
  return scripts.reverse().find((script) => new URL(script.src, location.href).pathname.endsWith(path)) || null;
}
