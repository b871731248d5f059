import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClient } from "../dist/index.js";
import { installBotbrains, installChatbase, installChatSdk, installNexvio, installRepai } from "../dist/shims.js";
import { fakeServer, json, memoryStorage, problem, started } from "./fake-server.mjs";

const ok = () => json(200, { id: "v_1", anonymousUserId: "anon_1" });
const sdkOn = (server) =>
  createClient({ server: "https://id.example", workspace: "ws_1", fetch: server.fetch, storage: memoryStorage(), backoffMs: 1 });
const bodies = (server) => server.calls.slice(1).map((call) => [call.url.replace("https://id.example", ""), call.body]);
const settled = () => new Promise((resume) => setTimeout(resume, 20));

/** What a vendor's stub leaves behind: a function that queues its arguments in `.q`. */
function queueStub() {
  const stub = (...args) => (stub.q = stub.q || []).push(args);
  return stub;
}

describe("the Chatbase shim", () => {
  it("identifies chatbaseUserConfig first, then replays the stub's queue in order, then takes live calls", async () => {
    const server = fakeServer(started(1), ok, ok, ok, ok);
    const page = { chatbaseUserConfig: { user_id: "u_0", user_hash: "h0" }, chatbase: queueStub() };
    page.chatbase("getState");
    page.chatbase("identify", { user_id: "u_1", user_hash: "h1", user_metadata: { plan: "pro" } });
    page.chatbase("identify", { user_id: "u_2", user_hash: "h2" });

    installChatbase(sdkOn(server), page);
    await page.chatbase.identify({ user_id: "u_3", user_hash: "h3" });

    assert.equal(page.chatbase("getState"), "initialized");
    assert.deepEqual(bodies(server), [
      ["/compat/chatbase/ws_1/identify", { user_id: "u_0", user_hash: "h0" }],
      ["/compat/chatbase/ws_1/identify", { user_id: "u_1", user_hash: "h1", user_metadata: { plan: "pro" } }],
      ["/compat/chatbase/ws_1/identify", { user_id: "u_2", user_hash: "h2" }],
      ["/compat/chatbase/ws_1/identify", { user_id: "u_3", user_hash: "h3" }],
    ]);
  });

  it("sends a failed replayed call to the error listeners, and goes on with the next", async () => {
    const server = fakeServer(started(1), problem(401, "signature-invalid"), ok);
    const sdk = sdkOn(server);
    const heard = [];
    sdk.on("error", (error) => heard.push(error.code));
    const page = { chatbase: queueStub() };
    page.chatbase("identify", { user_id: "u_1", user_hash: "bad" });
    page.chatbase("identify", { user_id: "u_2", user_hash: "good" });

    installChatbase(sdk, page);
    await settled();

    assert.deepEqual(heard, ["signature-invalid"]);
    assert.equal(server.pending(), 0);
  });
});

describe("the Nexvio shim", () => {
  it("reads nexvioUserConfig and calls Nexvio's own mount", async () => {
    const server = fakeServer(started(1), ok);
    const page = { nexvioUserConfig: { user_id: "u_1", user_hash: "h1" } };

    installNexvio(sdkOn(server), page);
    await settled();

    assert.deepEqual(bodies(server), [["/compat/nexvio/ws_1/identify", { user_id: "u_1", user_hash: "h1" }]]);
    assert.equal(typeof page.nexvio, "function");
  });
});

describe("the Rep.ai shim", () => {
  it("replays RepAI.q in order and sends id, data and hash as one object", async () => {
    const server = fakeServer(started(1), ok, ok);
    const page = { RepAI: queueStub() };
    page.RepAI("identify", 123, { email: "jessie@example.com" }, "hash1");

    installRepai(sdkOn(server), page);
    await page.RepAI("identify", undefined, { email: "x@example.com" });

    assert.deepEqual(bodies(server), [
      ["/compat/repai/ws_1/identify", { id: 123, data: { email: "jessie@example.com" }, hash: "hash1" }],
      ["/compat/repai/ws_1/identify", { data: { email: "x@example.com" } }],
    ]);
  });
});

describe("the botBrains shim", () => {
  it("replays the $botbrains array, ignoring the widget's own commands, and answers later pushes", async () => {
    const server = fakeServer(started(1), ok, ok, ok);
    const page = { $botbrains: [] };
    page.$botbrains.push(["set", "config", { frameId: "frame" }]);
    page.$botbrains.push(["do", "user.identify", ["user_1", { email: "liam@example.com", external_id_signature: "s1" }]]);

    installBotbrains(sdkOn(server), page);
    page.$botbrains.push(["do", "chat.hide"], ["do", "user.identify", ["user_2", { external_attributes: { plan: "basic" } }]]);
    await page.botbrains("user.identify", { external_id: "user_3" });

    assert.deepEqual(bodies(server), [
      ["/compat/botbrains/ws_1/user.identify", { external_id: "user_1", email: "liam@example.com", external_id_signature: "s1" }],
      ["/compat/botbrains/ws_1/user.identify", { external_id: "user_2", external_attributes: { plan: "basic" } }],
      ["/compat/botbrains/ws_1/user.identify", { external_id: "user_3" }],
    ]);
  });
});

describe("the chat SDK shim", () => {
  it("resolves to the SDK's result and rejects with its words and the problem's code", async () => {
    const server = fakeServer(started(1), () => json(200, { id: "v_1", anonymousUserId: "anon_1", hmacVerified: true }),
      problem(401, "signature-required", "HMAC verification failed"));
    const page = {};
    installChatSdk(sdkOn(server), page);
    const chat = page.getSdkApi();

    assert.equal((await chat.identify({ externalId: "user_1", hmac: "h" })).hmacVerified, true);
    const error = await chat.identify({ externalId: "user_1" }).catch((e) => e);

    assert.equal(error.message, "HMAC verification failed");
    assert.equal(error.code, "signature-required");
    assert.equal(server.calls[1].url, "https://id.example/compat/chatsdk/ws_1/identify");
  });
});
