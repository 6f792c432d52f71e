package delivery.rider;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import delivery.architecture.HexagonRules;

@AnalyzeClasses(packages = "delivery.rider", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = HexagonRules.domainIsPlainJava("rider");
    @ArchTest
    static final ArchRule layers = HexagonRules.layers("rider");
    @ArchTest
    static final ArchRule applicationKnowsNoTransport = HexagonRules.applicationKnowsNoTransport("rider");
    @ArchTest
    static final ArchRule noOtherService = HexagonRules.noOtherService("rider");
}
