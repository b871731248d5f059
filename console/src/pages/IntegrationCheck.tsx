import { useState } from "preact/hooks";
import { ApiError, SignatureCheck, WorkspaceApi } from "../api";
import { when } from "../format";
import { ErrorMessage, PageHeading } from "../parts";

const CLAIMS = [
  { value: "externalId", label: "External id" },
  { value: "email", label: "Email" },
  { value: "phone", label: "Phone" },
  { value: "anonymousId", label: "Anonymous id (chat SDK hmac)" },
];

/** The signature tester: does the signature your backend made verify, and over which form? */
export function IntegrationCheck({ api }: { api: WorkspaceApi }) {
  const [claim, setClaim] = useState("externalId");
  const [value, setValue] = useState("");
  const [signature, setSignature] = useState("");
  const [result, setResult] = useState<SignatureCheck | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function test(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.checkSignature(claim, value, signature.trim()));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, "failed", String(failure), null));
    } finally {
      setBusy(false);
    }
  }

  const fieldProblem = (name: string) => (error?.field === name ? error.detail : null);
  return (
    <main id="main">
      <PageHeading>Integration check</PageHeading>
      <section class="panel" aria-labelledby="tester-heading">
        <h2 id="tester-heading">Signature tester</h2>
        <p>
          Paste a claim exactly as your backend signed it and the signature it computed. The server says whether it
          verifies with this workspace's keys, and over which form of the value: only a signature over the normalized
          value (trimmed; NFC for an external id; lower-case for an email; E.164 for a phone) proves the claim.
        </p>
        <form onSubmit={test} noValidate>
          <div class="field">
            <label for="check-claim">Claim</label>
            <select id="check-claim" value={claim} onChange={(e) => setClaim(e.currentTarget.value)}>
              {CLAIMS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <TextField id="check-value" label="Value, as signed" value={value} onInput={setValue} problem={fieldProblem("value")} />
          <TextField
            id="check-signature"
            label="Signature (64 hex characters)"
            value={signature}
            onInput={setSignature}
            problem={fieldProblem("signature")}
          />
          {error && !["value", "signature"].includes(error.field ?? "") ? <ErrorMessage error={error} /> : null}
          <button type="submit" class="primary" disabled={busy}>
            Test the signature
          </button>
        </form>
        {result ? <Verdict result={result} /> : null}
      </section>
    </main>
  );
}

function Verdict({ result }: { result: SignatureCheck }) {
  const form = result.form === "normalized" ? "the normalized value" : result.form === "as-sent" ? "the value as sent only" : null;
  return (
    <div class={`result ${result.verifies ? "good" : "bad"}`} role="status" id="verdict" data-verifies={String(result.verifies)}>
      <p>
        <strong>{result.verifies ? "It verifies:" : "It does not verify:"}</strong> {result.detail}.
      </p>
      <dl class="facts">
        <div class="fact">
          <dt>Matched</dt>
          <dd>{form ?? "nothing"}</dd>
        </div>
        <div class="fact">
          <dt>Normalized value</dt>
          <dd>
            <code>{result.normalizedValue}</code>
          </dd>
        </div>
        {result.key ? (
          <div class="fact">
            <dt>Key</dt>
            <dd>
              <code>{result.key.kid}</code>{" "}
              {result.key.status === "active"
                ? `(the active key, created ${when(result.key.createdAt)})`
                : `(a previous key, verifying until ${when(result.key.validUntil)})`}
            </dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}

function TextField({
  id,
  label,
  value,
  onInput,
  problem,
}: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  problem: string | null;
}) {
  return (
    <div class={`field ${problem ? "invalid" : ""}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        autocomplete="off"
        spellcheck={false}
        value={value}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {problem ? (
        <p id={`${id}-problem`} class="field-problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
