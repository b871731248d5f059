import { useState } from "preact/hooks";
import { ApiError, RotatedKey, WorkspaceApi } from "../api";
import { when } from "../format";
import { ErrorMessage, PageHeading } from "../parts";

/** Rotate the signing key with a grace: the previous key keeps verifying until the grace ends. */
export function SigningKeys({ api }: { api: WorkspaceApi }) {
  const [grace, setGrace] = useState("86400");
  const [rotated, setRotated] = useState<RotatedKey | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

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

function selectAll(event: FocusEvent) {
  (event.currentTarget as HTMLInputElement).select();
}
