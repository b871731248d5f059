// Every call to the server's HTTP API: the admin credential as a bearer header (never a cookie),
// JSON in and out, and problem details turned into ApiError.
import { Session } from "./session";

/** A refused call: the problem's stable code, its detail, and the field it names, if any. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly field: string | null,
  ) {
    super(detail);
  }
}

export type Trust = "verified" | "trusted" | "unverified";

/** How a verified claim was proven: the signature scheme, the key that verified it, and when. */
export interface Proof {
  scheme: string;
  kid: string | null;
  provenAt: string;
}

/** A device (anonymous id) of a visitor and when it was last seen. */
export interface Device {
  anonymousId: string;
  lastSeenAt: string;
}

export interface Visitor {
  id: string;
  anonymousIds: string[];
  externalId: string | null;
  email: string | null;
  name: string | null;
  phone: string | null;
  avatarUrl: string | null;
  tag: string | null;
  metadata: Record<string, unknown>;
  claimTrust: { externalId: Trust | null; email: Trust | null; phone: Trust | null };
  provenance: { externalId: Proof | null; email: Proof | null; phone: Proof | null };
  contactId: string | null;
  createdAt: string;
  updatedAt: string;
  lastSeenAt: string;
}

/** One visitor as its own page shows it: with its devices and when each was last seen. */
export interface VisitorDetail extends Visitor {
  devices: Device[];
}

export interface VisitorPage {
  visitors: Visitor[];
  nextCursor: string | null;
}

export interface MetadataLimit {
  max: number;
  unit: "bytes" | "characters";
  overflow: "reject" | "truncate";
}

export interface Workspace {
  id: string;
  name: string;
  verificationMode: string;
  allowedOrigins: string[];
  metadataLimit: MetadataLimit;
  dialects: string[];
  maxDevicesPerVisitor: number;
  maxTokenLifetimeSeconds: number;
  publicKeysOnly: boolean;
  jwksUrl: string | null;
  createdAt: string;
}

export interface Contact {
  id: string;
  email: string;
  createdAt: string;
  visitorIds: string[];
}

export interface RotatedKey {
  signingSecret: string;
  signingKeyId: string;
  previousKeyValidUntil: string;
  previousKeys: Array<{ kid: string; validUntil: string }>;
}

/** The keys that verify now, by kid: never a secret. */
export interface SigningKeyList {
  active: { kid: string; createdAt: string };
  previous: Array<{ kid: string; validUntil: string }>;
}

export interface SignatureCheck {
  verifies: boolean;
  outcome: "verified-normal-form" | "matched-as-sent-only" | "no-match" | "malformed";
  form: "normalized" | "as-sent" | null;
  normalizedValue: string;
  key: { kid: string; status: "active" | "previous"; createdAt: string; validUntil: string | null } | null;
  detail: string;
}

/** One identity event of the audit log: what changed, when; `data` never holds a secret or an untrusted value. */
export interface IdentityEvent {
  id: string;
  type: string;
  workspaceId: string;
  visitorId: string | null;
  at: string;
  data: Record<string, unknown>;
}

/** A page of the audit log, oldest first; `nextCursor` is null once no later event is stored. */
export interface EventPage {
  events: IdentityEvent[];
  nextCursor: string | null;
}

/** A webhook endpoint, as listed: never its secret. */
export interface Webhook {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  createdAt: string;
  disabledAt: string | null;
}

/** A webhook just made: its secret is in this answer only. */
export interface CreatedWebhook {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  secret: string;
}

/** One event's delivery to one webhook; `lastError` is a short reason, never a response body. */
export interface Delivery {
  eventId: string;
  type: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  queuedAt: string;
  lastAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

/** A public key that verifies a backend's identity tokens, by kid. */
export interface PublicKey {
  kid: string;
  alg: string;
  jwk: Record<string, unknown>;
  createdAt: string;
}

/** Calls the API with the given credential; a 2xx answer's JSON (or null for 204), else an ApiError. */
export async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit",
      cache: "no-store",
    });
  } catch {
    throw new ApiError(0, "network", "The server could not be reached.", null);
  }
  if (response.status === 204) {
    return null as T;
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    const problem = (json ?? {}) as { code?: string; detail?: string; title?: string; field?: string };
    throw new ApiError(
      response.status,
      problem.code ?? "http-" + response.status,
      problem.detail ?? problem.title ?? `The server answered ${response.status}.`,
      problem.field ?? null,
    );
  }
  return json as T;
}

