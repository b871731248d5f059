import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, Contact, IdentityEvent, Proof, Trust, Visitor, VisitorDetail as Detail, WorkspaceApi } from "../api";
import { summary } from "../events";
import { when } from "../format";
import { Badge, Confirmation, ErrorMessage, Loading, PageHeading, trustExplanation } from "../parts";
import { href, navigate } from "../route";

/** One visitor: profile, each claim with its trust, devices, contact, metadata; erase with a confirmation. */
export function VisitorDetail({ api, visitorId }: { api: WorkspaceApi; visitorId: string }) {
  const [visitor, setVisitor] = useState<Detail | null>(null);
  const [contact, setContact] = useState<Contact | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setVisitor(null);
    setContact(null);
    setError(null);
    api
      .visitor(visitorId)
      .then((found) => {
        setVisitor(found);
        if (found.contactId) {
          api.contact(found.contactId).then(setContact).catch(setError);
        }
      })
      .catch(setError);
  }, [visitorId]);

  if (error instanceof ApiError && error.status === 404) {
    return (
      <main id="main">
        <PageHeading>Visitor not found</PageHeading>
        <p>
          There is no visitor <code>{visitorId}</code> in this workspace: it was erased, merged into another
          visitor, or never existed.
        </p>
        <p>
          <a href={href("visitors")}>Back to the visitors</a>
        </p>
      </main>
    );
  }
  if (visitor === null) {
    return (
      <main id="main">
        <PageHeading>Visitor</PageHeading>
        <ErrorMessage error={error} />
        {error ? null : <Loading />}
      </main>
    );
  }
  return (
    <main id="main">
      <p class="breadcrumb">
        <a href={href("visitors")}>Visitors</a>
      </p>
      <PageHeading>{visitor.name ?? "Anonymous visitor"}</PageHeading>
      <ErrorMessage error={error} />
      <div class="columns">
        <section aria-labelledby="claims-heading" class="panel">
          <h2 id="claims-heading">Claims</h2>
          <dl class="claims">
            <ClaimRow
              label="External id"
              value={visitor.externalId}
              trust={visitor.claimTrust.externalId}
              proof={visitor.provenance.externalId}
            />
            <ClaimRow label="Email" value={visitor.email} trust={visitor.claimTrust.email} proof={visitor.provenance.email} />
            <ClaimRow label="Phone" value={visitor.phone} trust={visitor.claimTrust.phone} proof={visitor.provenance.phone} />
          </dl>
        </section>
        <section aria-labelledby="profile-heading" class="panel">
          <h2 id="profile-heading">Profile</h2>
          <dl class="facts">
            <Fact label="Visitor id" value={<code>{visitor.id}</code>} />
            <Fact label="Name" value={visitor.name} />
            <Fact label="Tag" value={visitor.tag} />
            <Fact label="Avatar URL" value={visitor.avatarUrl ? <span class="value">{visitor.avatarUrl}</span> : null} />
            <Fact label="Created" value={when(visitor.createdAt)} />
            <Fact label="Updated" value={when(visitor.updatedAt)} />
            <Fact label="Last seen" value={when(visitor.lastSeenAt)} />
          </dl>
        </section>
        <section aria-labelledby="devices-heading" class="panel">
          <h2 id="devices-heading">Devices</h2>
          {visitor.devices.length === 0 ? (
            <p class="muted">No device resolves to this visitor.</p>
          ) : (
            <ul class="plain devices">
              {visitor.devices.map((device) => (
                <li key={device.anonymousId} data-anonymous-id={device.anonymousId}>
                  <code>{device.anonymousId}</code>
                  <span class="seen">last seen {when(device.lastSeenAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="contact-heading" class="panel">
          <h2 id="contact-heading">Contact</h2>
          {visitor.contactId === null ? (
            <p class="muted">No contact: only a verified or trusted email links a visitor to one.</p>
          ) : contact === null ? (
            <Loading />
          ) : (
            <ContactFacts contact={contact} visitorId={visitor.id} />
          )}
        </section>
      </div>
      <section aria-labelledby="metadata-heading" class="panel">
        <h2 id="metadata-heading">Metadata</h2>
        <pre class="json" tabIndex={0} aria-label="Metadata as JSON">
          {JSON.stringify(visitor.metadata, null, 2)}
        </pre>
      </section>
      <EventHistory api={api} visitorId={visitor.id} />
      <Erase api={api} visitor={visitor} />
    </main>
  );
}

function ClaimRow({
  label,
  value,
  trust,
  proof,
}: {
  label: string;
  value: string | null;
  trust: Trust | null;
  proof: Proof | null;
}) {
  return (
    <div class="claim">
      <dt>{label}</dt>
      <dd>
        {value === null ? (
          <span class="muted">none</span>
        ) : (
          <>
            <span class="value">{value}</span> <Badge trust={trust} />
            {trust ? <p class="how">{trustExplanation(trust)}</p> : null}
            {proof ? (
              <p class="proof">
                {SCHEMES[proof.scheme] ?? proof.scheme}
                {proof.kid ? (
                  <>
                    {" "}
                    with key <code>{proof.kid}</code>
                  </>
                ) : null}
                , {when(proof.provenAt)}
              </p>
            ) : null}
          </>
        )}
      </dd>
    </div>
  );
}

/** The signature schemes a claim may be proven by, in words. */
const SCHEMES: Record<string, string> = {
  "plain-value": "Proven by an HMAC-SHA256 of the value",
  "canonical-id-email-json": "Proven by an HMAC-SHA256 of the id and email JSON",
  "anonymous-id-value": "Proven by an HMAC-SHA256 of the anonymous id",
  "first-edition": "Proven before the server recorded how",
};

function Fact({ label, value }: { label: string; value: preact.ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>{value === null || value === undefined ? <span class="muted">none</span> : value}</dd>
    </div>
  );
}

function ContactFacts({ contact, visitorId }: { contact: Contact; visitorId: string }) {
  const others = contact.visitorIds.filter((id) => id !== visitorId);
  return (
    <dl class="facts">
      <Fact label="Email" value={<span class="value">{contact.email}</span>} />
      <Fact label="Contact id" value={<code>{contact.id}</code>} />
      <Fact label="Since" value={when(contact.createdAt)} />
      <Fact
        label="Other visitors"
        value={
          others.length === 0 ? null : (
            <ul class="plain">
              {others.map((id) => (
                <li key={id}>
                  <a href={href(`visitors/${encodeURIComponent(id)}`)}>
                    <code>{id}</code>
                  </a>
                </li>
              ))}
            </ul>
          )
        }
      />
    </dl>
  );
}

/** The visitor's events from the audit log, oldest first, a page at a time. */
function EventHistory({ api, visitorId }: { api: WorkspaceApi; visitorId: string }) {
  const [events, setEvents] = useState<IdentityEvent[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function load(from: string | null, before: IdentityEvent[]) {
    setBusy(true);
    setError(null);
    try {
      const page = await api.events({ visitorId }, from);
      setEvents([...before, ...page.events]);
      setCursor(page.nextCursor);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    setEvents(null);
    setCursor(null);
    void load(null, []);
  }, [visitorId]);

  return (
    <section aria-labelledby="events-heading" class="panel">
      <h2 id="events-heading">Event history</h2>
      <ErrorMessage error={error} />
      {events === null ? (
        error ? null : <Loading />
      ) : events.length === 0 ? (
        <p class="muted">No event yet: only a change of a claim, its trust or a device's visitor makes one.</p>
      ) : (
        <>
          <p class="hint">Oldest first.</p>
          <ol class="plain events" id="visitor-events">
            {events.map((event) => (
              <li key={event.id} data-type={event.type}>
                <span class="event-type">{event.type}</span>
                <time dateTime={event.at}>{when(event.at)}</time>
                <span class="event-summary">{summary(event)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {events !== null && cursor !== null ? (
        <button type="button" disabled={busy} onClick={() => load(cursor, events)}>
          Show later events
        </button>
      ) : null}
    </section>
  );
}

/** Erase, behind a modal confirmation. */
function Erase({ api, visitor }: { api: WorkspaceApi; visitor: Visitor }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <section aria-labelledby="erase-heading" class="panel danger-zone">
      <h2 id="erase-heading">Erase</h2>
      <p>
        Erasing deletes this visitor's record and devices (their tokens stop working), frees its external id, and
        deletes its contact when no other visitor belongs to it. It cannot be undone.
      </p>
      <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
        Erase this visitor…
      </button>
      <Confirmation
        dialog={dialog}
        id="erase-dialog"
        title={`Erase ${visitor.name ?? visitor.id}?`}
        action="Erase for good"
        act={async () => {
          await api.eraseVisitor(visitor.id);
          navigate("visitors", { erased: visitor.id });
        }}
      >
        The record <code>{visitor.id}</code> and everything above will be deleted for good.
      </Confirmation>
    </section>
  );
}
