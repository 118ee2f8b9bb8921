package org.rapporteur.launch;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Optional;

/**
 * The program's entry point: starts the application from the build's class data sharing archive when one provably
 * matches ({@link Relaunch}), else runs it in this JVM. No Spring here: this class and {@link Relaunch} are all a
 * relaunching JVM loads. The build puts a copy at the fat jar's root as its main class (pom.xml), so that
 * {@code java -jar target/rapporteur.jar} decides before Spring Boot's launcher opens the nested jars; the started
 * JVM and {@code mvn spring-boot:run} start it by name.
 */
public final class Launcher {

    /** Where the application's classes are: in this class's own class path, or in the fat jar's nested jars. */
    private static final String APPLICATION = "org.rapporteur.RapporteurApplication";
    private static final String NESTED_JARS = "org.springframework.boot.loader.launch.JarLauncher";

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        String launcher = System.getProperty(Relaunch.PARENT);
        if (launcher != null) {
            Relaunch.endWith(Long.parseLong(launcher));
        }
        Optional<List<String>> command = Relaunch.command(Relaunch.Start.current(args));
        if (command.isPresent()) {
            try {
                System.exit(Relaunch.run(command.get()));
            } catch (IOException e) {
                // The JVM could not be started (no java executable there any more): run here instead.
            }
        }
        // At the fat jar's root, Spring Boot's launcher starts the application from the nested jars (and handles
        // its own -Djarmode).
        boolean nested = Launcher.class.getResource("/" + APPLICATION.replace('.', '/') + ".class") == null;
        MethodHandles.publicLookup().findStatic(Class.forName(nested ? NESTED_JARS : APPLICATION), "main",
                MethodType.methodType(void.class, String[].class)).invoke(args);
    }
}