/** The workspace-scoped API of one signed-in session. */
export class WorkspaceApi {
  /** onRefused runs when the server refuses the session's key (401 unauthorized): it was rotated or revoked. */
  constructor(
    private readonly session: Session,
    private readonly onRefused: () => void,
  ) {}

  private path(rest: string): string {
    return `/v1/workspaces/${encodeURIComponent(this.session.workspaceId ?? "")}${rest}`;
  }

  private async call<T>(method: string, rest: string, body?: unknown): Promise<T> {
    try {
      return await call<T>(this.session.token, method, this.path(rest), body);
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === "unauthorized") {
        this.onRefused();
      }
      throw failure;
    }
  }

  workspace(): Promise<Workspace> {
    return this.call("GET", "");
  }

  changeSettings(patch: Partial<Workspace>): Promise<Workspace> {
    return this.call("PATCH", "", patch);
  }

  findVisitors(filter: Record<string, string>, cursor: string | null, limit = 20): Promise<VisitorPage> {
    const query = new URLSearchParams(filter);
    query.set("limit", String(limit));
    if (cursor) {
      query.set("cursor", cursor);
    }
    return this.call("GET", `/visitors?${query}`);
  }

  visitor(id: string): Promise<VisitorDetail> {
    return this.call("GET", `/visitors/${encodeURIComponent(id)}`);
  }

  eraseVisitor(id: string): Promise<null> {
    return this.call("DELETE", `/visitors/${encodeURIComponent(id)}`);
  }

  contact(id: string): Promise<Contact> {
    return this.call("GET", `/contacts/${encodeURIComponent(id)}`);
  }

  rotateKey(graceSeconds: number): Promise<RotatedKey> {
    return this.call("POST", "/signing-keys", { graceSeconds });
  }

  signingKeys(): Promise<SigningKeyList> {
    return this.call("GET", "/signing-keys");
  }

  revokeKey(kid: string): Promise<SigningKeyList> {
    return this.call("POST", `/signing-keys/${encodeURIComponent(kid)}/revoke`);
  }

  /** The audit log, oldest first, optionally one visitor's and one type's. */
  events(filter: { visitorId?: string; type?: string }, cursor: string | null, limit = 50): Promise<EventPage> {
    const query = new URLSearchParams();
    if (filter.visitorId) {
      query.set("visitorId", filter.visitorId);
    }
    if (filter.type) {
      query.set("type", filter.type);
    }
    query.set("limit", String(limit));
    if (cursor) {
      query.set("cursor", cursor);
    }
    return this.call("GET", `/events?${query}`);
  }

  webhooks(): Promise<{ webhooks: Webhook[] }> {
    return this.call("GET", "/webhooks");
  }

  createWebhook(url: string, events: string[]): Promise<CreatedWebhook> {
    return this.call("POST", "/webhooks", { url, events });
  }

  deleteWebhook(id: string): Promise<null> {
    return this.call("DELETE", `/webhooks/${encodeURIComponent(id)}`);
  }

  /** The delivery log of one webhook, newest first. */
  deliveries(id: string, limit = 50): Promise<{ deliveries: Delivery[]; nextCursor: string | null }> {
    return this.call("GET", `/webhooks/${encodeURIComponent(id)}/deliveries?limit=${limit}`);
  }

  publicKeys(): Promise<{ publicKeys: PublicKey[] }> {
    return this.call("GET", "/public-keys");
  }

  addPublicKey(kid: string, jwk: unknown): Promise<PublicKey> {
    return this.call("POST", "/public-keys", { kid, jwk });
  }

  deletePublicKey(kid: string): Promise<null> {
    return this.call("DELETE", `/public-keys/${encodeURIComponent(kid)}`);
  }

  checkSignature(claim: string, value: string, signature: string): Promise<SignatureCheck> {
    return this.call("POST", "/signature-checks", { claim, value, signature });
  }
}

export function listWorkspaces(token: string): Promise<{ workspaces: Workspace[] }> {
  return call(token, "GET", "/v1/workspaces");
}
