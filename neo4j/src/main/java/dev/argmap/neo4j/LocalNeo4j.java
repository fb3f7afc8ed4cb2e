package dev.argmap.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;

/**
 * Embedded Neo4j Community DBMS with the Bolt server, for argmap development and tests.
 *
 * <pre>
 * ARGMAP_NEO4J_PASSWORD=... java [jvm flags] -cp "lib/*:argmap-local-neo4j.jar" \
 *     dev.argmap.neo4j.LocalNeo4j --home DIR --port N [--setting name=value]... [--ignore-stdin]
 * </pre>
 *
 * Protocol on stdout: exactly one line {@code ARGMAP_NEO4J_READY bolt://127.0.0.1:N} once Bolt accepts
 * connections. On failure: one line on stderr starting {@code ARGMAP_NEO4J_ERROR } and a non-zero exit.
 * The process exits (cleanly, via the shutdown hook) on SIGTERM/SIGINT and when stdin reaches EOF,
 * i.e. when the parent process that holds the pipe dies.
 */
public final class LocalNeo4j {
    static final String READY = "ARGMAP_NEO4J_READY ";
    static final String ERROR = "ARGMAP_NEO4J_ERROR ";
    static final String PASSWORD_ENV = "ARGMAP_NEO4J_PASSWORD";
    static final String HOST = "127.0.0.1";
    static final Duration SHUTDOWN_WATCHDOG = Duration.ofSeconds(60);

    private static volatile DatabaseManagementService managementService;

    private LocalNeo4j() {}

    public static void main(String[] args) {
        // Keep a handle on the real stdout; anything else written to System.out by libraries goes to stderr,
        // so that stdout carries only our protocol line.
        PrintStream protocolOut = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Options options;
        try {
            options = Options.parse(args, System.getenv(PASSWORD_ENV));
        } catch (IllegalArgumentException e) {
            fail(e.getMessage(), 2);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(LocalNeo4j::shutdown, "argmap-neo4j-shutdown"));
        if (!options.ignoreStdin()) {
            startStdinWatcher();
        }

        try {
            checkPortFree(options.port());
            Files.createDirectories(options.home());
            DatabaseManagementService dbms = build(options);
            managementService = dbms;
            setPassword(dbms, options.password());
            waitForBolt(options.port(), Duration.ofSeconds(30));
        } catch (Throwable t) {
            fail(describe(t, options.port()), 1);
            return;
        }
        protocolOut.println(READY + "bolt://" + HOST + ":" + options.port());
        protocolOut.flush();
        // main returns; Neo4j's non-daemon threads keep the JVM alive until shutdown.
    }

    private static DatabaseManagementService build(Options options) {
        return new DatabaseManagementServiceBuilder(options.home())
                // Bolt on loopback only; no HTTP(S).
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port()))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                // Auth on (the embedded Java API itself bypasses it; Bolt clients do not).
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Memory and disk: modest.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
                // No phoning home: dbms.usage_report.enabled=false.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty's graceful shutdown otherwise idles 2 x 5 s before the Bolt server stops.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                // Last, so that the caller's --setting values (transaction memory limits) win.
                .setConfig(typed(options.settings()))
                .build();
    }

    /**
     * The --setting values, parsed and validated by Neo4j's own Config (an unknown name or a bad value
     * fails the start with Neo4j's message): the public builder takes only typed settings.
     */
    private static Map<Setting<?>, Object> typed(Map<String, String> raw) {
        Config config = Config.newBuilder().setRaw(raw).build();
        Map<Setting<?>, Object> settings = new HashMap<>();
        for (String name : raw.keySet()) {
            Setting<Object> setting = config.getSetting(name);
            settings.put(setting, config.get(setting));
        }
        return settings;
    }

    /**
     * Sets the neo4j user's password on every start. The embedded API runs with full (auth-disabled)
     * access, so this works even though the password is unknown/initial.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Re-using the current password is refused by Neo4j; that state is exactly what we want.
            if (String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                return;
            }
            throw e;
        }
    }

    private static void checkPortFree(int port) throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (IOException e) {
            throw new PortTakenException(port, e);
        }
    }

    private static void waitForBolt(int port, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getByName(HOST), port), 1000);
                return;
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IOException("Bolt did not accept connections on " + HOST + ":" + port + " within " + timeout, last);
    }

    /** Parent death (even kill -9) closes our stdin pipe: exit, which runs the shutdown hook. */
    private static void startStdinWatcher() {
        Thread t = new Thread(
                () -> {
                    InputStream in = System.in;
                    byte[] buf = new byte[256];
                    try {
                        while (in.read(buf) >= 0) {
                            // ignore input
                        }
                    } catch (IOException ignored) {
                        // treat as EOF
                    }
                    System.exit(0);
                },
                "argmap-neo4j-stdin-watcher");
        t.setDaemon(true);
        t.start();
    }

    private static synchronized void shutdown() {
        DatabaseManagementService dbms = managementService;
        managementService = null;
        if (dbms != null) {
            // Never linger: if a clean shutdown hangs, halt (the store recovers on the next start).
            Thread watchdog = new Thread(
                    () -> {
                        try {
                            Thread.sleep(SHUTDOWN_WATCHDOG.toMillis());
                        } catch (InterruptedException e) {
                            return;
                        }
                        System.err.println("argmap-neo4j: shutdown took longer than " + SHUTDOWN_WATCHDOG + ", halting");
                        Runtime.getRuntime().halt(3);
                    },
                    "argmap-neo4j-shutdown-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            try {
                dbms.shutdown();
            } catch (Throwable t) {
                System.err.println("argmap-neo4j: error during shutdown: " + t);
            }
        }
    }

    private static String describe(Throwable t, int port) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PortTakenException) {
                return c.getMessage();
            }
            String name = c.getClass().getSimpleName();
            String msg = String.valueOf(c.getMessage());
            if (name.equals("PortBindException") || name.equals("BindException") || msg.contains("Address already in use")) {
                return new PortTakenException(port, c).getMessage();
            }
            if (msg.contains("FileLockException") || name.equals("FileLockException") || msg.contains("Unable to get lock")) {
                return "the Neo4j store is locked by another process (is another local Neo4j running on the same --home?): "
                        + msg;
            }
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = t.getClass().getName() + ": " + t.getMessage();
        return root == t ? top : top + " (cause: " + root.getClass().getName() + ": " + root.getMessage() + ")";
    }

    private static void fail(String message, int status) {
        System.err.println(ERROR + message.replace('\n', ' '));
        System.err.flush();
        // halt would skip the shutdown hook; exit runs it (managementService is null or partially up).
        System.exit(status);
    }

    static final class PortTakenException extends IOException {
        PortTakenException(int port, Throwable cause) {
            super("port " + port + " on " + HOST + " is already in use (Bolt cannot listen there); "
                    + "choose another port or stop the process holding it", cause);
        }
    }
}
