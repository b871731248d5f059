package visitoridentity.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import visitoridentity.domain.id.WorkspaceId;

/**
 * On PostgreSQL, a thread that {@code LISTEN}s on a connection of its own for the settings changes
 * every instance announces ({@link SettingsChanges}) and makes {@link SettingsCache} forget them.
 * Whenever it (re)connects it forgets everything, since changes made while it was not listening
 * were not heard; while it cannot connect, the cache's short time to live bounds what is missed.
 * The connection is opened beside the pool when the data source is a Hikari pool (it would hold
 * one of the pool's connections for good otherwise), else taken from the data source.
 */
final class SettingsListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SettingsListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final SettingsCache cache;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    private SettingsListener(DataSource dataSource, SettingsCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.thread = new Thread(this::listen, "visitor-identity-settings-listener");
        thread.setDaemon(true);
    }

    static SettingsListener start(DataSource dataSource, SettingsCache cache) {
        SettingsListener listener = new SettingsListener(dataSource, cache);
        listener.thread.start();
        return listener;
    }

    private void listen() {
        while (running) {
            try (Connection listening = open();
                    Statement statement = listening.createStatement()) {
                connection = listening;
                statement.execute("LISTEN " + SettingsChanges.CHANNEL);
                cache.forgetAll();
                PGConnection notifications = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            forget(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn(
                            "Not listening for settings changes ({}); cached settings live at most {} s meanwhile",
                            e.getMessage(),
                            SettingsCache.TIME_TO_LIVE.toSeconds());
                    pause();
                }
            } finally {
                connection = null;
            }
        }
    }

    private void forget(String workspaceId) {
        try {
            cache.forget(WorkspaceId.of(workspaceId));
        } catch (RuntimeException notAWorkspaceId) {
            cache.forgetAll();
        }
    }

    private Connection open() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            if (pool.getJdbcUrl() != null) {
                // the pool's driver settings too (error messages without row values, the application name)
                Properties properties = new Properties();
                properties.putAll(pool.getDataSourceProperties());
                if (pool.getUsername() != null) {
                    properties.setProperty("user", pool.getUsername());
                }
                if (pool.getPassword() != null) {
                    properties.setProperty("password", pool.getPassword());
                }
                return DriverManager.getConnection(pool.getJdbcUrl(), properties);
            }
        }
        return dataSource.getConnection();
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops listening and closes the connection; waits a moment for the thread to end. */
    @Override
    public void close() {
        running = false;
        Connection current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException alreadyGone) {
                // the thread ends either way
            }
        }
        try {
            thread.join(RECONNECT_PAUSE.toMillis() + WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
