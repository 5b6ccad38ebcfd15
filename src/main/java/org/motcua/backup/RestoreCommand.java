package org.motcua.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar motcua.jar restore <backup directory> [settings]}: starts the application without its
 * scheduled jobs or demo data (its web server answers on this machine only, on a free port), on the database the settings name (an empty embedded data
 * directory by default, or an empty external database), lets the migrations create the tables, loads the
 * backup, and stops. Exit status 0 when restored, 1 when refused (the reason is printed).
 */
public final class RestoreCommand {

    /** The setting that tells the application it runs a command, not a service (no jobs, no demo data). */
    public static final String COMMAND = "motcua.command";

    private RestoreCommand() {}

    public static boolean isRestore(String[] args) {
        return args.length > 0 && args[0].equals("restore");
    }

    /** Runs the command; answers the exit status. */
    public static int run(Class<?> application, String[] args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            System.err.println("usage: restore <backup directory> [--setting=value …]");
            return 2;
        }
        Path from = Path.of(args[1]).toAbsolutePath().normalize();
        List<String> settings = new ArrayList<>(Arrays.stream(args, 2, args.length)
                .filter(a -> !a.startsWith("--motcua.demo=") && !a.startsWith("--" + COMMAND + "="))
                .toList());
        settings.add("--motcua.demo=false");
        settings.add("--" + COMMAND + "=restore");
        // The web server starts (the application's beans expect it) but on this machine only, on a free port.
        settings.add("--server.address=127.0.0.1");
        settings.add("--server.port=0");
        SpringApplication app = new SpringApplication(application);
        try (ConfigurableApplicationContext context = app.run(settings.toArray(String[]::new))) {
            BackupManifest restored = context.getBean(Restore.class).restore(from);
            System.out.printf(
                    "restored %s (made %s): %d rows in %d tables, %d files%n",
                    restored.name(),
                    restored.createdAt(),
                    restored.rows(),
                    restored.tables().size(),
                    restored.files());
            return 0;
        } catch (Restore.Refused e) {
            System.err.println("restore refused: " + e.getMessage());
            return 1;
        }
    }
}
