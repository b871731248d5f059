// Identity events in words: one short line per event, from what the API gives and nothing more.
import { IdentityEvent } from "./api";

/** Every event type, as a webhook may choose them. */
export const EVENT_TYPES = [
  "visitor.identified",
  "claim.verified",
  "visitor.merged",
  "device.switched",
  "claim.demoted",
  "verification.failed",
  "visitor.erased",
  "signing-key.rotated",
  "webhook.disabled",
];

const CLAIMS: Record<string, string> = {
  externalId: "external id",
  email: "email",
  phone: "phone",
  anonymousId: "anonymous id",
};

/** What each reason of a `verification.failed` event means. */
export const FAILURE_REASONS: Record<string, string> = {
  missing: "no signature was sent",
  malformed: "the signature is not 64 hex characters",
  mismatch: "the signature does not match this workspace's keys",
  "not-normalized": "the signature is over the value as sent, not its normalized form",
  expired: "the token or signature has expired",
  replayed: "the token was used before",
  "unknown-key": "the signature names a key this workspace does not have",
};

export function claimName(claim: unknown): string {
  return typeof claim === "string" ? CLAIMS[claim] ?? claim : "claim";
}

function text(value: unknown): string {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

/** One line saying what the event changed. */
export function summary(event: IdentityEvent): string {
  const data = event.data ?? {};
  switch (event.type) {
    case "visitor.identified": {
      const trust = (data.trust ?? {}) as Record<string, unknown>;
      const claims = Object.entries(trust)
        .filter(([, level]) => typeof level === "string")
        .map(([claim, level]) => `${claimName(claim)} ${text(level)}`);
      // `new` says the identify made the visitor record itself (not a device's first visit).
      const parts = [data.new === true ? "identified as a new visitor" : "identified"];
      if (typeof data.externalId === "string") {
        parts.push(`external id ${data.externalId}`);
      }
      if (typeof data.email === "string") {
        parts.push(`email ${data.email}`);
      }
      if (claims.length > 0) {
        parts.push(claims.join(", "));
      }
      if (typeof data.anonymousId === "string") {
        parts.push(`device ${data.anonymousId}`);
      }
      return parts.join("; ");
    }
    case "claim.verified":
      return `${claimName(data.claim)} proven by a signature${typeof data.externalId === "string" ? `: ${data.externalId}` : ""}`;
    case "visitor.merged":
      return `visitor ${text(data.absorbedVisitorId)} merged into ${text(data.keptVisitorId)}`;
    case "device.switched":
      return `device ${text(data.anonymousId)} moved from ${text(data.fromVisitorId)} to ${text(data.toVisitorId)}`;
    case "claim.demoted":
      return `${claimName(data.claim)} demoted to ${text(data.trust)}: visitor ${text(data.claimantVisitorId)} proved it`;
    case "verification.failed":
      return `${claimName(data.claim)}: ${text(data.reason)} (${text(data.mode)} mode)`;
    case "visitor.erased":
      return "erased";
    case "signing-key.rotated":
      return `signing key rotated; ${text(data.previousKeys)} previous key(s) verify for ${text(data.graceSeconds)} s`;
    case "webhook.disabled":
      return `webhook ${text(data.webhookId)} disabled, failing since ${text(data.failingSince)}`;
    default:
      return JSON.stringify(data);
  }
}
