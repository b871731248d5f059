import { useEffect, useState } from "preact/hooks";
import { listWorkspaces, Workspace } from "../api";
import { Session } from "../session";
import { ErrorMessage, Loading, PageHeading } from "../parts";

/** The root token's list of workspaces: pick one to look at. */
export function WorkspacePicker({ session, onPick }: { session: Session; onPick: (workspace: Workspace) => void }) {
  const [workspaces, setWorkspaces] = useState<Workspace[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    listWorkspaces(session.token)
      .then((list) => setWorkspaces(list.workspaces))
      .catch(setError);
  }, [session.token]);

  return (
    <main id="main" class="narrow">
      <PageHeading>Pick a workspace</PageHeading>
      <ErrorMessage error={error} />
      {workspaces === null && !error ? <Loading /> : null}
      {workspaces !== null && workspaces.length === 0 ? <p>There is no workspace yet.</p> : null}
      {workspaces !== null && workspaces.length > 0 ? (
        <ul class="cards">
          {workspaces.map((workspace) => (
            <li key={workspace.id} class="card">
              <button type="button" class="link-button" onClick={() => onPick(workspace)}>
                {workspace.name}
              </button>
              <p class="muted">
                <code>{workspace.id}</code> · verification {workspace.verificationMode}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </main>
  );
}
