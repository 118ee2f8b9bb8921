package org.rapporteur.launch;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for the application in a relaunch: writes its arguments, JVM options and launcher to the file named
 * first, then exits with the code given second, or waits a minute when that is "wait".
 */
public final class EchoMain {

    private EchoMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>(List.of(args));
        lines.add("jvm " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        lines.add("pid " + ProcessHandle.current().pid());
        Files.write(Path.of(args[0]), lines);
        if (args[1].equals("wait")) {
            Thread.sleep(60_000);
        }
        System.exit(Integer.parseInt(args[1].replace("wait", "0")));
    }
}
