package delivery.order;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import delivery.architecture.HexagonRules;

@AnalyzeClasses(packages = "delivery.order", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = HexagonRules.domainIsPlainJava("order");
    @ArchTest
    static final ArchRule layers = HexagonRules.layers("order");
    @ArchTest
    static final ArchRule applicationKnowsNoTransport = HexagonRules.applicationKnowsNoTransport("order");
    @ArchTest
    static final ArchRule noOtherService = HexagonRules.noOtherService("order");
}
