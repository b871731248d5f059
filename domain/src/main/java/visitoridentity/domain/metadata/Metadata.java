package visitoridentity.domain.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.error.MetadataTooLargeException;
import visitoridentity.domain.json.CompactJson;
import visitoridentity.domain.json.CompactSize;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonValue;

/** A visitor's free-form metadata: one JSON object, insertion-ordered. */
public record Metadata(JsonObject object) {
    public static final Metadata EMPTY = new Metadata(JsonObject.EMPTY);

    public Metadata {
        Objects.requireNonNull(object);
    }

    /**
     * Reads metadata back from its stored JSON text (see {@link CompactJson#parse}).
     *
     * @throws InvalidFieldException on field {@code metadata} when the text is not a valid JSON object
     */
    public static Metadata parse(String json) {
        if (CompactJson.parse(json) instanceof JsonObject object) {
            return new Metadata(object);
        }
        throw new InvalidFieldException("metadata", "must be a JSON object");
    }

    /** Size of the compact JSON text in the given unit; {@code {}} is 2. */
    public long size(SizeUnit unit) {
        return unit.of(CompactSize.of(object));
    }

    /** The compact JSON text (see {@link CompactJson}). */
    public String compactJson() {
        return CompactJson.write(object);
    }

    /**
     * Applies a patch within a policy; the limit is checked on the result.
     *
     * <p>MERGE: each key overwrites the stored top-level key in its position (new keys are appended
     * in patch order), a top-level {@code null} removes the key, omitted keys are kept, nested
     * objects are replaced whole. REPLACE: the result is exactly the patch's non-null keys, in patch
     * order.
     *
     * <p>REJECT: throws {@link MetadataTooLargeException} with the size the result would have when
     * it crosses the limit; nothing changes. TRUNCATE: removals always apply (before any key is set,
     * so the room they free is available); set-keys are kept in patch order until the first one
     * with which the result would cross the limit; that key and every later set-key are dropped and
     * reported in patch order, even a later one that would fit. In MERGE a dropped key that was
     * stored keeps its old value.
     *
     * <p>Lowering a limit rewrites nothing already stored, so stored metadata may be over its
     * limit. A patch is still judged by its result: under REJECT a patch whose result is over the
     * limit is refused even if it shrinks the metadata; under TRUNCATE the removals apply and no
     * set-key is kept while the result is over. A no-op patch ({@link MetadataPatch#isNoOp()})
     * returns this metadata unchanged without any check, so an identify without metadata never
     * fails on a lowered limit.
     */
    public MetadataChange apply(MetadataPatch patch, MetadataPolicy policy) {
        if (patch.isNoOp()) {
            return new MetadataChange(this, List.of());
        }
        MeasuredObject result =
                patch.mode() == MetadataMode.MERGE ? MeasuredObject.copyOf(object) : MeasuredObject.empty();
        patch.removedKeys().forEach(result::remove);
        return policy.overflow() == Overflow.REJECT
                ? setAllOrReject(result, patch.setKeys(), policy)
                : setUntilFull(result, patch.setKeys(), policy);
    }

    /**
     * Fills only the keys this metadata lacks from an absorbed visitor's metadata, in its order. A
     * key with which the result would cross the limit is skipped and reported, and the next keys are
     * still tried, so a later smaller key may fit. It never throws, even under REJECT: a merge of
     * visitors is never refused for metadata. If this metadata is already over the limit, nothing is
     * added.
     */
    public MetadataChange absorb(Metadata absorbed, MetadataPolicy policy) {
        MeasuredObject result = MeasuredObject.copyOf(object);
        List<String> dropped = new ArrayList<>();
        absorbed.object().members().forEach((key, value) -> {
            if (!result.contains(key) && !result.putWithin(key, value, policy)) {
                dropped.add(key);
            }
        });
        return new MetadataChange(new Metadata(result.toJsonObject()), dropped);
    }

    private static MetadataChange setAllOrReject(
            MeasuredObject result, Map<String, JsonValue> setKeys, MetadataPolicy policy) {
        setKeys.forEach(result::put);
        policy.refuseIfOver(result.size());
        return new MetadataChange(new Metadata(result.toJsonObject()), List.of());
    }

    private static MetadataChange setUntilFull(
            MeasuredObject result, Map<String, JsonValue> setKeys, MetadataPolicy policy) {
        List<String> dropped = new ArrayList<>();
        setKeys.forEach((key, value) -> {
            if (!dropped.isEmpty() || !result.putWithin(key, value, policy)) {
                dropped.add(key);
            }
        });
        return new MetadataChange(new Metadata(result.toJsonObject()), dropped);
    }
}
