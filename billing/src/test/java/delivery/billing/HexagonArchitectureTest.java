package delivery.billing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import delivery.architecture.HexagonRules;

@AnalyzeClasses(packages = "delivery.billing", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = HexagonRules.domainIsPlainJava("billing");
    @ArchTest
    static final ArchRule layers = HexagonRules.layers("billing");
    @ArchTest
    static final ArchRule applicationKnowsNoTransport = HexagonRules.applicationKnowsNoTransport("billing");
    @ArchTest
    static final ArchRule noOtherService = HexagonRules.noOtherService("billing");
}
