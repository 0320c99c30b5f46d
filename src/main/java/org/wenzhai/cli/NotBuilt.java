package org.wenzhai.cli;

import org.wenzhai.i18n.Messages;

/** What a reserved command says until its capability is built: a clear line and exit code 2. */
final class NotBuilt {
    private NotBuilt() {
    }

    static int say(picocli.CommandLine.Model.CommandSpec spec) {
        spec.commandLine().getErr().println(Messages.t("cli.notBuilt", spec.name()));
        return Cli.USAGE;
    }
}
