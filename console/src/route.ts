// Hash routes, so that the server serves one page and a reload keeps the place:
// #/visitors?email=..., #/visitors/v_1, #/settings, #/keys, #/check, #/workspaces.
import { useEffect, useState } from "preact/hooks";

export interface Route {
  path: string[];
  query: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?", 2);
  return {
    path: path.split("/").filter((part) => part !== "").map(decodeURIComponent),
    query: new URLSearchParams(query ?? ""),
  };
}

export function href(path: string, query?: Record<string, string>): string {
  const search = query ? new URLSearchParams(query).toString() : "";
  return "#/" + path + (search ? "?" + search : "");
}

export function navigate(path: string, query?: Record<string, string>): void {
  location.hash = href(path, query);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const changed = () => setRoute(currentRoute());
    window.addEventListener("hashchange", changed);
    return () => window.removeEventListener("hashchange", changed);
  }, []);
  return route;
}
