// Each vendor shim under the vendor's own front-end snippet, unchanged but for the one line that
// loads our script instead of the vendor's, including the calls the page made before it loaded.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eventually, hmac, launchChromium, newPage, newWorkspace, pageLine, startSite, visitorsWithExternalId } from "./harness.mjs";

let browser;
let site;

before(async () => {
  browser = await launchChromium();
  site = await startSite();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const html = (head, body = "") =>
  `<!doctype html><html><head><meta charset="utf-8"><title>shop</title>${head}</head><body><h1>Shop</h1>${body}</body></html>`;

/** The session's identity, read through the SDK the shim rides on. */
const me = (page) => page.evaluate(() => visitorIdentity.me());

/** Chatbase's embed snippet as Chatbase ships it (its script.src on a line of its own). */
const CHATBASE_SNIPPET = `<script>
(function(){if(!window.chatbase||window.chatbase("getState")!=="initialized"){window.chatbase=(...arguments)=>{if(!window.chatbase.q){window.chatbase.q=[]}window.chatbase.q.push(arguments)};window.chatbase=new Proxy(window.chatbase,{get(target,prop){if(prop==="q"){return target.q}return(...args)=>target(prop,...args)}})}const onLoad=function(){const script=document.createElement("script");
script.src="https://www.chatbase.co/embed.min.js";
script.id="YOUR_BOT_ID";script.domain="www.chatbase.co";document.body.appendChild(script)};if(document.readyState==="complete"){onLoad()}else{window.addEventListener("load",onLoad)}})();
</script>`;

/** A vendor's snippet with its one line replaced by the line docs/dialects.md gives. */
function switched(snippet, vendorLine, ourLine) {
  assert.ok(snippet.includes(vendorLine), `the snippet has the line ${vendorLine}`);
  return snippet.replace(vendorLine, ourLine);
}

const chatbaseSnippet = (workspace) =>
  switched(CHATBASE_SNIPPET, 'script.src="https://www.chatbase.co/embed.min.js";', pageLine("## Chatbase", workspace));

describe("the Chatbase shim", () => {
  it("identifies chatbaseUserConfig at load, then the call queued before load, in that order", async () => {
    const workspace = await newWorkspace({ verificationMode: "required" });
    const page = await newPage(browser);
    const url = site.page("/chatbase.html", html(
      `<script>
window.chatbaseUserConfig = {
    user_id: "cb_first",
    user_hash: "${hmac(workspace.secret, "cb_first")}", // this is the hash of the user_id, should be generated on the server
      user_metadata: {
        "name": "John Doe",
        "email": "john@example.com",
        "company": "Acme Inc",
      }
}
</script>` + chatbaseSnippet(workspace),
      `<script>
window.chatbase("identify", {
  user_id: "cb_second",
  user_hash: "${hmac(workspace.secret, "cb_second")}", // this is the hash of the user_id, should be generated on the server
  user_metadata: { "plan": "pro" },
});
</script>`));
    await page.goto(url);

    const identity = await eventually(async () => {
      const current = await page.evaluate(() => window.visitorIdentity && visitorIdentity.me());
      return current && current.externalId === "cb_second" && current;
    }, "the queued identify ran");
    assert.equal(identity.claimTrust.externalId, "verified");
    assert.deepEqual(identity.metadata, { plan: "pro" });
    assert.equal((await visitorsWithExternalId(workspace, "cb_first")).length, 1, "the user config was identified first");
    assert.equal(await page.evaluate(() => window.chatbase("getState")), "initialized");
    assert.deepEqual(page.uncaught, []);
  });

  it("takes window.chatbase(\"identify\", ...) after load, and a wrong hash is refused in required mode", async () => {
    const workspace = await newWorkspace({ verificationMode: "required" });
    const page = await newPage(browser);
    await page.goto(site.page("/chatbase-late.html", html(chatbaseSnippet(workspace))));
    await page.waitForFunction(() => window.visitorIdentity);

    const outcome = await page.evaluate(() => new Promise((resolve) => {
      visitorIdentity.on("error", (error) => resolve(error.code));
      window.chatbase("identify", { user_id: "cb_1", user_hash: "0".repeat(64) });
    }));

    assert.equal(outcome, "signature-invalid");
  });
});

describe("the Nexvio shim", () => {
  it("identifies nexvioUserConfig at load, then the queued call", async () => {
    const workspace = await newWorkspace({ verificationMode: "required" });
    const page = await newPage(browser);
    const snippet = switched(
      CHATBASE_SNIPPET.replaceAll("chatbase", "nexvio"),
      'script.src="https://www.nexvio.co/embed.min.js";',
      pageLine("## Nexvio", workspace),
    );
    await page.goto(site.page("/nexvio.html", html(
      `<script>window.nexvioUserConfig = { user_id: "nx_first", user_hash: "${hmac(workspace.secret, "nx_first")}" };</script>` + snippet,
      `<script>window.nexvio("identify", { user_id: "nx_second", user_hash: "${hmac(workspace.secret, "nx_second")}" });</script>`)));

    const identity = await eventually(async () => {
      const current = await page.evaluate(() => window.visitorIdentity && visitorIdentity.me());
      return current && current.externalId === "nx_second" && current;
    }, "the queued identify ran");
    assert.equal(identity.claimTrust.externalId, "verified");
    assert.equal((await visitorsWithExternalId(workspace, "nx_first")).length, 1);
  });
});

describe("the Rep.ai shim", () => {
  it("replays RepAI(\"identify\", id, data, hash) called before the script loaded", async () => {
    const workspace = await newWorkspace({ verificationMode: "required" });
    const hash = hmac(workspace.secret, JSON.stringify({ id: "123", email: "jessie@example.com" }));
    const page = await newPage(browser);
    await page.goto(site.page("/repai.html", html(
      `<script>window.RepAI = window.RepAI || function () { (window.RepAI.q = window.RepAI.q || []).push(arguments); };</script>
${pageLine("## Rep.ai", workspace)}`,
      `<script>
RepAI("identify",
  123, // String or integer, replace with your own custom unique value
  {
    email: "jessie@example.com", // REQUIRED: Required to create or associate a contact with the visitor.
    displayName: "Jessie", // Changes the name of the visitor in the dashboard
    avatar: "https://example.com/avatar.png", // Changes the avatar of the visitor in the dashboard
    tag: "PAID_PLAN", // or "NEW_PLAN" or "TRIAL_PLAN": Adds an icon next to the visitor name in the dashboard
    anyDataYouWant: "hotdogs", // Any other custom data can be added as well
  },
  "${hash}",
);
</script>`)));

    const identity = await eventually(async () => {
      const current = await page.evaluate(() => window.visitorIdentity && visitorIdentity.me());
      return current && current.externalId === "123" && current;
    }, "the queued identify ran");
    assert.equal(identity.email, "jessie@example.com");
    assert.equal(identity.name, "Jessie");
    assert.equal(identity.claimTrust.externalId, "verified");
    assert.equal(identity.metadata.anyDataYouWant, "hotdogs");
  });
});

describe("the botBrains shim", () => {
  it("replays the $botbrains queue of the documented snippet, whose loader is a module script", async () => {
    const workspace = await newWorkspace({ verificationMode: "required" });
    const page = await newPage(browser);
    await page.goto(site.page("/botbrains.html", html(`<script type="text/javascript">
  $botbrains = [];
  $botbrains.push(["set", "config", {
      frameId: 'YOUR_FRAME_ID',
  }]);
  (function(){d = document;s = d.createElement('script');s.src = 'https://chat.botbrains.io/loader.js';s.type = 'module';s.async = 1;d.getElementsByTagName('head')[0].appendChild(s);})();
</script>`.replace("s.src = 'https://chat.botbrains.io/loader.js';", pageLine("## botBrains", workspace)), `<script>
$botbrains.push(["do", "user.identify", ["user_01234567890", {
	email: "liam@example.com",
	phone: "+4915168433056",
	external_id_signature: "${hmac(workspace.secret, "user_01234567890")}",
	email_signature: "${hmac(workspace.secret, "liam@example.com")}",
	external_attributes: {
		"plan": "basic",
		"joined_on": "2024-01-01"
	}
}]]);
</script>`)));

    const identity = await eventually(async () => {
      const current = await page.evaluate(() => window.visitorIdentity && visitorIdentity.me());
      return current && current.externalId === "user_01234567890" && current;
    }, "the queued identify ran");
    assert.equal(identity.claimTrust.externalId, "verified");
    assert.equal(identity.claimTrust.email, "verified");
    assert.equal(identity.claimTrust.phone, "unverified");
    assert.deepEqual(identity.metadata, { plan: "basic", joined_on: "2024-01-01" });
  });
});

describe("the chat SDK shim", () => {
  it("resolves getSdkApi().identify to the SDK's result, and rejects an unsigned call with \"HMAC verification failed\"", async () => {
    const workspace = await newWorkspace({ verificationMode: "required" });
    site.backendSigns(workspace);
    const page = await newPage(browser);
    await page.goto(site.page("/chatsdk.html", html(
      pageLine("## Chat SDK", workspace))));

    const outcome = await page.evaluate(async (ws) => {
      const { anonymousId } = await visitorIdentity.ready();
      const hmac = await fetch(`/backend/sign?ws=${ws}&value=${anonymousId}`).then((r) => r.text());
      const chat = getSdkApi();
      const signed = await chat.identify({
        name: "Jane Doe",
        email: "jane@example.com",
        externalId: "user_123",
        metadata: {
          plan: "premium",
          signupDate: "2025-01-15",
        },
        hmac,
      });
      const refused = await chat.identify({ name: "Mallory" }).catch((error) => ({ message: error.message, code: error.code }));
      return { signed, refused, anonymousId };
    }, workspace.id);

    assert.equal(outcome.signed.hmacVerified, true);
    assert.equal(outcome.signed.externalId, "user_123");
    assert.equal(outcome.signed.anonymousUserId, outcome.anonymousId);
    assert.equal("claimTrust" in outcome.signed, false, "the SDK's own result shape");
    assert.deepEqual(outcome.refused, { message: "HMAC verification failed", code: "signature-required" });
  });
});
