import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, CreatedWebhook, Delivery, Webhook, WorkspaceApi } from "../api";
import { EVENT_TYPES } from "../events";
import { when } from "../format";
import { Confirmation, ErrorMessage, Loading, PageHeading } from "../parts";

/** The workspace's webhook endpoints: add one (its secret shown once), delete one, read its delivery log. */
export function Webhooks({ api }: { api: WorkspaceApi }) {
  const [webhooks, setWebhooks] = useState<Webhook[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);

  function load() {
    api
      .webhooks()
      .then((answer) => setWebhooks(answer.webhooks))
      .catch(setLoadError);
  }

  useEffect(load, []);

  return (
    <main id="main">
      <PageHeading>Webhooks</PageHeading>
      <section class="panel" aria-labelledby="webhooks-heading">
        <h2 id="webhooks-heading">Endpoints</h2>
        <ErrorMessage error={loadError} />
        {deleted ? (
          <p role="status" id="webhook-deleted">
            Webhook <code>{deleted}</code> was deleted; its pending deliveries were dropped.
          </p>
        ) : null}
        {webhooks === null ? (
          loadError ? null : <Loading />
        ) : webhooks.length === 0 ? (
          <p class="muted">No webhook: events are only in the audit log.</p>
        ) : (
          <ul class="plain webhooks" id="webhooks">
            {webhooks.map((webhook) => (
              <WebhookItem
                key={webhook.id}
                api={api}
                webhook={webhook}
                onDeleted={() => {
                  setDeleted(webhook.id);
                  setCreated(null);
                  load();
                }}
              />
            ))}
          </ul>
        )}
      </section>
      <AddWebhook
        api={api}
        created={created}
        onCreated={(webhook) => {
          setCreated(webhook);
          setDeleted(null);
          load();
        }}
      />
    </main>
  );
}

function WebhookItem({ api, webhook, onDeleted }: { api: WorkspaceApi; webhook: Webhook; onDeleted: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [deliveries, setDeliveries] = useState<Delivery[] | null>(null);
  const [open, setOpen] = useState(false);
  const [logError, setLogError] = useState<unknown>(null);

  function toggleLog() {
    const next = !open;
    setOpen(next);
    if (next) {
      setDeliveries(null);
      setLogError(null);
      api
        .deliveries(webhook.id)
        .then((answer) => setDeliveries(answer.deliveries))
        .catch(setLogError);
    }
  }

  const logId = `deliveries-${webhook.id}`;
  return (
    <li data-webhook-id={webhook.id} class="webhook">
      <p class="webhook-url">
        <span class="value">{webhook.url}</span>{" "}
        {webhook.enabled ? (
          <span class="badge badge-good">enabled</span>
        ) : (
          <span class="badge badge-bad">disabled</span>
        )}
      </p>
      <p class="hint">
        <code>{webhook.id}</code>, since {when(webhook.createdAt)}; sends{" "}
        {webhook.events.includes("*") ? "every event type" : webhook.events.join(", ")}
        {webhook.disabledAt ? `; disabled ${when(webhook.disabledAt)} after failing for a day` : ""}
      </p>
      <div class="actions">
        <button type="button" aria-expanded={open} aria-controls={logId} onClick={toggleLog}>
          {open ? "Hide" : "Show"} the delivery log <span class="visually-hidden">of {webhook.url}</span>
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => dialog.current?.showModal()}
        >
          Delete <span class="visually-hidden">webhook {webhook.url}</span>…
        </button>
      </div>
      <div id={logId} hidden={!open}>
        {open ? (
          <>
            <ErrorMessage error={logError} />
            {deliveries === null ? (
              logError ? null : <Loading />
            ) : deliveries.length === 0 ? (
              <p class="muted">No delivery yet.</p>
            ) : (
              <ol class="plain events deliveries">
                {deliveries.map((delivery) => (
                  <li key={delivery.eventId} data-status={delivery.status}>
                    <span class="event-type">{delivery.type}</span>
                    <span class={`badge ${STATUS_BADGE[delivery.status] ?? ""}`}>{delivery.status}</span>
                    <time dateTime={delivery.queuedAt}>{when(delivery.queuedAt)}</time>
                    <span class="event-summary">{deliverySummary(delivery)}</span>
                  </li>
                ))}
              </ol>
            )}
          </>
        ) : null}
      </div>
      <Confirmation
        dialog={dialog}
        id={`delete-${webhook.id}`}
        title="Delete this webhook?"
        action="Delete for good"
        act={async () => {
          await api.deleteWebhook(webhook.id);
          onDeleted();
        }}
      >
        <span class="value">{webhook.url}</span> will receive no more events, and its pending deliveries are dropped.
      </Confirmation>
    </li>
  );
}

