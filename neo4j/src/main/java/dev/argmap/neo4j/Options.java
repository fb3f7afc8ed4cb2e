package dev.argmap.neo4j;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Command line of {@link LocalNeo4j}: {@code --home DIR --port N [--setting name=value]... [--ignore-stdin]};
 * password from the environment. {@code --setting} passes any Neo4j setting (e.g. the transaction memory
 * limits) so that their values live beside the heap size in src/neo4j/local-server.ts.
 */
record Options(Path home, int port, String password, boolean ignoreStdin, Map<String, String> settings) {

    static Options parse(String[] args, String password) {
        Path home = null;
        Integer port = null;
        boolean ignoreStdin = false;
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(value(args, ++i, "--home")).toAbsolutePath().normalize();
                case "--port" -> {
                    String v = value(args, ++i, "--port");
                    try {
                        port = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port must be a number, got '" + v + "'");
                    }
                    if (port < 1 || port > 65535) {
                        throw new IllegalArgumentException("--port must be in 1..65535, got " + port);
                    }
                }
                case "--ignore-stdin" -> ignoreStdin = true;
                case "--setting" -> {
                    String v = value(args, ++i, "--setting");
                    int eq = v.indexOf('=');
                    if (eq <= 0 || eq == v.length() - 1) {
                        throw new IllegalArgumentException("--setting must look like name=value, got '" + v + "'");
                    }
                    settings.put(v.substring(0, eq), v.substring(eq + 1));
                }
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "'; usage: LocalNeo4j --home DIR --port N [--setting name=value]... [--ignore-stdin] (password in $"
                        + LocalNeo4j.PASSWORD_ENV + ")");
            }
        }
        if (home == null) {
            throw new IllegalArgumentException("--home DIR is required");
        }
        if (port == null) {
            throw new IllegalArgumentException("--port N is required");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("environment variable " + LocalNeo4j.PASSWORD_ENV + " is not set");
        }
        if (password.length() < 8) {
            throw new IllegalArgumentException(
                    LocalNeo4j.PASSWORD_ENV + " must be at least 8 characters (Neo4j's minimum password length)");
        }
        return new Options(home, port, password, ignoreStdin, Map.copyOf(settings));
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}
