package visitoridentity.adapters.http;

import visitoridentity.adapters.http.nativeapi.NativeApi;
import visitoridentity.application.UseCases;
import visitoridentity.application.admin.AuthenticateAdminUseCase;
import visitoridentity.application.context.ResolveTrustedContextUseCase;
import visitoridentity.application.erase.EraseVisitorUseCase;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.ShowCurrentVisitorUseCase;
import visitoridentity.application.lookup.FindVisitorsUseCase;
import visitoridentity.application.lookup.ShowContactUseCase;
import visitoridentity.application.lookup.ShowVisitorUseCase;
import visitoridentity.application.sign.SignIdentityUseCase;
import visitoridentity.application.start.StartVisitorUseCase;
import visitoridentity.application.workspace.ChangeWorkspaceSettingsUseCase;
import visitoridentity.application.workspace.CreateWorkspaceUseCase;
import visitoridentity.application.workspace.RotateSigningKeyUseCase;
import visitoridentity.application.workspace.ShowWorkspaceUseCase;

/** Every use case the HTTP API calls. */
public record HttpUseCases(
        StartVisitorUseCase startVisitor,
        IdentifyVisitorUseCase identifyVisitor,
        ShowCurrentVisitorUseCase showCurrentVisitor,
        ResolveTrustedContextUseCase resolveTrustedContext,
        SignIdentityUseCase signIdentity,
        CreateWorkspaceUseCase createWorkspace,
        ShowWorkspaceUseCase showWorkspace,
        ChangeWorkspaceSettingsUseCase changeWorkspaceSettings,
        RotateSigningKeyUseCase rotateSigningKey,
        FindVisitorsUseCase findVisitors,
        ShowVisitorUseCase showVisitor,
        ShowContactUseCase showContact,
        EraseVisitorUseCase eraseVisitor,
        AuthenticateAdminUseCase authenticateAdmin) {

    public static HttpUseCases of(UseCases useCases) {
        return new HttpUseCases(
                useCases.startVisitor(),
                useCases.identifyVisitor(),
                useCases.showCurrentVisitor(),
                useCases.resolveTrustedContext(),
                useCases.signIdentity(),
                useCases.createWorkspace(),
                useCases.showWorkspace(),
                useCases.changeWorkspaceSettings(),
                useCases.rotateSigningKey(),
                useCases.findVisitors(),
                useCases.showVisitor(),
                useCases.showContact(),
                useCases.eraseVisitor(),
                useCases.authenticateAdmin());
    }

    NativeApi.UseCases nativeApi() {
        return new NativeApi.UseCases(
                startVisitor,
                identifyVisitor,
                showCurrentVisitor,
                resolveTrustedContext,
                signIdentity,
                createWorkspace,
                showWorkspace,
                changeWorkspaceSettings,
                rotateSigningKey,
                findVisitors,
                showVisitor,
                showContact,
                eraseVisitor);
    }
}
