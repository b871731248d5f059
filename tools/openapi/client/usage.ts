// Compiles only while the generated types describe the calls a browser and a backend make, and
// while the browser SDK's own types say the same as the API: the body the SDK sends is one the API
// takes, and the answer the API gives is what the SDK hands the page.
import type { components, paths } from "../target/client/visitor-identity";
import type { Claims, IdentityResult as SdkIdentityResult } from "../../../sdk-browser/src/index";

type IdentifyRequest = paths["/v1/workspaces/{ws}/identify"]["post"]["requestBody"]["content"]["application/json"];
type IdentityResult = paths["/v1/workspaces/{ws}/identify"]["post"]["responses"]["200"]["content"]["application/json"];
type Problem = components["schemas"]["Problem"];

export const request: IdentifyRequest = { externalId: "user_123", signatures: { externalId: "30aec69b" } };

export function describe(result: IdentityResult, problem?: Problem): string {
  return problem ? `${problem.status} ${problem.code}` : `${result.id} ${result.hmacVerified}`;
}

export function sentBySdk(claims: Claims): IdentifyRequest {
  return claims;
}

export function answeredToSdk(result: IdentityResult): SdkIdentityResult {
  return result;
}
