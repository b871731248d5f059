import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, RotatedKey, SigningKeyList, WorkspaceApi } from "../api";
import { when } from "../format";
import { Confirmation, ErrorMessage, PageHeading } from "../parts";

/**
 * The keys that verify now, each previous one revocable at once; rotate the signing key with a grace:
 * the previous key keeps verifying until the grace ends.
 */
export function SigningKeys({ api }: { api: WorkspaceApi }) {
  const [grace, setGrace] = useState("86400");
  const [rotated, setRotated] = useState<RotatedKey | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [keys, setKeys] = useState<SigningKeyList | null>(null);
  const [keysError, setKeysError] = useState<unknown>(null);

  function loadKeys() {
    api.signingKeys().then(setKeys).catch(setKeysError);
  }

  useEffect(loadKeys, []);

  async function rotate(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setRotated(null);
    try {
      const seconds = Number(grace.trim());
      if (!/^\d+$/.test(grace.trim())) {
        throw new ApiError(400, "invalid-field", "the grace is a whole number of seconds, 0 or more", "graceSeconds");
      }
      setRotated(await api.rotateKey(seconds));
      loadKeys();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, "failed", String(failure), null));
    } finally {
      setBusy(false);
    }
  }

  const graceRefused = error?.field === "graceSeconds";
  return (
    <main id="main">
      <PageHeading>Signing keys</PageHeading>
      <KeysThatVerify keys={keys} error={keysError} api={api} onRevoked={setKeys} />
      <section class="panel" aria-labelledby="rotate-heading">
        <h2 id="rotate-heading">Rotate the signing key</h2>
        <p>
          A new secret becomes the active key at once. The current one keeps verifying for the grace, so your
          backends can move to the new secret without a failed identify; a grace of 0 retires every older key now.
        </p>
        <form onSubmit={rotate} noValidate>
          <div class={`field ${graceRefused ? "invalid" : ""}`}>
            <label for="rotate-grace">Grace, in seconds</label>
            <input
              id="rotate-grace"
              inputMode="numeric"
              value={grace}
              aria-invalid={graceRefused}
              aria-describedby={graceRefused ? "rotate-grace-hint rotate-grace-problem" : "rotate-grace-hint"}
              onInput={(e) => setGrace(e.currentTarget.value)}
            />
            <p id="rotate-grace-hint" class="hint">
              86400 is a day.
            </p>
            {graceRefused ? (
              <p id="rotate-grace-problem" class="field-problem">
                {error?.detail}
              </p>
            ) : null}
          </div>
          {error && !graceRefused ? <ErrorMessage error={error} /> : null}
          <button type="submit" class="primary" disabled={busy}>
            Rotate the key
          </button>
        </form>
        {rotated ? (
          <div class="result" role="status" id="rotated">
            <p>
              <strong>The key was rotated.</strong> Copy the new signing secret to your backends now: it is shown this
              once.
            </p>
            <p>
              <label for="new-secret">New signing secret</label>
              <input id="new-secret" class="secret" readOnly value={rotated.signingSecret} onFocus={selectAll} />
            </p>
            <p>
              Its key id is <code>{rotated.signingKeyId}</code>.{" "}
              {rotated.previousKeys.length === 0
                ? "No previous key verifies any more."
                : `The previous key verifies until ${when(rotated.previousKeyValidUntil)}.`}
            </p>
            {rotated.previousKeys.length > 0 ? (
              <>
                <h3>Previous keys that still verify</h3>
                <ul class="plain" id="previous-keys">
                  {rotated.previousKeys.map((key) => (
                    <li key={key.kid}>
                      <code>{key.kid}</code> until {when(key.validUntil)}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
      </section>
    </main>
  );
}

/** The active key and the previous ones in their grace; a previous one may be revoked, after a confirmation. */
function KeysThatVerify({
  keys,
  error,
  api,
  onRevoked,
}: {
  keys: SigningKeyList | null;
  error: unknown;
  api: WorkspaceApi;
  onRevoked: (keys: SigningKeyList) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [doomed, setDoomed] = useState<string | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);

  function confirm(kid: string) {
    setDoomed(kid);
    dialog.current?.showModal();
  }

  async function revoke() {
    if (doomed !== null) {
      onRevoked(await api.revokeKey(doomed));
      setRevoked(doomed);
    }
  }

  return (
    <section class="panel" aria-labelledby="keys-heading">
      <h2 id="keys-heading">Keys that verify now</h2>
      <ErrorMessage error={error} />
      {keys === null ? null : (
        <ul class="plain keys" id="signing-keys">
          <li data-kid={keys.active.kid}>
            <code>{keys.active.kid}</code> <span class="badge badge-verified">active</span>
            <span class="since">since {when(keys.active.createdAt)}; retire it by rotating</span>
          </li>
          {keys.previous.map((key) => (
            <li key={key.kid} data-kid={key.kid}>
              <code>{key.kid}</code> <span class="badge badge-trusted">previous</span>
              <span class="since">verifies until {when(key.validUntil)}</span>
              <button type="button" class="danger" onClick={() => confirm(key.kid)}>
                Revoke <span class="visually-hidden">key {key.kid}</span>…
              </button>
            </li>
          ))}
        </ul>
      )}
      {revoked ? (
        <p role="status" id="revoked">
          Key <code>{revoked}</code> was revoked: signatures made with it no longer verify.
        </p>
      ) : null}
      <Confirmation dialog={dialog} id="revoke-dialog" title={`Revoke key ${doomed}?`} action="Revoke for good" act={revoke}>
        Signatures made with this key stop verifying at once, before its grace ends: do this when it leaked, after your
        backends sign with the active key.
      </Confirmation>
    </section>
  );
}

function selectAll(event: FocusEvent) {
  (event.currentTarget as HTMLInputElement).select();
}
