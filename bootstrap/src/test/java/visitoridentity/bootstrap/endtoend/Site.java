package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import visitoridentity.application.fake.TestHmac;

/** A workspace created over HTTP with the root token, its secrets, and the calls its site and browsers make. */
final class Site {
    final Api api;
    final String id;
    final String signingSecret;
    final String adminKey;

    private Site(Api api, String id, String signingSecret, String adminKey) {
        this.api = api;
        this.id = id;
        this.signingSecret = signingSecret;
        this.adminKey = adminKey;
    }

    static Site create(Api api, String rootToken, String body) {
        Response created = api.post("/v1/workspaces", rootToken, body);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return new Site(api, created.text("/id"), created.text("/signingSecret"), created.text("/adminKey"));
    }

    /** The same workspace, called through another server (on the same database). */
    Site through(Api other) {
        return new Site(other, id, signingSecret, adminKey);
    }

    /** {@code /v1/workspaces/{ws}} followed by the suffix. */
    String path(String suffix) {
        return "/v1/workspaces/" + id + suffix;
    }

    /** The PlainValue signature the site's backend computes with its signing secret. */
    String sign(String value) {
        return TestHmac.hex(signingSecret, value);
    }

    /** A browser that starts the widget: a new anonymous visitor. */
    Browser newBrowser() {
        Response started = api.post(path("/visitors"), null, "");
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        return new Browser(started.text("/visitorToken"), started.text("/visitorId"), started.text("/anonymousId"));
    }

    /** The native identify; the browser keeps the fresh token when the answer carries one, as the SDK does. */
    Response identify(Browser browser, String body) {
        return browser.follow(api.post(path("/identify"), browser.token(), body));
    }

    /** The chat SDK's hmac of an anonymous id, as the site's backend gets it from the sign API. */
    String signAnonymousId(String anonymousId) {
        Response signed = api.post(path("/signatures"), adminKey, Api.json("anonymousId", anonymousId));
        assertThat(signed.status()).as("%s", signed).isEqualTo(200);
        return signed.text("/signatures/anonymousId");
    }

    Response chatSdkIdentify(Browser browser, String body) {
        return browser.follow(api.post("/compat/chatsdk/" + id + "/identify", browser.token(), body));
    }

    Response me(Browser browser) {
        return api.get(path("/visitors/me"), browser.token());
    }

    Response context(Browser browser) {
        return api.get(path("/visitors/me/context"), browser.token());
    }

    Response visitor(String visitorId) {
        return api.get(path("/visitors/" + visitorId), adminKey);
    }

    Response visitors(String query) {
        return api.get(path("/visitors" + query), adminKey);
    }

    Response contact(String contactId) {
        return api.get(path("/contacts/" + contactId), adminKey);
    }

    Response erase(String visitorId) {
        return api.delete(path("/visitors/" + visitorId), adminKey);
    }

    Response logout(Browser browser) {
        return api.delete(path("/visitors/me/session"), browser.token());
    }

    Response revokeSessions(String visitorId) {
        return api.post(path("/visitors/" + visitorId + "/sessions/revoke"), adminKey, "");
    }

    Response rotateKey(long graceSeconds) {
        return api.post(path("/signing-keys"), adminKey, Api.json("graceSeconds", graceSeconds));
    }

    Response settings(String body) {
        return api.patch(path(""), adminKey, body);
    }

    /**
     * One browser session: its bearer token and what it was told when it started. Like the SDK, it
     * keeps the fresh token an identify answers with (in {@code X-Visitor-Token}) when the device moved
     * to another visitor; {@code startToken} stays the token it started with.
     */
    static final class Browser {
        private final String startToken;
        private final String visitorId;
        private final String anonymousId;
        private String token;

        Browser(String token, String visitorId, String anonymousId) {
            this.startToken = token;
            this.token = token;
            this.visitorId = visitorId;
            this.anonymousId = anonymousId;
        }

        String token() {
            return token;
        }

        String startToken() {
            return startToken;
        }

        /** The visitor the browser started as (it may have moved since). */
        String visitorId() {
            return visitorId;
        }

        String anonymousId() {
            return anonymousId;
        }

        /** Keeps a rotated token from an identify's answer, and returns the answer. */
        Response follow(Response answer) {
            answer.header("X-Visitor-Token").ifPresent(fresh -> token = fresh);
            return answer;
        }

        @Override
        public String toString() {
            return "Browser[" + anonymousId + "]";
        }
    }
}
