package org.motcua;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MotcuaApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** Into target/modules: Spring Modulith writes relations in a different order each run. */
    @Test
    void writesTheModuleMap() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
