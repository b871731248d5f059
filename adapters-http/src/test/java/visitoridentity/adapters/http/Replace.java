package visitoridentity.adapters.http;

import visitoridentity.application.UseCases;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.start.StartVisitorUseCase;

/** One use case of the real set swapped for a stand-in, for failures the fakes cannot produce. */
final class Replace {
    private Replace() {}

    static UseCases startVisitor(UseCases u, StartVisitorUseCase stub) {
        return new UseCases(
                stub,
                u.identifyVisitor(),
                u.showCurrentVisitor(),
                u.resolveTrustedContext(),
                u.signIdentity(),
                u.checkSignature(),
                u.createWorkspace(),
                u.showWorkspace(),
                u.listWorkspaces(),
                u.changeWorkspaceSettings(),
                u.rotateSigningKey(),
                u.showSigningKeys(),
                u.revokeSigningKey(),
                u.findVisitors(),
                u.showVisitor(),
                u.showContact(),
                u.eraseVisitor(),
                u.revokeSession(),
                u.authenticateAdmin(),
                u.managePublicKeys(),
                u.spendTokenId(),
                u.listEvents(),
                u.manageWebhooks());
    }

    static UseCases identifyVisitor(UseCases u, IdentifyVisitorUseCase stub) {
        return new UseCases(
                u.startVisitor(),
                stub,
                u.showCurrentVisitor(),
                u.resolveTrustedContext(),
                u.signIdentity(),
                u.checkSignature(),
                u.createWorkspace(),
                u.showWorkspace(),
                u.listWorkspaces(),
                u.changeWorkspaceSettings(),
                u.rotateSigningKey(),
                u.showSigningKeys(),
                u.revokeSigningKey(),
                u.findVisitors(),
                u.showVisitor(),
                u.showContact(),
                u.eraseVisitor(),
                u.revokeSession(),
                u.authenticateAdmin(),
                u.managePublicKeys(),
                u.spendTokenId(),
                u.listEvents(),
                u.manageWebhooks());
    }
}
