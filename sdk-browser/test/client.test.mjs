import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClient, VisitorIdentityError } from "../dist/index.js";
import { fakeServer, json, memoryStorage, problem, result, started, unreachable } from "./fake-server.mjs";

const SERVER = "https://id.example";
const client = (server, storage = memoryStorage(), more = {}) =>
  createClient({ server: SERVER + "/", workspace: "ws_1", fetch: server.fetch, storage, backoffMs: 1, ...more });

describe("a visitor", () => {
  it("is started once per browser, even by calls made at once, and kept under the workspace's key", async () => {
    const server = fakeServer(started(1));
    const storage = memoryStorage();
    const sdk = client(server, storage);

    const [first, second] = await Promise.all([sdk.ready(), sdk.ready()]);

    assert.deepEqual(first, { visitorId: "v_1", anonymousId: "anon_1" });
    assert.deepEqual(second, first);
    assert.equal(server.calls.length, 1);
    assert.equal(server.calls[0].url, "https://id.example/v1/workspaces/ws_1/visitors");
    assert.equal(server.calls[0].method, "POST");
    assert.equal(JSON.parse(storage.items.get("visitor-identity:ws_1")).visitorToken, "vt_1");
  });

  it("survives a reload: a new client on the same storage asks the server nothing", async () => {
    const storage = memoryStorage();
    await client(fakeServer(started(1)), storage).ready();
    const reloaded = fakeServer();

    assert.deepEqual(await client(reloaded, storage).ready(), { visitorId: "v_1", anonymousId: "anon_1" });
    assert.equal(reloaded.calls.length, 0);
  });

  it("is kept per workspace", async () => {
    const storage = memoryStorage();
    await client(fakeServer(started(1)), storage).ready();
    const other = createClient({ server: SERVER, workspace: "ws_2", fetch: fakeServer(started(2)).fetch, storage });

    assert.deepEqual(await other.ready(), { visitorId: "v_2", anonymousId: "anon_2" });
    assert.equal(JSON.parse(storage.items.get("visitor-identity:ws_1")).visitorToken, "vt_1");
    assert.equal(JSON.parse(storage.items.get("visitor-identity:ws_2")).visitorToken, "vt_2");
  });
});

describe("identify", () => {
  it("sends the native body with the visitor token, and tells the identified listeners", async () => {
    const server = fakeServer(started(1), result("v_1", "anon_1", { externalId: "user_123", hmacVerified: true }));
    const sdk = client(server);
    const heard = [];
    sdk.on("identified", (answer) => heard.push(answer.externalId));
    const claims = { externalId: "user_123", name: "Jane", signatures: { externalId: "ab".repeat(32) } };

    const answer = await sdk.identify(claims);

    assert.equal(answer.hmacVerified, true);
    assert.deepEqual(heard, ["user_123"]);
    const call = server.calls[1];
    assert.equal(call.url, "https://id.example/v1/workspaces/ws_1/identify");
    assert.equal(call.headers.Authorization, "Bearer vt_1");
    assert.equal(call.headers["Content-Type"], "application/json");
    assert.deepEqual(call.body, claims);
  });

  it("follows the device to the visitor the answer names (a switch)", async () => {
    const server = fakeServer(started(1), result("v_9", "anon_1"));
    const sdk = client(server);

    await sdk.identify({ externalId: "user_9" });

    assert.deepEqual(await sdk.ready(), { visitorId: "v_9", anonymousId: "anon_1" });
  });

  it("keeps a rotated visitorToken from the answer, and does not hand it to the page", async () => {
    const storage = memoryStorage();
    const server = fakeServer(started(1), result("v_2", "anon_1", { visitorToken: "vt_rotated" }), result("v_2", "anon_1"));
    const sdk = client(server, storage);

    const answer = await sdk.identify({ externalId: "user_2" });
    await sdk.me();

    assert.equal("visitorToken" in answer, false);
    assert.equal(server.calls[2].headers.Authorization, "Bearer vt_rotated");
  });

  it("keeps a rotated token from the X-Visitor-Token header of a dialect's answer", async () => {
    const server = fakeServer(started(1), () => json(200, { ok: true }, { "X-Visitor-Token": "vt_header" }), result("v_1", "anon_1"));
    const sdk = client(server);

    await sdk.send("POST", "/compat/chatbase/ws_1/identify", { user_id: "u" });
    await sdk.me();

    assert.equal(server.calls[2].headers.Authorization, "Bearer vt_header");
  });
});

