// The demo page's script: what a site's own front end does with the SDK.
"use strict";

const result = document.getElementById("result");
const status = document.getElementById("status");
const details = document.getElementById("details");

function show(state, text, rows) {
  result.dataset.state = state;
  status.textContent = text;
  details.replaceChildren();
  for (const [name, value] of rows || []) {
    const term = document.createElement("dt");
    term.textContent = name;
    const description = document.createElement("dd");
    description.textContent = value;
    details.append(term, description);
  }
}

async function identifyTheDemoUser() {
  show("working", "Identifying\u2026");
  try {
    const session = await visitorIdentity.ready();
    // Your backend's part: sign the user's id with the workspace's signing secret.
    const signed = await fetch("/demo/signature", { method: "POST" }).then((response) => response.json());
    const identity = await visitorIdentity.identify({
      externalId: signed.externalId,
      name: signed.name,
      signatures: { externalId: signed.signature },
    });
    const verified = identity.hmacVerified && identity.claimTrust.externalId === "verified";
    show(verified ? "verified" : "unverified", verified ? "Verified: " + identity.name + " (" + identity.externalId + ")" : "Not verified", [
      ["visitor", identity.id],
      ["anonymous id", session.anonymousId],
      ["external id", identity.externalId + " (" + identity.claimTrust.externalId + ")"],
      ["hmacVerified", String(identity.hmacVerified)],
    ]);
  } catch (error) {
    show("failed", "Refused: " + error.code + " \u2014 " + error.message);
  }
}

async function logOut() {
  await visitorIdentity.reset();
  const session = await visitorIdentity.ready();
  show("anonymous", "Logged out: a new anonymous visitor", [
    ["visitor", session.visitorId],
    ["anonymous id", session.anonymousId],
  ]);
}

document.getElementById("identify").addEventListener("click", identifyTheDemoUser);
document.getElementById("reset").addEventListener("click", logOut);
identifyTheDemoUser();
