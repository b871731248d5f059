package visitoridentity.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * A vendor dialect is one package under {@code visitoridentity.adapters.http.dialect} that stands
 * alone: it shares only the extension point, reaches the core through its use cases, and either names
 * one of the domain's proofs or brings a proof of its own (a vendor's JWT) that reads the workspace's
 * signing keys, but never computes the domain's HMAC schemes.
 */
@AnalyzeClasses(packages = "visitoridentity", importOptions = ImportOption.DoNotIncludeTests.class)
class DialectsTest {

    @ArchTest
    static final ArchRule noDialectDependsOnAnother = slices().matching("visitoridentity.adapters.http.dialect.(*)..")
            .should()
            .notDependOnEachOther();

    @ArchTest
    static final ArchRule dialectsNeverReachPersistence = noClasses()
            .that()
            .resideInAPackage("..adapters.http.dialect..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..adapters.persistence..");

    /** The keys a dialect's own proof verifies with; everything else in the package is the domain's schemes. */
    private static final DescribedPredicate<JavaClass> SIGNING_KEYS = simpleName("SigningKeyRing")
            .or(simpleName("SigningKey"))
            .or(simpleName("SigningSecret"))
            .as("the signing keys");

    @ArchTest
    static final ArchRule dialectsReadTheKeysButNeverComputeTheDomainsSchemes = noClasses()
            .that()
            .resideInAPackage("..adapters.http.dialect..")
            .should()
            .dependOnClassesThat(resideInAPackage("..domain.signature..").and(not(SIGNING_KEYS)));
}
