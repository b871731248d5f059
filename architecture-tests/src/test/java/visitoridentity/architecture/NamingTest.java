package visitoridentity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Clock;
import java.time.Instant;

/** Names say what things are; the use cases and ports are found by their names. */
@AnalyzeClasses(packages = "visitoridentity", importOptions = ImportOption.DoNotIncludeTests.class)
class NamingTest {

    @ArchTest
    static final ArchRule useCasesAreInterfacesOfTheApplication = classes()
            .that()
            .haveSimpleNameEndingWith("UseCase")
            .should()
            .beInterfaces()
            .andShould()
            .resideInAPackage("visitoridentity.application..");

    @ArchTest
    static final ArchRule useCaseServicesAreFinalAndLiveBesideTheirUseCase = classes()
            .that()
            .implement(DescribedPredicate.describe(
                    "a use case", (JavaClass c) -> c.getSimpleName().endsWith("UseCase")))
            .should()
            .haveModifier(JavaModifier.FINAL)
            .andShould()
            .resideInAPackage("visitoridentity.application..");

    @ArchTest
    static final ArchRule outgoingPortsAreInterfacesNamedForTheirRole = classes()
            .that()
            .resideInAPackage("visitoridentity.application.port")
            .and()
            .areInterfaces()
            .should()
            .haveSimpleNameEndingWith("Repository")
            .orShould()
            .haveSimpleNameEndingWith("Generator")
            .orShould()
            .haveSimpleName("Transactions");

    @ArchTest
    static final ArchRule noVagueNames = noClasses()
            .should()
            .haveSimpleNameEndingWith("Impl")
            .orShould()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Manager");

    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule theCoreNeverReadsTheSystemClock = noClasses()
            .that()
            .resideInAnyPackage("visitoridentity.domain..", "visitoridentity.application..")
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(Clock.class, "systemUTC")
            .orShould()
            .callMethod(System.class, "currentTimeMillis");
}
