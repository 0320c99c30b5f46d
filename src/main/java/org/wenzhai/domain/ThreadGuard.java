package org.wenzhai.domain;

/**
 * Catches database, index and file work on the JavaFX application thread, which must only draw.
 * With {@code -Dwenzhai.fxThreadGuard=fail} (the test suites) such a call throws; otherwise it is
 * reported once on stderr.
 */
public final class ThreadGuard {
    private static final String FX_THREAD = "JavaFX Application Thread";
    private static volatile boolean warned;

    private ThreadGuard() {
    }

    /** Call at the entry of every storage and index operation. */
    public static void checkNotFxThread(String what) {
        if (!FX_THREAD.equals(Thread.currentThread().getName())) {
            return;
        }
        String message = what + " called on the JavaFX application thread";
        if ("fail".equals(System.getProperty("wenzhai.fxThreadGuard"))) {
            throw new IllegalStateException(message);
        }
        if (!warned) {
            warned = true;
            System.err.println("warning: " + message);
        }
    }
}