const STATUS_BADGE: Record<string, string> = {
  delivered: "badge-good",
  pending: "badge-neutral",
  failed: "badge-bad",
};

function deliverySummary(delivery: Delivery): string {
  const parts = [`event ${delivery.eventId}`, `${delivery.attempts} attempt${delivery.attempts === 1 ? "" : "s"}`];
  if (delivery.lastStatusCode !== null) {
    parts.push(`last answer ${delivery.lastStatusCode}`);
  }
  if (delivery.lastError) {
    parts.push(delivery.lastError);
  }
  if (delivery.deliveredAt) {
    parts.push(`delivered ${when(delivery.deliveredAt)}`);
  } else if (delivery.nextAttemptAt) {
    parts.push(`next attempt ${when(delivery.nextAttemptAt)}`);
  }
  return parts.join("; ");
}

function AddWebhook({
  api,
  created,
  onCreated,
}: {
  api: WorkspaceApi;
  created: CreatedWebhook | null;
  onCreated: (webhook: CreatedWebhook) => void;
}) {
  const [url, setUrl] = useState("");
  const [types, setTypes] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function add(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCreated(await api.createWebhook(url.trim(), types.length === 0 ? ["*"] : types));
      setUrl("");
      setTypes([]);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, "failed", String(failure), null));
    } finally {
      setBusy(false);
    }
  }

  const urlRefused = error?.field === "url";
  const eventsRefused = error?.field?.startsWith("events") ?? false;
  return (
    <section class="panel" aria-labelledby="add-webhook-heading">
      <h2 id="add-webhook-heading">Add a webhook</h2>
      <form onSubmit={add} noValidate>
        <div class={`field ${urlRefused ? "invalid" : ""}`}>
          <label for="webhook-url">URL</label>
          <input
            id="webhook-url"
            type="url"
            spellcheck={false}
            autocomplete="off"
            value={url}
            aria-invalid={urlRefused}
            aria-describedby={urlRefused ? "webhook-url-hint webhook-url-problem" : "webhook-url-hint"}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
          <p id="webhook-url-hint" class="hint">
            https, to a public address; at most 20 webhooks a workspace.
          </p>
          {urlRefused ? (
            <p id="webhook-url-problem" class="field-problem">
              {error?.detail}
            </p>
          ) : null}
        </div>
        <fieldset class={eventsRefused ? "invalid" : ""} aria-describedby="webhook-events-hint">
          <legend>Event types</legend>
          <p id="webhook-events-hint" class="hint">
            None ticked sends every type, including those added later.
          </p>
          {EVENT_TYPES.map((type) => (
            <div class="field checkbox" key={type}>
              <input
                id={`webhook-type-${type}`}
                type="checkbox"
                checked={types.includes(type)}
                onChange={(e) =>
                  setTypes(e.currentTarget.checked ? [...types, type] : types.filter((other) => other !== type))
                }
              />
              <label for={`webhook-type-${type}`}>{type}</label>
            </div>
          ))}
          {eventsRefused ? <p class="field-problem">{error?.detail}</p> : null}
        </fieldset>
        {error && !urlRefused && !eventsRefused ? <ErrorMessage error={error} /> : null}
        <button type="submit" class="primary" disabled={busy}>
          Add the webhook
        </button>
      </form>
      {created ? (
        <div class="result" role="status" id="webhook-created">
          <p>
            <strong>The webhook was added.</strong> Copy its signing secret to the receiver now: it is shown this once.
          </p>
          <p>
            <label for="webhook-secret">Webhook secret</label>
            <input id="webhook-secret" class="secret" readOnly value={created.secret} onFocus={selectAll} />
          </p>
          <p>
            Its id is <code>{created.id}</code>. Each message is signed with it per Standard Webhooks (the{" "}
            <code>webhook-signature</code> header).
          </p>
        </div>
      ) : null}
    </section>
  );
}

function selectAll(event: FocusEvent) {
  (event.currentTarget as HTMLInputElement).select();
}
