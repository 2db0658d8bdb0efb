package org.corroborate.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Hands the context to the commands that take it, so tests can run them on a project service of their own. */
final class CommandFactory implements CommandLine.IFactory {
    private final CliContext context;

    CommandFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withContext;
        try {
            withContext = type.getDeclaredConstructor(CliContext.class);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
        return withContext.newInstance(context);
    }
}
