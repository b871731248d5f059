import { NETWORK_ERROR, VisitorIdentityError, problemOf } from "./errors";

/** Where the SDK talks to, and how patiently. */
export interface Config {
  /** The server's base URL, e.g. `https://id.example.com`. */
  server: string;
  /** The workspace id, `ws_...`. */
  workspace: string;
  /** How many times a call that got no answer at all is tried again (default 3). */
  retries?: number;
  /** The wait before the first retry, doubled before each next one (default 250 ms). */
  backoffMs?: number;
  /** For tests and other runtimes; the browser's own by default. */
  fetch?: typeof fetch;
  /** Where the visitor token is kept; `localStorage` by default, memory when that is unavailable. */
  storage?: Pick<Storage, "getItem" | "setItem" | "removeItem">;
}

/** The browser's visitor: what `ready()` resolves to. */
export interface Session {
  visitorId: string;
  anonymousId: string;
}

/** The native identify body: each claim, and the backend's signature of each. */
export interface Claims {
  externalId?: string | null;
  email?: string | null;
  name?: string | null;
  phone?: string | null;
  avatarUrl?: string | null;
  tag?: string | null;
  metadata?: Record<string, unknown> | null;
  metadataMode?: "merge" | "replace";
  signatures?: { externalId?: string; email?: string; phone?: string };
  [member: string]: unknown;
}

export type Trust = "verified" | "trusted" | "unverified";

export interface IdentityResult {
  id: string;
  anonymousUserId: string;
  externalId: string | null;
  email: string | null;
  name: string | null;
  phone: string | null;
  avatarUrl: string | null;
  tag: string | null;
  metadata: Record<string, unknown>;
  hmacVerified: boolean;
  claimTrust: { externalId: Trust | null; email: Trust | null; phone: Trust | null };
  contactId: string | null;
  warnings: { code: string; message: string; keys: string[] }[];
}

/** What a downstream action may trust: an unproven external id, email or phone is `null`. */
export interface TrustedContext {
  visitorId: string;
  externalId: string | null;
  email: string | null;
  phone: string | null;
  metadata: Record<string, unknown>;
}

export type EventName = "identified" | "error";

export interface VisitorIdentity {
  /** Starts a visitor once per browser (the token survives reloads) and says who it is. */
  ready(): Promise<Session>;
  identify(claims: Claims): Promise<IdentityResult>;
  me(): Promise<IdentityResult>;
  context(): Promise<TrustedContext>;
  /** Logout or user switch: revokes the token where the server can, forgets it; the next call starts a new visitor. */
  reset(): Promise<void>;
  /** `identified` gets each identify result, `error` each failure; returns the unsubscribe function. */
  on(event: "identified", listener: (result: IdentityResult) => void): () => void;
  on(event: "error", listener: (error: VisitorIdentityError) => void): () => void;
}

/** The client the vendor shims build on: the public API plus a call under the visitor's token. */
export interface Client extends VisitorIdentity {
  readonly workspace: string;
  send<T>(method: string, path: string, body?: unknown): Promise<T>;
  fail(error: unknown): void;
}

interface Stored {
  visitorToken: string;
  visitorId: string;
  anonymousId: string;
}

/** The problems after which a new visitor is started and the call tried once more. */
const RESTART = ["session-expired", "session-revoked", "unauthorized"];
const TOKEN_HEADER = "X-Visitor-Token";

