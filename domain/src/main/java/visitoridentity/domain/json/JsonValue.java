package visitoridentity.domain.json;

/**
 * The domain's own JSON value model, so that metadata sizes are computed the same way whatever
 * adapter parsed the document or whatever database stores it. See {@link CompactJson}.
 */
public sealed interface JsonValue permits JsonString, JsonNumber, JsonBoolean, JsonNull, JsonArray, JsonObject {}
