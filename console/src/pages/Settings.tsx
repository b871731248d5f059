import { useEffect, useState } from "preact/hooks";
import { ApiError, Workspace, WorkspaceApi } from "../api";
import { ErrorMessage, Loading, PageHeading } from "../parts";

interface Form {
  name: string;
  verificationMode: string;
  allowedOrigins: string;
  max: string;
  unit: string;
  overflow: string;
  dialects: string;
  maxDevicesPerVisitor: string;
  maxTokenLifetimeSeconds: string;
  publicKeysOnly: boolean;
  jwksUrl: string;
}

/** Each input, by the problem `field` the server names when it refuses that setting. */
const FIELD_OF_PROBLEM: Array<[RegExp, keyof Form]> = [
  [/^name$/, "name"],
  [/^verificationMode$/, "verificationMode"],
  [/^allowedOrigins(\[\d+\])?$/, "allowedOrigins"],
  [/^metadataLimit\.max$/, "max"],
  [/^metadataLimit\.unit$/, "unit"],
  [/^metadataLimit\.overflow$/, "overflow"],
  [/^dialects(\[\d+\])?$/, "dialects"],
  [/^maxDevicesPerVisitor$/, "maxDevicesPerVisitor"],
  [/^maxTokenLifetimeSeconds$/, "maxTokenLifetimeSeconds"],
  [/^publicKeysOnly$/, "publicKeysOnly"],
  [/^jwksUrl$/, "jwksUrl"],
];

function formOf(workspace: Workspace): Form {
  return {
    name: workspace.name,
    verificationMode: workspace.verificationMode,
    allowedOrigins: workspace.allowedOrigins.join("\n"),
    max: String(workspace.metadataLimit.max),
    unit: workspace.metadataLimit.unit,
    overflow: workspace.metadataLimit.overflow,
    dialects: workspace.dialects.join(", "),
    maxDevicesPerVisitor: String(workspace.maxDevicesPerVisitor),
    maxTokenLifetimeSeconds: String(workspace.maxTokenLifetimeSeconds),
    publicKeysOnly: workspace.publicKeysOnly,
    jwksUrl: workspace.jwksUrl ?? "",
  };
}

