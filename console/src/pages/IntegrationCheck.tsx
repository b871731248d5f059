import { useEffect, useState } from "preact/hooks";
import { ApiError, IdentityEvent, SignatureCheck, WorkspaceApi } from "../api";
import { claimName, FAILURE_REASONS } from "../events";
import { when } from "../format";
import { ErrorMessage, Loading, PageHeading } from "../parts";
import { href } from "../route";

/** How many of the latest failures are counted, and how many are listed one by one. */
const RECENT = 100;
const LATEST = 5;
/** A bound on the pages read to reach the latest failures (the log is oldest first): 200 events each. */
const MOST_PAGES = 100;

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
      <RecentFailures api={api} />
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

/** The latest verification failures, counted by reason, and the newest few. */
function RecentFailures({ api }: { api: WorkspaceApi }) {
  const [failures, setFailures] = useState<IdentityEvent[] | null>(null);
  const [partial, setPartial] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      // The audit log is oldest first: read it to its end, keeping only the latest failures.
      let latest: IdentityEvent[] = [];
      let cursor: string | null = null;
      for (let pages = 0; ; pages++) {
        if (pages === MOST_PAGES) {
          setPartial(true);
          break;
        }
        const page = await api.events({ type: "verification.failed" }, cursor, 200);
        latest = [...latest, ...page.events].slice(-RECENT);
        if (page.nextCursor === null || page.events.length === 0) {
          break;
        }
        cursor = page.nextCursor;
      }
      if (!cancelled) {
        setFailures(latest.reverse());
      }
    })().catch((failure) => {
      if (!cancelled) {
        setError(failure);
      }
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const counts = new Map<string, number>();
  for (const failure of failures ?? []) {
    const reason = String(failure.data.reason ?? "unknown");
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  const byCount = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

  return (
    <section class="panel" aria-labelledby="failures-heading" id="recent-failures">
      <h2 id="failures-heading">Recent verification failures</h2>
      <p>
        The last {RECENT} <code>verification.failed</code> events: a proof that did not hold in optional mode, or a
        call that required mode would refuse, in observe mode. Never what was sent, only which claim and why.
      </p>
      <ErrorMessage error={error} />
      {failures === null ? (
        error ? null : <Loading />
      ) : failures.length === 0 ? (
        <p class="notice" id="no-failures">
          No verification failure recorded.
        </p>
      ) : (
        <>
          {partial ? <p class="hint">The log is long: these are the latest of its first {MOST_PAGES * 200} failures.</p> : null}
          <table class="reasons">
            <caption>By reason, of the last {failures.length}</caption>
            <thead>
              <tr>
                <th scope="col">Reason</th>
                <th scope="col">Count</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {byCount.map(([reason, count]) => (
                <tr key={reason} data-reason={reason}>
                  <th scope="row">
                    <code>{reason}</code>
                  </th>
                  <td class="count">{count}</td>
                  <td>{FAILURE_REASONS[reason] ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 id="latest-failures-heading">The latest {Math.min(LATEST, failures.length)}</h3>
          <ol class="plain events" id="latest-failures" aria-labelledby="latest-failures-heading">
            {failures.slice(0, LATEST).map((failure) => (
              <li key={failure.id} data-reason={String(failure.data.reason ?? "")}>
                <span class="event-type">{String(failure.data.reason ?? "")}</span>
                <time dateTime={failure.at}>{when(failure.at)}</time>
                <span class="event-summary">
                  {claimName(failure.data.claim)}, {String(failure.data.mode ?? "")} mode
                  {failure.visitorId ? (
                    <>
                      , visitor{" "}
                      <a href={href(`visitors/${encodeURIComponent(failure.visitorId)}`)}>
                        <code>{failure.visitorId}</code>
                      </a>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
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
