import { useState } from "preact/hooks";
import { ApiError, call, listWorkspaces, Workspace } from "../api";
import { Session } from "../session";
import { PageHeading } from "../parts";

/**
 * Sign in with a workspace's admin key and its id, or with the root token alone (then pick a
 * workspace). The credential is checked against the server before anything is kept.
 */
export function SignIn({ onSignedIn, notice }: { onSignedIn: (session: Session) => void; notice: string | null }) {
  const [workspaceId, setWorkspaceId] = useState("");
  const [token, setToken] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(workspaceId.trim(), token.trim()));
    } catch (failure) {
      setError(
        failure instanceof ApiError ? failure : new ApiError(0, "failed", String(failure), null),
      );
    } finally {
      setBusy(false);
    }
  }

  const keyRefused = error !== null && error.status === 401;
  const workspaceUnknown = error !== null && error.status === 404;
  return (
    <main id="main" class="narrow">
      <PageHeading>Sign in</PageHeading>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <p>
        Use a workspace's admin key with its workspace id, or the root admin token alone and then pick a
        workspace. The key stays in this tab only and is forgotten when it closes.
      </p>
      <form onSubmit={submit} noValidate>
        <div class={`field ${workspaceUnknown ? "invalid" : ""}`}>
          <label for="sign-in-workspace">Workspace id</label>
          <input
            id="sign-in-workspace"
            name="workspace"
            autocomplete="off"
            spellcheck={false}
            value={workspaceId}
            aria-describedby="sign-in-workspace-hint"
            aria-invalid={workspaceUnknown}
            onInput={(e) => setWorkspaceId(e.currentTarget.value)}
          />
          <p id="sign-in-workspace-hint" class="hint">
            Leave empty when you sign in with the root token.
          </p>
        </div>
        <div class={`field ${keyRefused ? "invalid" : ""}`}>
          <label for="sign-in-key">Admin key or root token</label>
          <input
            id="sign-in-key"
            name="key"
            type="password"
            autocomplete="off"
            required
            value={token}
            aria-invalid={keyRefused}
            aria-describedby={error ? "sign-in-error" : undefined}
            onInput={(e) => setToken(e.currentTarget.value)}
          />
        </div>
        {error ? (
          <p id="sign-in-error" class="error" role="alert">
            {refusal(error)}
          </p>
        ) : null}
        <button type="submit" class="primary" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}

function refusal(error: ApiError): string {
  if (error.status === 401) {
    return `The key was refused: ${error.detail}`;
  }
  if (error.status === 404) {
    return "There is no workspace with that id.";
  }
  return error.detail;
}

async function signIn(workspaceId: string, token: string): Promise<Session> {
  if (!token) {
    throw new ApiError(401, "unauthorized", "enter an admin key or the root token", null);
  }
  const root = await isRootToken(token);
  if (!workspaceId) {
    if (!root) {
      throw new ApiError(401, "unauthorized", "without a workspace id only the root token signs in", null);
    }
    return { token, root, workspaceId: null, workspaceName: null };
  }
  const workspace = await call<Workspace>(token, "GET", `/v1/workspaces/${encodeURIComponent(workspaceId)}`);
  return { token, root, workspaceId: workspace.id, workspaceName: workspace.name };
}

async function isRootToken(token: string): Promise<boolean> {
  try {
    await listWorkspaces(token);
    return true;
  } catch (failure) {
    if (failure instanceof ApiError && failure.status === 401) {
      return false;
    }
    throw failure;
  }
}