export function createClient(config: Config): Client {
  const server = config.server.replace(/\/+$/, "");
  const ws = encodeURIComponent(config.workspace);
  const retries = config.retries ?? 3;
  const backoff = config.backoffMs ?? 250;
  const fetchNow = config.fetch || ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const storage = config.storage || browserStorage();
  const key = "visitor-identity:" + config.workspace;
  const listeners: Record<EventName, Set<(value: never) => void>> = { identified: new Set(), error: new Set() };
  let starting: Promise<Stored> | undefined;

  function load(): Stored | undefined {
    try {
      const stored = JSON.parse(storage.getItem(key) || "null");
      return stored && typeof stored.visitorToken === "string" ? stored : undefined;
    } catch {
      return undefined;
    }
  }

  function save(stored: Stored): void {
    storage.setItem(key, JSON.stringify(stored));
  }

  /** Forgets the token only if it is still the given one: a call that failed late never erases a newer visitor. */
  function forget(token: string): void {
    if (load()?.visitorToken === token) storage.removeItem(key);
  }

  function emit(event: EventName, value: unknown): void {
    listeners[event].forEach((listener) => {
      try {
        (listener as (value: unknown) => void)(value);
      } catch {
        // a listener's own failure is the page's business
      }
    });
  }

  async function request(method: string, path: string, body: unknown, token: string | undefined, tries = retries): Promise<Response> {
    const headers: Record<string, string> = {};
    if (token) headers.Authorization = "Bearer " + token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    for (let attempt = 0; ; attempt++) {
      try {
        return await fetchNow(server + path, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          credentials: "omit",
          cache: "no-store",
        });
      } catch (cause) {
        if (attempt >= tries) {
          throw new VisitorIdentityError(
            { code: NETWORK_ERROR, detail: "no answer from " + server + " (" + String(cause) + ")" },
            0,
          );
        }
        await new Promise((resume) => setTimeout(resume, backoff * 2 ** attempt));
      }
    }
  }

  async function start(): Promise<Stored> {
    if (!config.workspace) {
      throw new VisitorIdentityError({ code: "not-configured", detail: "no workspace: set data-workspace or visitorIdentityConfig" }, 0);
    }
    const response = await request("POST", "/v1/workspaces/" + ws + "/visitors", undefined, undefined);
    if (!response.ok) throw await problemOf(response);
    const { visitorToken, visitorId, anonymousId } = await response.json();
    const stored = { visitorToken, visitorId, anonymousId };
    save(stored);
    return stored;
  }

  function started(): Promise<Stored> {
    const stored = load();
    if (stored) return Promise.resolve(stored);
    starting = starting || start().finally(() => (starting = undefined));
    return starting;
  }

  /** Keeps the session in step with an answer: a rotated token, the device's current visitor. */
  function adopt(stored: Stored, response: Response, body: Record<string, unknown> | undefined): void {
    const rotated = response.headers.get(TOKEN_HEADER) || (body && body.visitorToken);
    if (body) delete body.visitorToken;
    const current = load();
    if (current?.visitorToken !== stored.visitorToken) return;
    const next = { ...current };
    if (typeof rotated === "string" && rotated) next.visitorToken = rotated;
    if (body && typeof body.id === "string" && typeof body.anonymousUserId === "string") {
      next.visitorId = body.id;
      next.anonymousId = body.anonymousUserId;
    }
    save(next);
  }

  /** One call under the stored token: its answer adopted, or the problem it was refused with. */
  async function exchange(method: string, path: string, body: unknown, stored: Stored): Promise<unknown> {
    const response = await request(method, path, body, stored.visitorToken);
    if (!response.ok) return Promise.reject(await problemOf(response));
    const answer = response.status === 204 ? undefined : await response.json();
    adopt(stored, response, answer);
    return answer;
  }

  /** The calls on their way under each token, so that a refused one can wait for the others. */
  const inFlight = new Map<string, Set<Promise<unknown>>>();

  function track(token: string, call: Promise<unknown>): Promise<unknown> {
    const calls = inFlight.get(token) ?? new Set();
    inFlight.set(token, calls);
    calls.add(call);
    const done = () => {
      calls.delete(call);
      if (calls.size === 0) inFlight.delete(token);
    };
    call.then(done, done);
    return call;
  }

  async function send<T>(method: string, path: string, body?: unknown, restarted = false): Promise<T> {
    const stored = await started();
    try {
      return (await track(stored.visitorToken, exchange(method, path, body, stored))) as T;
    } catch (error) {
      if (!(error instanceof VisitorIdentityError) || error.status !== 401 || !RESTART.includes(error.code)) throw error;
      // A switch rotates the token: a call refused under the old one waits for the calls still on
      // their way under it, since one of them may bring its successor, and goes again under that.
      await Promise.allSettled(inFlight.get(stored.visitorToken) ?? []);
      const current = load();
      if (current && current.visitorToken !== stored.visitorToken) return send(method, path, body, restarted);
      if (restarted) throw error;
      forget(stored.visitorToken);
      return send(method, path, body, true);
    }
  }

  /** Every failure reaches the `error` listeners and still rejects the caller's promise. */
  function reported<T>(work: Promise<T>): Promise<T> {
    return work.catch((error) => {
      emit("error", error);
      throw error;
    });
  }

  const base = "/v1/workspaces/" + ws;
  return {
    workspace: config.workspace,
    send: (method, path, body) => reported(send(method, path, body)),
    fail: (error) => emit("error", error),
    ready: () => reported(started().then(({ visitorId, anonymousId }) => ({ visitorId, anonymousId }))),
    identify: (claims) =>
      reported(
        send<IdentityResult>("POST", base + "/identify", claims).then((result) => {
          emit("identified", result);
          return result;
        }),
      ),
    me: () => reported(send<IdentityResult>("GET", base + "/visitors/me")),
    context: () => reported(send<TrustedContext>("GET", base + "/visitors/me/context")),
    async reset() {
      const stored = load();
      if (!stored) return;
      try {
        const response = await request("DELETE", base + "/visitors/me/session", undefined, stored.visitorToken, 0);
        // 404 and 405: a server without logout; 401: the token is already dead.
        if (!response.ok && ![401, 404, 405].includes(response.status)) emit("error", await problemOf(response));
      } catch (error) {
        emit("error", error);
      }
      forget(stored.visitorToken);
    },
    on(event: EventName, listener: (value: never) => void) {
      listeners[event].add(listener);
      return () => listeners[event].delete(listener);
    },
  };
}

/** `localStorage` when the page may use it (not in every private mode or sandboxed frame), else memory. */
function browserStorage(): Pick<Storage, "getItem" | "setItem" | "removeItem"> {
  try {
    const probe = "visitor-identity:probe";
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (name) => memory.get(name) ?? null,
      setItem: (name, value) => void memory.set(name, value),
      removeItem: (name) => void memory.delete(name),
    };
  }
}