/** Every workspace setting; a refusal's detail is shown beside the field the server names. */
export function Settings({ api, onRenamed }: { api: WorkspaceApi; onRenamed: (workspace: Workspace) => void }) {
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api
      .workspace()
      .then((workspace) => setForm(formOf(workspace)))
      .catch(setLoadError);
  }, []);

  if (form === null) {
    return (
      <main id="main">
        <PageHeading>Workspace settings</PageHeading>
        <ErrorMessage error={loadError} />
        {loadError ? null : <Loading />}
      </main>
    );
  }

  const invalid = error?.field ? FIELD_OF_PROBLEM.find(([pattern]) => pattern.test(error.field ?? ""))?.[1] : undefined;
  const set = (key: keyof Form) => (event: Event) => {
    setForm({ ...form, [key]: (event.currentTarget as HTMLInputElement).value });
    setSaved(false);
  };

  async function save(event: Event) {
    event.preventDefault();
    if (form === null) {
      return;
    }
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const max = wholeNumberOrText(form.max);
      const workspace = await api.changeSettings({
        name: form.name,
        verificationMode: form.verificationMode,
        allowedOrigins: form.allowedOrigins
          .split("\n")
          .map((origin) => origin.trim())
          .filter((origin) => origin !== ""),
        metadataLimit: { max, unit: form.unit, overflow: form.overflow } as Workspace["metadataLimit"],
        dialects: form.dialects
          .split(",")
          .map((name) => name.trim())
          .filter((name) => name !== ""),
        maxDevicesPerVisitor: wholeNumberOrText(form.maxDevicesPerVisitor) as number,
        maxTokenLifetimeSeconds: wholeNumberOrText(form.maxTokenLifetimeSeconds) as number,
        publicKeysOnly: form.publicKeysOnly,
        // An empty field removes the JWKS URL (null is the API's way to say so).
        jwksUrl: form.jwksUrl.trim() === "" ? null : form.jwksUrl.trim(),
      });
      setForm(formOf(workspace));
      setSaved(true);
      onRenamed(workspace);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, "failed", String(failure), null));
    } finally {
      setBusy(false);
    }
  }

  const field = (key: keyof Form) => ({
    invalid: invalid === key,
    problem: invalid === key ? error?.detail ?? null : null,
  });

  return (
    <main id="main">
      <PageHeading>Workspace settings</PageHeading>
      <form class="settings" onSubmit={save} noValidate>
        <Field id="setting-name" label="Name" {...field("name")}>
          <input id="setting-name" value={form.name} onInput={set("name")} {...described("setting-name", field("name"))} />
        </Field>
        <Field
          id="setting-mode"
          label="Verification mode"
          hint="disabled: claims are taken as given (trusted). optional: signatures are checked when sent; an unsigned claim is kept unverified. observe: answers exactly as optional, and records a verification.failed event for every call required would refuse (see the integration check), so you can switch to required knowing nothing breaks. required: an external id must be signed, and every signature sent must verify."
          {...field("verificationMode")}
        >
          <select
            id="setting-mode"
            value={form.verificationMode}
            onChange={set("verificationMode")}
            {...described("setting-mode", field("verificationMode"), true)}
          >
            <option value="disabled">disabled</option>
            <option value="optional">optional</option>
            <option value="observe">observe</option>
            <option value="required">required</option>
          </select>
        </Field>
        <Field
          id="setting-origins"
          label="Allowed browser origins"
          hint="One origin a line, such as https://shop.example.com. None allows every origin."
          {...field("allowedOrigins")}
        >
          <textarea
            id="setting-origins"
            rows={4}
            spellcheck={false}
            value={form.allowedOrigins}
            onInput={set("allowedOrigins")}
            {...described("setting-origins", field("allowedOrigins"), true)}
          />
        </Field>
        <Field
          id="setting-dialects"
          label="Vendor dialects"
          hint="The vendors' identify calls this workspace accepts, separated by commas; * for every one this server ships. A call to another answers 404."
          {...field("dialects")}
        >
          <input
            id="setting-dialects"
            spellcheck={false}
            value={form.dialects}
            onInput={set("dialects")}
            {...described("setting-dialects", field("dialects"), true)}
          />
        </Field>
        <Field
          id="setting-devices"
          label="Devices per visitor"
          hint="1 to 10000. One more evicts the device seen longest ago (its token stops working)."
          {...field("maxDevicesPerVisitor")}
        >
          <input
            id="setting-devices"
            inputMode="numeric"
            value={form.maxDevicesPerVisitor}
            onInput={set("maxDevicesPerVisitor")}
            {...described("setting-devices", field("maxDevicesPerVisitor"), true)}
          />
        </Field>
        <fieldset>
          <legend>Metadata limit</legend>
          <Field id="setting-max" label="Largest size" hint="2 to 1048576." {...field("max")}>
            <input
              id="setting-max"
              inputMode="numeric"
              value={form.max}
              onInput={set("max")}
              {...described("setting-max", field("max"), true)}
            />
          </Field>
          <Field id="setting-unit" label="Counted in" {...field("unit")}>
            <select id="setting-unit" value={form.unit} onChange={set("unit")} {...described("setting-unit", field("unit"))}>
              <option value="bytes">bytes (UTF-8 of the compact JSON)</option>
              <option value="characters">characters (code points of the compact JSON)</option>
            </select>
          </Field>
          <Field id="setting-overflow" label="When an identify would cross it" {...field("overflow")}>
            <select
              id="setting-overflow"
              value={form.overflow}
              onChange={set("overflow")}
              {...described("setting-overflow", field("overflow"))}
            >
              <option value="reject">reject the whole identify</option>
              <option value="truncate">truncate: keep keys in order while they fit</option>
            </select>
          </Field>
        </fieldset>
        <fieldset>
          <legend>Identity tokens</legend>
          <Field
            id="setting-token-lifetime"
            label="Longest token lifetime, in seconds"
            hint="1 to 86400: a token's exp may be at most this long after its iat."
            {...field("maxTokenLifetimeSeconds")}
          >
            <input
              id="setting-token-lifetime"
              inputMode="numeric"
              value={form.maxTokenLifetimeSeconds}
              onInput={set("maxTokenLifetimeSeconds")}
              {...described("setting-token-lifetime", field("maxTokenLifetimeSeconds"), true)}
            />
          </Field>
          <Field
            id="setting-jwks"
            label="JWKS URL"
            hint="Where your backend publishes its public keys (https). Empty for none."
            {...field("jwksUrl")}
          >
            <input
              id="setting-jwks"
              type="url"
              spellcheck={false}
              value={form.jwksUrl}
              onInput={set("jwksUrl")}
              {...described("setting-jwks", field("jwksUrl"), true)}
            />
          </Field>
          <div
            class={`field checkbox ${invalid === "publicKeysOnly" ? "invalid" : ""}`}
            data-field="setting-public-keys-only"
          >
            <input
              id="setting-public-keys-only"
              type="checkbox"
              checked={form.publicKeysOnly}
              onChange={(event) => {
                setForm({ ...form, publicKeysOnly: event.currentTarget.checked });
                setSaved(false);
              }}
              {...described("setting-public-keys-only", field("publicKeysOnly"), true)}
            />
            <label for="setting-public-keys-only">Public keys only</label>
            <p id="setting-public-keys-only-hint" class="hint">
              Every HMAC (signatures and HS256 tokens) proves nothing, and the server neither mints tokens nor signs.
            </p>
            {invalid === "publicKeysOnly" ? (
              <p id="setting-public-keys-only-problem" class="field-problem">
                {error?.detail}
              </p>
            ) : null}
          </div>
        </fieldset>
        {error && !invalid ? <ErrorMessage error={error} /> : null}
        {error && invalid ? (
          <p class="error" role="alert">
            The settings were not saved: one field is refused, see below it.
          </p>
        ) : null}
        {saved ? (
          <p class="notice" role="status">
            Saved.
          </p>
        ) : null}
        <button type="submit" class="primary" disabled={busy}>
          Save settings
        </button>
      </form>
    </main>
  );
}

/** A whole number as a number; anything else as typed, for the server to refuse with its own detail. */
function wholeNumberOrText(text: string): number | string {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : text;
}

function described(id: string, state: { invalid: boolean }, hasHint = false) {
  const ids = [hasHint ? `${id}-hint` : null, state.invalid ? `${id}-problem` : null].filter(Boolean).join(" ");
  return { "aria-invalid": state.invalid, "aria-describedby": ids || undefined };
}

function Field({
  id,
  label,
  hint,
  invalid,
  problem,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  invalid: boolean;
  problem: string | null;
  children: preact.ComponentChildren;
}) {
  return (
    <div class={`field ${invalid ? "invalid" : ""}`} data-field={id}>
      <label for={id}>{label}</label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p id={`${id}-problem`} class="field-problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
