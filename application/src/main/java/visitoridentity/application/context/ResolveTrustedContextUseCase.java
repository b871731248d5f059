package visitoridentity.application.context;

import visitoridentity.application.session.VisitorCredentials;

/** What a downstream action (an AI agent's tool, a webhook) may trust about the session's visitor. */
public interface ResolveTrustedContextUseCase {
    TrustedContext resolve(VisitorCredentials credentials);
}
