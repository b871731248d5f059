// Compiles only while the generated types describe the calls a browser and a backend make.
import type { components, paths } from "../target/client/visitor-identity";

type IdentifyRequest = paths["/v1/workspaces/{ws}/identify"]["post"]["requestBody"]["content"]["application/json"];
type IdentityResult = paths["/v1/workspaces/{ws}/identify"]["post"]["responses"]["200"]["content"]["application/json"];
type Problem = components["schemas"]["Problem"];

export const request: IdentifyRequest = { externalId: "user_123", signatures: { externalId: "30aec69b" } };

export function describe(result: IdentityResult, problem?: Problem): string {
  return problem ? `${problem.status} ${problem.code}` : `${result.id} ${result.hmacVerified}`;
}
