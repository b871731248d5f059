package visitoridentity.application.lookup;

/** Lists a workspace's visitors for the agent console, filtered and paged by an opaque cursor. */
public interface FindVisitorsUseCase {
    VisitorPage find(FindVisitorsQuery query);
}
