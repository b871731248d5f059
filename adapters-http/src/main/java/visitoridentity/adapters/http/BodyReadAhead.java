package visitoridentity.adapters.http;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.EagerContentHandler.ContentLoader;
import org.eclipse.jetty.server.handler.EagerContentHandler.ContentLoaderFactory;
import org.eclipse.jetty.server.handler.EagerContentHandler.RetainedContentLoaderFactory.RetainedContentLoader;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;

/**
 * Reads a request's body, up to the limit, before a request thread takes the request (Jetty's
 * {@link EagerContentHandler}): the application reads bodies blocking, and a body that trickles in
 * would otherwise hold a thread while it waits, until as many bodies as threads leave nobody
 * answered. Each chunk counts {@value HttpSettings#READ_AHEAD_CHUNK_COST} bytes beyond its content,
 * since a kept chunk keeps its network buffer: many small chunks are handed on before they pin much
 * memory. A declared length over the limit goes straight on, to be refused without a byte read.
 *
 * <p>Jetty checks the minimum data rate in its servlet layer, which this read comes before, so the
 * rate is checked here too, on Jetty's terms: from the first byte on, the bytes so far must keep
 * up with {@value HttpSettings#MIN_REQUEST_DATA_RATE} a second, else the body ends in a 408.
 */
final class BodyReadAhead {
    private BodyReadAhead() {}

    static EagerContentHandler handler(long maxBodyBytes) {
        long allowance = maxBodyBytes + HttpSettings.READ_AHEAD_CHUNK_COST + 1;
        ContentLoaderFactory anyContent = new ContentLoaderFactory() {
            @Override
            public String getApplicableMimeType() {
                return null;
            }

            @Override
            public ContentLoader newContentLoader(
                    String contentType,
                    String mimeType,
                    Handler next,
                    Request request,
                    Response response,
                    Callback callback) {
                return new RetainedContentLoader(
                        next,
                        new AtMinimumDataRate(request),
                        response,
                        callback,
                        allowance,
                        HttpSettings.READ_AHEAD_CHUNK_COST,
                        false);
            }
        };
        EagerContentHandler readAhead = new EagerContentHandler(anyContent);
        readAhead.exclude(request -> request.getLength() > maxBodyBytes);
        return readAhead;
    }

    /** The request, its body failing with a 408 once it falls behind the minimum data rate. */
    private static final class AtMinimumDataRate extends Request.Wrapper {
        private long firstByteAt = Long.MIN_VALUE;
        private long received;
        private Content.Chunk failure;

        AtMinimumDataRate(Request request) {
            super(request);
        }

        @Override
        public Content.Chunk read() {
            if (failure != null) {
                return failure;
            }
            Content.Chunk chunk = super.read();
            if (chunk == null || Content.Chunk.isFailure(chunk)) {
                return chunk;
            }
            if (firstByteAt == Long.MIN_VALUE) {
                firstByteAt = NanoTime.now();
            }
            received += chunk.remaining();
            if (received < HttpSettings.MIN_REQUEST_DATA_RATE * NanoTime.millisSince(firstByteAt) / 1_000) {
                chunk.release();
                failure = Content.Chunk.from(
                        new BadMessageException(
                                HttpStatus.REQUEST_TIMEOUT_408,
                                "Request content data rate < " + HttpSettings.MIN_REQUEST_DATA_RATE + " B/s"),
                        true);
                return failure;
            }
            return chunk;
        }
    }
}
