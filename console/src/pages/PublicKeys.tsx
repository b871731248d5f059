import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, PublicKey, WorkspaceApi } from "../api";
import { when } from "../format";
import { Confirmation, ErrorMessage, Loading, PageHeading } from "../parts";

/** The public keys a backend's identity tokens are verified with: list, register a JWK, remove one. */
export function PublicKeys({ api }: { api: WorkspaceApi }) {
  const [keys, setKeys] = useState<PublicKey[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function load() {
    api
      .publicKeys()
      .then((answer) => setKeys(answer.publicKeys))
      .catch(setLoadError);
  }

  useEffect(load, []);

  return (
    <main id="main">
      <PageHeading>Public keys</PageHeading>
      <section class="panel" aria-labelledby="public-keys-heading">
        <h2 id="public-keys-heading">Keys that verify identity tokens</h2>
        <p>
          Your backend signs identity tokens (RS256, ES256 or EdDSA) with its private key; the server verifies them with
          the public key registered under the token's <code>kid</code>.
        </p>
        <ErrorMessage error={loadError} />
        {notice ? (
          <p role="status" id="public-key-notice">
            {notice}
          </p>
        ) : null}
        {keys === null ? (
          loadError ? null : <Loading />
        ) : keys.length === 0 ? (
          <p class="muted">No public key registered.</p>
        ) : (
          <ul class="plain keys" id="public-keys">
            {keys.map((key) => (
              <PublicKeyItem
                key={key.kid}
                api={api}
                publicKey={key}
                onRemoved={() => {
                  setNotice(`Key ${key.kid} was removed: tokens signed with it no longer verify.`);
                  load();
                }}
              />
            ))}
          </ul>
        )}
      </section>
      <AddPublicKey
        api={api}
        onAdded={(key) => {
          setNotice(`Key ${key.kid} (${key.alg}) was registered.`);
          load();
        }}
      />
    </main>
  );
}

function PublicKeyItem({
  api,
  publicKey,
  onRemoved,
}: {
  api: WorkspaceApi;
  publicKey: PublicKey;
  onRemoved: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <li data-kid={publicKey.kid}>
      <code>{publicKey.kid}</code> <span class="badge badge-neutral">{publicKey.alg}</span>
      <span class="since">since {when(publicKey.createdAt)}</span>
      <button
        type="button"
        class="danger"
        onClick={() => dialog.current?.showModal()}
      >
        Remove <span class="visually-hidden">key {publicKey.kid}</span>…
      </button>
      <Confirmation
        dialog={dialog}
        id={`remove-${publicKey.kid}`}
        title={`Remove key ${publicKey.kid}?`}
        action="Remove for good"
        act={async () => {
          await api.deletePublicKey(publicKey.kid);
          onRemoved();
        }}
      >
        Tokens signed with this key stop verifying at once.
      </Confirmation>
    </li>
  );
}

function AddPublicKey({ api, onAdded }: { api: WorkspaceApi; onAdded: (key: PublicKey) => void }) {
  const [kid, setKid] = useState("");
  const [jwk, setJwk] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function add(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      let parsed: unknown;
      try {
        parsed = JSON.parse(jwk);
      } catch {
        throw new ApiError(400, "invalid-field", "the JWK is not JSON: paste the public key's JSON object", "jwk");
      }
      onAdded(await api.addPublicKey(kid.trim(), parsed));
      setKid("");
      setJwk("");
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, "failed", String(failure), null));
    } finally {
      setBusy(false);
    }
  }

  const problem = (field: string) => (error?.field === field ? error.detail : null);
  return (
    <section class="panel" aria-labelledby="add-public-key-heading">
      <h2 id="add-public-key-heading">Register a public key</h2>
      <form onSubmit={add} noValidate>
        <div class={`field ${problem("kid") ? "invalid" : ""}`}>
          <label for="public-key-kid">Key id (kid)</label>
          <input
            id="public-key-kid"
            spellcheck={false}
            autocomplete="off"
            value={kid}
            aria-invalid={problem("kid") !== null}
            aria-describedby={problem("kid") ? "public-key-kid-problem" : undefined}
            onInput={(e) => setKid(e.currentTarget.value)}
          />
          {problem("kid") ? (
            <p id="public-key-kid-problem" class="field-problem">
              {problem("kid")}
            </p>
          ) : null}
        </div>
        <div class={`field ${problem("jwk") ? "invalid" : ""}`}>
          <label for="public-key-jwk">Public JWK</label>
          <textarea
            id="public-key-jwk"
            rows={6}
            spellcheck={false}
            value={jwk}
            aria-invalid={problem("jwk") !== null}
            aria-describedby={problem("jwk") ? "public-key-jwk-hint public-key-jwk-problem" : "public-key-jwk-hint"}
            onInput={(e) => setJwk(e.currentTarget.value)}
          />
          <p id="public-key-jwk-hint" class="hint">
            The JSON object of the public key only (RSA of 2048 bits or more, EC P-256 or Ed25519): a private member
            is refused.
          </p>
          {problem("jwk") ? (
            <p id="public-key-jwk-problem" class="field-problem">
              {problem("jwk")}
            </p>
          ) : null}
        </div>
        {error && !["kid", "jwk"].includes(error.field ?? "") ? <ErrorMessage error={error} /> : null}
        <button type="submit" class="primary" disabled={busy}>
          Register the key
        </button>
      </form>
    </section>
  );
}
