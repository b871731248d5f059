package visitoridentity.application.lookup;

import java.util.List;
import visitoridentity.domain.contact.Contact;
import visitoridentity.domain.id.VisitorId;

/** A contact and the ids of the visitors that belong to it. */
public record ContactView(Contact contact, List<VisitorId> visitorIds) {
    public ContactView {
        visitorIds = List.copyOf(visitorIds);
    }
}
