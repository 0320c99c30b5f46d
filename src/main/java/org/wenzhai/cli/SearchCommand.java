package org.wenzhai.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Spec;

/** Reserved: built by its own issue. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Not built yet.")
public class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> ignored;

    @Override
    public Integer call() {
        return NotBuilt.say(spec);
    }
}
