// A scripted stand-in for the server: each call is recorded, and answered by the next handler.
export function fakeServer(...handlers) {
  const calls = [];
  const fetch = async (url, init) => {
    const call = { url, method: init.method, headers: init.headers, body: init.body === undefined ? undefined : JSON.parse(init.body) };
    calls.push(call);
    const handler = handlers.shift();
    if (!handler) throw new Error(`unexpected call ${init.method} ${url}`);
    return handler(call);
  };
  return { fetch, calls, pending: () => handlers.length };
}

export const json = (status, body, headers = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

export const problem = (status, code, detail = code) => () =>
  new Response(JSON.stringify({ code, title: code, status, detail }), {
    status,
    headers: { "Content-Type": "application/problem+json" },
  });

export const started = (n) => () => json(201, { visitorId: `v_${n}`, anonymousId: `anon_${n}`, visitorToken: `vt_${n}` });

export const result = (id, anonymousId, more = {}) => () =>
  json(200, { id, anonymousUserId: anonymousId, externalId: null, hmacVerified: false, ...more });

export const unreachable = () => {
  throw new TypeError("Failed to fetch");
};

export function memoryStorage() {
  const items = new Map();
  return {
    items,
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
  };
}
