/** A problem the server answered (RFC 9457), or `network-error` when no answer came at all. */
export interface Problem {
  code: string;
  title?: string;
  status?: number;
  detail?: string;
  field?: string;
  [member: string]: unknown;
}

/** What every promise of the SDK rejects with: an `Error` whose `code` is the problem's `code`. */
export class VisitorIdentityError extends Error {
  readonly code: string;
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem, status: number) {
    super(problem.detail || problem.title || problem.code);
    this.name = "VisitorIdentityError";
    this.code = problem.code;
    this.status = status;
    this.problem = problem;
  }
}

export const NETWORK_ERROR = "network-error";

/** The problem of a failed answer; a body that is not a problem still gets a code (`http-502`). */
export async function problemOf(response: Response): Promise<VisitorIdentityError> {
  let problem: Problem | undefined;
  try {
    const body = await response.json();
    if (body && typeof body.code === "string") problem = body;
  } catch {
    // not JSON: described by its status below
  }
  return new VisitorIdentityError(problem || { code: "http-" + response.status, status: response.status }, response.status);
}
