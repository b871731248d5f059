// The console: one page, hash-routed, that talks to the server's admin API with the key of this tab.
import { render } from "preact";
import { useMemo, useState } from "preact/hooks";
import { Workspace, WorkspaceApi } from "./api";
import { IntegrationCheck } from "./pages/IntegrationCheck";
import { PublicKeys } from "./pages/PublicKeys";
import { Settings } from "./pages/Settings";
import { SignIn } from "./pages/SignIn";
import { SigningKeys } from "./pages/SigningKeys";
import { VisitorDetail } from "./pages/VisitorDetail";
import { Visitors } from "./pages/Visitors";
import { Webhooks } from "./pages/Webhooks";
import { WorkspacePicker } from "./pages/WorkspacePicker";
import { href, navigate, Route, useRoute } from "./route";
import { loadSession, saveSession, Session } from "./session";

const SECTIONS = [
  { path: "visitors", label: "Visitors" },
  { path: "settings", label: "Settings" },
  { path: "keys", label: "Signing keys" },
  { path: "check", label: "Integration check" },
  { path: "webhooks", label: "Webhooks" },
  { path: "public-keys", label: "Public keys" },
];

function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const [notice, setNotice] = useState<string | null>(null);
  const route = useRoute();

  function update(next: Session | null) {
    saveSession(next);
    setSession(next);
  }

  const api = useMemo(
    () =>
      session
        ? new WorkspaceApi(session, () => {
            update(null);
            setNotice("The server refused this key (it may have been changed): sign in again.");
          })
        : null,
    [session?.token, session?.workspaceId],
  );

  if (session === null) {
    return (
      <Shell session={null} route={route} onSignOut={() => undefined}>
        <SignIn
          notice={notice}
          onSignedIn={(signedIn) => {
            setNotice(null);
            update(signedIn);
            navigate(signedIn.workspaceId ? "visitors" : "workspaces");
          }}
        />
      </Shell>
    );
  }
  const signOut = () => {
    update(null);
    setNotice("Signed out.");
    navigate("");
  };
  if (session.workspaceId === null || (session.root && route.path[0] === "workspaces")) {
    return (
      <Shell session={session} route={route} onSignOut={signOut}>
        <WorkspacePicker
          session={session}
          onPick={(workspace: Workspace) => {
            update({ ...session, workspaceId: workspace.id, workspaceName: workspace.name });
            navigate("visitors");
          }}
        />
      </Shell>
    );
  }
  return (
    <Shell session={session} route={route} onSignOut={signOut}>
      {page(route, api as WorkspaceApi, (workspace) => update({ ...session, workspaceName: workspace.name }))}
    </Shell>
  );
}

function page(route: Route, api: WorkspaceApi, onRenamed: (workspace: Workspace) => void) {
  const [section, id] = route.path;
  switch (section) {
    case "settings":
      return <Settings api={api} onRenamed={onRenamed} />;
    case "keys":
      return <SigningKeys api={api} />;
    case "check":
      return <IntegrationCheck api={api} />;
    case "webhooks":
      return <Webhooks api={api} />;
    case "public-keys":
      return <PublicKeys api={api} />;
    case "visitors":
      return id ? <VisitorDetail key={id} api={api} visitorId={id} /> : <Visitors api={api} route={route} />;
    default:
      return <Visitors api={api} route={route} />;
  }
}

function Shell({
  session,
  route,
  onSignOut,
  children,
}: {
  session: Session | null;
  route: Route;
  onSignOut: () => void;
  children: preact.ComponentChildren;
}) {
  const current = route.path[0] ?? "visitors";
  return (
    <>
      <a class="skip" href="#main" onClick={skipToMain}>
        Skip to the content
      </a>
      <header class="top">
        <div class="brand">
          <span class="product">visitor-identity</span>
          {session?.workspaceId ? (
            <span class="workspace">
              {session.workspaceName ?? "workspace"} <code>{session.workspaceId}</code>
            </span>
          ) : null}
        </div>
        {session ? (
          <nav aria-label="Sections">
            <ul>
              {session.workspaceId
                ? SECTIONS.map((item) => (
                    <li key={item.path}>
                      <a href={href(item.path)} aria-current={current === item.path ? "page" : undefined}>
                        {item.label}
                      </a>
                    </li>
                  ))
                : null}
              {session.root ? (
                <li>
                  <a href={href("workspaces")} aria-current={current === "workspaces" ? "page" : undefined}>
                    Workspaces
                  </a>
                </li>
              ) : null}
              <li>
                <button type="button" class="link-button" onClick={onSignOut}>
                  Sign out
                </button>
              </li>
            </ul>
          </nav>
        ) : null}
      </header>
      {children}
    </>
  );
}

/** The skip link moves focus to the page's heading without changing the hash route. */
function skipToMain(event: Event) {
  event.preventDefault();
  const heading = document.querySelector<HTMLElement>("main h1");
  heading?.focus();
}

const root = document.getElementById("app");
if (root) {
  root.textContent = "";
  render(<App />, root);
}
