package visitoridentity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * A vendor dialect is one package under {@code visitoridentity.adapters.http.dialect} that stands
 * alone: it shares only the extension point, reaches the core through its use cases, and chooses a
 * signature scheme by naming the evidence, never by computing one.
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

    @ArchTest
    static final ArchRule dialectsChooseEvidenceButNeverTouchTheSignatureSchemes = noClasses()
            .that()
            .resideInAPackage("..adapters.http.dialect..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..domain.signature..");
}
