import { useEffect, useState } from "preact/hooks";
import { Visitor, VisitorPage, WorkspaceApi } from "../api";
import { when } from "../format";
import { Badge, ErrorMessage, Loading, PageHeading } from "../parts";
import { href, navigate, Route } from "../route";

const FILTERS = [
  { name: "email", label: "Email" },
  { name: "externalId", label: "External id" },
  { name: "namePrefix", label: "Name starts with" },
] as const;

type FilterName = (typeof FILTERS)[number]["name"];

const FILTER_TEXT: Record<FilterName, string> = {
  email: "whose email is",
  externalId: "whose external id is",
  namePrefix: "whose name starts with",
};

/**
 * Visitor search: by email, external id or the start of a name, in pages of 20. The filter and the
 * page's cursor live in the address, so a search can be reloaded or shared (they hold no secret).
 */
export function Visitors({ api, route }: { api: WorkspaceApi; route: Route }) {
  const by = (FILTERS.find((filter) => route.query.has(filter.name))?.name ?? "email") as FilterName;
  const value = route.query.get(by) ?? "";
  const cursor = route.query.get("cursor");
  const erased = route.query.get("erased");
  const [searchBy, setSearchBy] = useState<FilterName>(by);
  const [text, setText] = useState(value);
  // An answer is kept with the search it answers: a page is shown only for the search in the
  // address, never the previous one's while the next is on its way.
  const search = `${by}=${value}&cursor=${cursor ?? ""}`;
  const [answer, setAnswer] = useState<{ search: string; page?: VisitorPage; error?: unknown } | null>(null);

  useEffect(() => {
    setSearchBy(by);
    setText(value);
    api
      .findVisitors(value ? { [by]: value } : {}, cursor)
      .then((page) => setAnswer({ search, page }))
      .catch((error) => setAnswer({ search, error }));
  }, [search]);

  const current = answer?.search === search ? answer : null;
  const page = current?.page ?? null;
  const error = current?.error ?? null;

  function submit(event: Event) {
    event.preventDefault();
    navigate("visitors", text.trim() ? { [searchBy]: text.trim() } : {});
  }

  const filter: Record<string, string> = value ? { [by]: value } : {};
  return (
    <main id="main">
      <PageHeading>Visitors</PageHeading>
      {erased ? (
        <p class="notice" role="status">
          Visitor <code>{erased}</code> was erased.
        </p>
      ) : null}
      <form class="search" role="search" onSubmit={submit}>
        <div class="field">
          <label for="search-by">Search by</label>
          <select id="search-by" value={searchBy} onChange={(e) => setSearchBy(e.currentTarget.value as FilterName)}>
            {FILTERS.map((filter) => (
              <option key={filter.name} value={filter.name}>
                {filter.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field grow">
          <label for="search-text">{FILTERS.find((filter) => filter.name === searchBy)?.label}</label>
          <input
            id="search-text"
            type="search"
            autocomplete="off"
            spellcheck={false}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="primary">
          Search
        </button>
      </form>
      <ErrorMessage error={error} />
      {page === null && !error ? <Loading /> : null}
      {page !== null ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" aria-live="polite">
            {page.visitors.length === 0
              ? "No visitor found"
              : `${page.visitors.length}${page.nextCursor ? "+" : ""} visitor${page.visitors.length === 1 ? "" : "s"}`}
            {value ? ` ${FILTER_TEXT[by]} “${value}”` : ""}
            {cursor ? " (a later page)" : ""}
          </h2>
          <ul class="cards" id="results">
            {page.visitors.map((visitor) => (
              <VisitorCard key={visitor.id} visitor={visitor} />
            ))}
          </ul>
          <nav class="pager" aria-label="Pages">
            {cursor ? <a href={href("visitors", filter)}>First page</a> : null}
            {page.nextCursor ? (
              <a href={href("visitors", { ...filter, cursor: page.nextCursor })}>Next page</a>
            ) : null}
          </nav>
        </section>
      ) : null}
    </main>
  );
}

function VisitorCard({ visitor }: { visitor: Visitor }) {
  return (
    <li class="card visitor-card" data-visitor-id={visitor.id}>
      <h3>
        <a href={href(`visitors/${encodeURIComponent(visitor.id)}`)}>{visitor.name ?? "Anonymous visitor"}</a>
      </h3>
      <dl class="claims">
        <Claim label="External id" value={visitor.externalId} trust={visitor.claimTrust.externalId} />
        <Claim label="Email" value={visitor.email} trust={visitor.claimTrust.email} />
        <Claim label="Phone" value={visitor.phone} trust={visitor.claimTrust.phone} />
      </dl>
      <p class="muted">
        <code>{visitor.id}</code> · last seen {when(visitor.lastSeenAt)}
      </p>
    </li>
  );
}

function Claim({ label, value, trust }: { label: string; value: string | null; trust: Visitor["claimTrust"]["email"] }) {
  if (value === null) {
    return null;
  }
  return (
    <div class="claim">
      <dt>{label}</dt>
      <dd>
        <span class="value">{value}</span> <Badge trust={trust} />
      </dd>
    </div>
  );
}
