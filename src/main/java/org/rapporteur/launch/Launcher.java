package org.rapporteur.launch;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.rapporteur.RapporteurApplication;

/**
 * The program's entry point (the jar's start class): starts the application from the build's class data sharing
 * archive when one provably matches ({@link Relaunch}), else runs it in this JVM. No Spring here: this class and
 * {@link Relaunch} are all a relaunching JVM loads of the application.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        String launcher = System.getProperty(Relaunch.PARENT);
        if (launcher != null) {
            Relaunch.endWith(Long.parseLong(launcher));
        } else {
            Optional<List<String>> command = Relaunch.command(Relaunch.Start.current(args));
            if (command.isPresent()) {
                try {
                    System.exit(Relaunch.run(command.get()));
                } catch (IOException e) {
                    // The JVM could not be started (no java executable there any more): run here instead.
                }
            }
        }
        RapporteurApplication.main(args);
    }
}
