package org.wenzhai.safety;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.Permission;

/**
 * Runs Wenzhai's entry point under a security manager that refuses and records every network
 * operation (connect, name lookup, listen, accept, multicast) in the file named by
 * {@code -Dwenzhai.networkLog}. Started as a child JVM with {@code -Djava.security.manager=allow}.
 * {@code --self-test} opens a socket instead, to prove the guard sees one.
 */
public final class NetworkGuard extends SecurityManager {
    private final Path log;

    private NetworkGuard(Path log) {
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        System.setSecurityManager(new NetworkGuard(Path.of(System.getProperty("wenzhai.networkLog"))));
        if (args.length > 0 && args[0].equals("--self-test")) {
            try (var s = new java.net.Socket("127.0.0.1", 9)) {
                System.out.println("connected: " + s);
            } catch (SecurityException | IOException e) {
                System.out.println("refused: " + e.getMessage());
            }
            return;
        }
        if (args.length > 1 && args[0].equals("--window-seconds")) {
            long seconds = Long.parseLong(args[1]);
            Thread stopper = new Thread(() -> {
                try {
                    Thread.sleep(seconds * 1000);
                } catch (InterruptedException ignored) {
                    // exit anyway
                }
                System.exit(0);
            });
            stopper.setDaemon(true);
            stopper.start();
            org.wenzhai.app.Main.main(new String[0]);
            return;
        }
        org.wenzhai.app.Main.main(args);
    }

    private void record(String what) {
        try {
            Files.writeString(log, what + " from " + Thread.currentThread().getName() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new SecurityException("network use refused by the test guard: " + what);
    }

    @Override
    public void checkPermission(Permission perm) {
        // everything else is allowed
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        // everything else is allowed
    }

    @Override
    public void checkConnect(String host, int port) {
        record("connect " + host + ":" + port);
    }

    @Override
    public void checkConnect(String host, int port, Object context) {
        record("connect " + host + ":" + port);
    }

    @Override
    public void checkListen(int port) {
        record("listen " + port);
    }

    @Override
    public void checkAccept(String host, int port) {
        record("accept " + host + ":" + port);
    }

    @Override
    public void checkMulticast(InetAddress maddr) {
        record("multicast " + maddr);
    }
}
