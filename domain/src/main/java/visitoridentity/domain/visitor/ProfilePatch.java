package visitoridentity.domain.visitor;

import visitoridentity.domain.claim.AvatarUrl;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.claim.Tag;

/** An identify's changes to the profile fields. */
public record ProfilePatch(FieldPatch<DisplayName> name, FieldPatch<AvatarUrl> avatarUrl, FieldPatch<Tag> tag) {
    public static final ProfilePatch NONE = new ProfilePatch(FieldPatch.keep(), FieldPatch.keep(), FieldPatch.keep());

    public Profile applyTo(Profile profile) {
        return new Profile(
                name.applyTo(profile.name()), avatarUrl.applyTo(profile.avatarUrl()), tag.applyTo(profile.tag()));
    }
}