describe("errors", () => {
  it("reject with an Error whose code is the problem's code, and reach the error listeners", async () => {
    const server = fakeServer(started(1), problem(401, "signature-required", "externalId needs its signature"));
    const sdk = client(server);
    const heard = [];
    sdk.on("error", (error) => heard.push(error.code));

    const error = await sdk.identify({ externalId: "user_123" }).catch((e) => e);

    assert.ok(error instanceof Error);
    assert.ok(error instanceof VisitorIdentityError);
    assert.equal(error.code, "signature-required");
    assert.equal(error.status, 401);
    assert.equal(error.message, "externalId needs its signature");
    assert.deepEqual(heard, ["signature-required"]);
  });

  it("are never retried when the server answered 4xx or 5xx", async () => {
    for (const [status, code] of [[400, "invalid-field"], [429, "too-many-requests"], [503, "unavailable"]]) {
      const server = fakeServer(started(1), problem(status, code));
      const error = await client(server).identify({}).catch((e) => e);

      assert.equal(error.code, code);
      assert.equal(server.calls.length, 2, `${status} was retried`);
    }
  });

  it("without a problem body still carry a code", async () => {
    const server = fakeServer(started(1), () => new Response("<html>bad gateway</html>", { status: 502 }));

    assert.equal((await client(server).me().catch((e) => e)).code, "http-502");
  });

  it("the listener's own failure does not change the caller's answer", async () => {
    const sdk = client(fakeServer(started(1), problem(404, "not-found")));
    sdk.on("error", () => {
      throw new Error("listener bug");
    });

    assert.equal((await sdk.me().catch((e) => e)).code, "not-found");
  });
});

describe("network errors", () => {
  it("are retried with backoff until an answer comes", async () => {
    const server = fakeServer(unreachable, unreachable, started(1));

    assert.deepEqual(await client(server).ready(), { visitorId: "v_1", anonymousId: "anon_1" });
    assert.equal(server.calls.length, 3);
  });

  it("give up after the configured retries with code network-error", async () => {
    const server = fakeServer(unreachable, unreachable, unreachable);

    const error = await client(server, memoryStorage(), { retries: 2 }).ready().catch((e) => e);

    assert.equal(error.code, "network-error");
    assert.equal(server.calls.length, 3);
  });
});

describe("an ended session", () => {
  for (const code of ["session-expired", "session-revoked", "unauthorized"]) {
    it(`(${code}) starts a new visitor by itself and tries the call once more`, async () => {
      const storage = memoryStorage();
      const server = fakeServer(started(1), problem(401, code), started(2), result("v_2", "anon_2"));
      const sdk = client(server, storage);
      await sdk.ready();

      const answer = await sdk.me();

      assert.equal(answer.id, "v_2");
      assert.equal(server.calls[3].headers.Authorization, "Bearer vt_2");
      assert.equal(JSON.parse(storage.items.get("visitor-identity:ws_1")).visitorToken, "vt_2");
    });
  }

  it("is not restarted while a call under the same token may still bring its rotated successor", async () => {
    const storage = memoryStorage();
    let answerIdentify;
    const identifyAnswered = new Promise((answer) => (answerIdentify = answer));
    const server = fakeServer(
      started(1),
      () => identifyAnswered, // a switch: the server rotates vt_1, but its answer is still on its way
      problem(401, "session-revoked"), // me() under vt_1, refused after the rotation
      result("v_2", "anon_1", { externalId: "user_2" }),
    );
    const sdk = client(server, storage);
    await sdk.ready();

    const identified = sdk.identify({ externalId: "user_2" });
    const me = sdk.me();
    while (server.calls.length < 3) await new Promise((next) => setImmediate(next));
    await new Promise((next) => setImmediate(next));
    answerIdentify(result("v_2", "anon_1", { externalId: "user_2", visitorToken: "vt_rotated" })());

    assert.equal((await identified).externalId, "user_2");
    assert.equal((await me).externalId, "user_2");
    assert.equal(server.calls[3].headers.Authorization, "Bearer vt_rotated");
    assert.equal(JSON.parse(storage.items.get("visitor-identity:ws_1")).visitorToken, "vt_rotated");
  });

  it("is restarted only once: a second refusal reaches the page", async () => {
    const server = fakeServer(started(1), problem(401, "session-expired"), started(2), problem(401, "session-revoked"));

    assert.equal((await client(server).me().catch((e) => e)).code, "session-revoked");
    assert.equal(server.pending(), 0);
  });
});

