// The signed-in credential lives in this tab's sessionStorage only: it is gone when the tab closes,
// never in a cookie (so no request carries it unasked, and there is nothing to forge), never in a URL.
const STORAGE_KEY = "visitor-identity-console";

export interface Session {
  /** The workspace admin key or the root token, sent as the bearer credential. */
  token: string;
  /** True for the root token, which may pick any workspace. */
  root: boolean;
  /** The workspace being looked at; null until a root session picks one. */
  workspaceId: string | null;
  workspaceName: string | null;
}

export function loadSession(): Session | null {
  const stored = sessionStorage.getItem(STORAGE_KEY);
  if (!stored) {
    return null;
  }
  try {
    const session = JSON.parse(stored) as Session;
    return typeof session.token === "string" ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  } else {
    sessionStorage.removeItem(STORAGE_KEY);
  }
}
