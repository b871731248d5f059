package visitoridentity.adapters.http;

import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.start.StartVisitorUseCase;

/** One use case of the real set swapped for a stand-in, for failures the fakes cannot produce. */
final class Replace {
    private Replace() {}

    static HttpUseCases startVisitor(HttpUseCases u, StartVisitorUseCase stub) {
        return new HttpUseCases(
                stub,
                u.identifyVisitor(),
                u.showCurrentVisitor(),
                u.resolveTrustedContext(),
                u.signIdentity(),
                u.createWorkspace(),
                u.showWorkspace(),
                u.changeWorkspaceSettings(),
                u.rotateSigningKey(),
                u.findVisitors(),
                u.showVisitor(),
                u.showContact(),
                u.eraseVisitor(),
                u.authenticateAdmin());
    }

    static HttpUseCases identifyVisitor(HttpUseCases u, IdentifyVisitorUseCase stub) {
        return new HttpUseCases(
                u.startVisitor(),
                stub,
                u.showCurrentVisitor(),
                u.resolveTrustedContext(),
                u.signIdentity(),
                u.createWorkspace(),
                u.showWorkspace(),
                u.changeWorkspaceSettings(),
                u.rotateSigningKey(),
                u.findVisitors(),
                u.showVisitor(),
                u.showContact(),
                u.eraseVisitor(),
                u.authenticateAdmin());
    }
}
