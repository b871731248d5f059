package visitoridentity.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module graph is the architecture; these rules stop what Maven's dependencies alone cannot. */
@AnalyzeClasses(packages = "visitoridentity", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonTest {

    @ArchTest
    static final ArchRule domainDependsOnTheJdkOnly = classes()
            .that()
            .resideInAPackage("visitoridentity.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax.crypto..", "visitoridentity.domain..");

    @ArchTest
    static final ArchRule applicationDependsOnTheDomainOnly = classes()
            .that()
            .resideInAPackage("visitoridentity.application..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "visitoridentity.domain..", "visitoridentity.application..");

    @ArchTest
    static final ArchRule adaptersSurroundTheCoreAndNeverUseEachOther = onionArchitecture()
            // the domain keeps its rules in its models and pure functions: there is no domain-service layer
            .withOptionalLayers(true)
            .domainModels("visitoridentity.domain..")
            .applicationServices("visitoridentity.application..")
            .adapter("http", "visitoridentity.adapters.http..")
            .adapter("persistence", "visitoridentity.adapters.persistence..")
            // the composition roots (the embedded core and the server around it) may use every layer and adapter
            .ignoreDependency(resideInAPackage("visitoridentity.embedded.."), alwaysTrue())
            .ignoreDependency(resideInAPackage("visitoridentity.bootstrap.."), alwaysTrue());

    @ArchTest
    static final ArchRule onlyBootstrapKnowsBootstrap = noClasses()
            .that()
            .resideOutsideOfPackage("visitoridentity.bootstrap..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("visitoridentity.bootstrap..");

    /** The artifact a host application embeds: the core and its storage, nothing that serves or logs. */
    @ArchTest
    static final ArchRule theEmbeddedCoreBringsNoHttpNoCommandLineAndNoLoggingBinding = noClasses()
            .that()
            .resideInAPackage("visitoridentity.embedded..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "visitoridentity.adapters.http..",
                    "io.javalin..",
                    "org.eclipse.jetty..",
                    "kotlin..",
                    "picocli..",
                    "io.micrometer..",
                    "ch.qos.logback..");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("visitoridentity.(**)").should().beFreeOfCycles();
}
