// Runs Neo4j Community in-process with the Bolt connector on loopback, for Entente's managed
// local database. Maven Central serves the engine (org.neo4j:neo4j) but not the packaged server,
// so this one class plays the server's part.
//
// Usage: java -cp 'jars/*:classes' Launcher <home-dir> <bolt-port> <pagecache-mb> <tx-total-mb>
//   <tx-max-mb>  (the heap all transactions together, and one transaction, may use)
// The password for the `neo4j` user comes in the ENTENTE_NEO4J_PASSWORD environment variable
// (never argv, which other users can read in `ps`).
//
// Life cycle: prints "ENTENTE_NEO4J_READY <port>" on stdout once Bolt answers with the password
// set, then reads stdin until EOF. The parent keeps stdin open; when it exits, however it exits
// (even SIGKILL), the pipe closes and the database shuts down once no other live process is
// named in <data>/users/ (the commands that attached to it), so no orphan outlives them all.
// SIGTERM and SIGINT shut down cleanly through the shutdown hook.

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println(
          "usage: Launcher <home-dir> <bolt-port> <pagecache-mb> <tx-total-mb> <tx-max-mb>");
      System.exit(2);
    }
    Path home = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    long pageCacheBytes = Long.parseLong(args[2]) * 1024L * 1024L;
    long transactionsTotalBytes = Long.parseLong(args[3]) * 1024L * 1024L;
    long transactionMaxBytes = Long.parseLong(args[4]) * 1024L * 1024L;
    String password = System.getenv("ENTENTE_NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("ENTENTE_NEO4J_PASSWORD must be set (8 characters or more)");
      System.exit(2);
    }

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
            // Bounded work: a transaction that needs more heap than its share fails alone
            // (MemoryPoolOutOfMemoryError, TOO_EXPENSIVE in the API) instead of taking the JVM
            // down for everyone (-XX:+ExitOnOutOfMemoryError).
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, transactionsTotalBytes)
            .setConfig(GraphDatabaseSettings.memory_transaction_database_max_size, transactionsTotalBytes)
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, transactionMaxBytes)
            // A local tool phones nobody home.
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Bolt's defaults wait 2 x 5 s for idle thread pools on shutdown; a local server
            // with its clients already gone has nothing to wait for.
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            .build();

    Thread shutdown = new Thread(dbms::shutdown, "entente-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    setPassword(dbms, home, password);
    System.out.println("ENTENTE_NEO4J_READY " + port);
    System.out.flush();

    // Block until the parent closes our stdin (it exited or asked us to stop).
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    while (in.read(buffer) >= 0) {
      // Nothing is read from the parent but its presence.
    }
    // Other commands that attached to this server (an API beside an import) keep it up until
    // the last of them is gone: a dead one's file is ignored, so no orphan outlives them all.
    waitForOtherUsers(home.getParent().resolve("users"));
    System.exit(0); // runs the shutdown hook
  }

  /** Waits while a file users/<pid> names a live process. */
  private static void waitForOtherUsers(Path users) throws InterruptedException {
    for (;;) {
      boolean anyAlive = false;
      try (var files = Files.list(users)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          try {
            long pid = Long.parseLong(file.getFileName().toString());
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) anyAlive = true;
          } catch (NumberFormatException e) {
            // not a user file
          }
        }
      } catch (java.io.IOException e) {
        return; // no users folder: nobody else
      }
      if (!anyAlive) return;
      Thread.sleep(500);
    }
  }

  /**
   * Sets the password once per value: a marker file holding its hash lets a restart skip the
   * system-database write (and the cold Cypher planner, which costs seconds).
   */
  private static void setPassword(DatabaseManagementService dbms, Path home, String password)
      throws Exception {
    Path marker = home.resolve("password.sha256");
    String hash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
    if (Files.exists(marker) && Files.readString(marker).equals(hash)) return;
    try {
      dbms.database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (RuntimeException e) {
      // Re-setting the same password is refused; that is the normal case on every restart.
      String message = String.valueOf(e.getMessage());
      if (!message.contains("cannot be the same")) throw e;
    }
    Files.writeString(marker, hash);
  }
}
