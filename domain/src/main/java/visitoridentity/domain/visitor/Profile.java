package visitoridentity.domain.visitor;

import java.util.Optional;
import visitoridentity.domain.claim.AvatarUrl;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.claim.Tag;

/** The descriptive fields of a visitor, which prove nothing and link nothing. */
public record Profile(Optional<DisplayName> name, Optional<AvatarUrl> avatarUrl, Optional<Tag> tag) {
    public static final Profile EMPTY = new Profile(Optional.empty(), Optional.empty(), Optional.empty());

    /** Fields this profile lacks are taken from the other (a merge fills, never overwrites). */
    public Profile filledFrom(Profile other) {
        return new Profile(name.or(other::name), avatarUrl.or(other::avatarUrl), tag.or(other::tag));
    }
}
