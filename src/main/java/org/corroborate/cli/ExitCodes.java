package org.corroborate.cli;

/** The exit codes every command uses, as docs/cli.md lists them. */
final class ExitCodes {
    static final int SUCCESS = 0;
    /** The command was understood but failed: bad input, or a project that cannot be used. */
    static final int FAILED = 1;
    /** The command line itself is wrong: an unknown command or option, a missing or malformed value. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
