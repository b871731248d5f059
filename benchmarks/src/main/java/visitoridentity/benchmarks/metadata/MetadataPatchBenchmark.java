package visitoridentity.benchmarks.metadata;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import visitoridentity.domain.json.CompactJson;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.metadata.Metadata;
import visitoridentity.domain.metadata.MetadataChange;
import visitoridentity.domain.metadata.MetadataPatch;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.metadata.SizeUnit;

/**
 * A MERGE patch (seven keys changed, one removed, one added) applied to stored metadata of about 1
 * KiB and about 8 KiB under the default policy (8192 bytes, REJECT), the limit checked on the
 * result. {@code domainApply} is what identify does; {@code domainApplyAndWrite} adds the compact
 * text the store writes. The baseline is the usual way without a size model: a Jackson tree copied,
 * patched, serialized and its bytes counted.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MetadataPatchBenchmark {
    private static final MetadataPolicy POLICY = MetadataPolicy.DEFAULT;

    @Param({"1024", "8192"})
    public int storedBytes;

    private Metadata stored;
    private MetadataPatch patch;
    private ObjectMapper mapper;
    private ObjectNode storedTree;
    private ObjectNode patchTree;

    @Setup
    public void build() throws IOException {
        SampleMetadata sample = SampleMetadata.ofAbout(storedBytes - 200);
        stored = Metadata.parse(sample.storedJson());
        patch = MetadataPatch.merge((JsonObject) CompactJson.parse(sample.patchJson()));
        // Numbers as sent (19.90 stays 19.90), as the domain keeps them, so both write the same text.
        mapper = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
        storedTree = (ObjectNode) mapper.readTree(sample.storedJson());
        patchTree = (ObjectNode) mapper.readTree(sample.patchJson());
        long result = domainApply().metadata().size(SizeUnit.BYTES);
        int baseline = jacksonTree();
        if (result != baseline || result > POLICY.max()) {
            throw new IllegalStateException("sizes " + result + " (domain) and " + baseline
                    + " (Jackson) should be equal and within " + POLICY.max());
        }
    }

    @Benchmark
    public MetadataChange domainApply() {
        return stored.apply(patch, POLICY);
    }

    @Benchmark
    public String domainApplyAndWrite() {
        return stored.apply(patch, POLICY).metadata().compactJson();
    }

    @Benchmark
    public int jacksonTree() throws IOException {
        ObjectNode result = storedTree.deepCopy();
        patchTree.properties().forEach(member -> {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), member.getValue());
            }
        });
        int bytes = mapper.writeValueAsBytes(result).length;
        if (bytes > POLICY.max()) {
            throw new IllegalStateException("over the limit");
        }
        return bytes;
    }
}
