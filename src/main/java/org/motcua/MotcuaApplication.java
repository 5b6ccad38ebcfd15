package org.motcua;

import org.motcua.backup.RestoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/** The motcua one-stop service center application: one deployable, one package per business module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class MotcuaApplication {

    public static void main(String[] args) {
        if (RestoreCommand.isRestore(args)) {
            System.exit(RestoreCommand.run(MotcuaApplication.class, args));
        }
        SpringApplication.run(MotcuaApplication.class, args);
    }
}
