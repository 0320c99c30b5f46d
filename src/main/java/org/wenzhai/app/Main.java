package org.wenzhai.app;

import org.wenzhai.cli.Cli;

/**
 * Entry point of {@code java -jar wenzhai.jar}. Not a JavaFX Application subclass on purpose: the
 * jar then starts on a plain classpath. No arguments opens the window; any argument runs the
 * command line and exits.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            WenzhaiApp.launchWindow(args);
            if (WenzhaiApp.exitCode() != 0) {
                System.exit(WenzhaiApp.exitCode());
            }
            return;
        }
        System.exit(Cli.run(args));
    }
}