describe("reset", () => {
  it("revokes the session on the server, then forgets the token: the next call starts a new visitor", async () => {
    const storage = memoryStorage();
    const server = fakeServer(started(1), () => new Response(null, { status: 204 }), started(2));
    const sdk = client(server, storage);
    await sdk.ready();

    await sdk.reset();

    assert.equal(server.calls[1].method, "DELETE");
    assert.equal(server.calls[1].url, "https://id.example/v1/workspaces/ws_1/visitors/me/session");
    assert.equal(server.calls[1].headers.Authorization, "Bearer vt_1");
    assert.equal(storage.items.has("visitor-identity:ws_1"), false);
    assert.deepEqual(await sdk.ready(), { visitorId: "v_2", anonymousId: "anon_2" });
  });

  for (const status of [404, 405]) {
    it(`tolerates a server without logout (${status})`, async () => {
      const sdk = client(fakeServer(started(1), problem(status, "not-found"), started(2)));
      const heard = [];
      sdk.on("error", (error) => heard.push(error));
      await sdk.ready();

      await sdk.reset();

      assert.deepEqual(heard, []);
      assert.equal((await sdk.ready()).visitorId, "v_2");
    });
  }

  it("forgets the token even when the server could not revoke it, and says so to the error listeners", async () => {
    const sdk = client(fakeServer(started(1), unreachable, started(2)));
    const heard = [];
    sdk.on("error", (error) => heard.push(error.code));
    await sdk.ready();

    await sdk.reset();

    assert.deepEqual(heard, ["network-error"]);
    assert.equal((await sdk.ready()).visitorId, "v_2");
  });

  it("does nothing without a visitor", async () => {
    const server = fakeServer();

    await client(server).reset();

    assert.equal(server.calls.length, 0);
  });
});

describe("context and me", () => {
  it("read the session's own endpoints", async () => {
    const server = fakeServer(started(1), result("v_1", "anon_1"), () => json(200, { visitorId: "v_1", externalId: null }));
    const sdk = client(server);

    await sdk.me();
    const context = await sdk.context();

    assert.equal(server.calls[1].url, "https://id.example/v1/workspaces/ws_1/visitors/me");
    assert.equal(server.calls[2].url, "https://id.example/v1/workspaces/ws_1/visitors/me/context");
    assert.equal(context.externalId, null);
  });
});

describe("the module's own client", () => {
  it("is set up by configure() and used by the exported functions", async () => {
    const { configure, ready, identify, on } = await import("../dist/index.js");
    const server = fakeServer(started(1), result("v_1", "anon_1", { externalId: "user_1" }));
    configure({ server: SERVER, workspace: "ws_1", fetch: server.fetch, storage: memoryStorage() });
    const heard = [];
    on("identified", (answer) => heard.push(answer.externalId));

    assert.deepEqual(await ready(), { visitorId: "v_1", anonymousId: "anon_1" });
    assert.equal((await identify({ externalId: "user_1" })).externalId, "user_1");
    assert.deepEqual(heard, ["user_1"]);
  });
});
