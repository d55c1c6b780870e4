package nl.kringloop.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginRuntimeException;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class QuietRefusalsTest {

    final QuietRefusals quiet = new QuietRefusals();
    final List<LogRecord> written = new ArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            written.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    final Logger webapp = Logger.getLogger("com.ibm.ws.webcontainer.webapp");
    final Logger resteasy = Logger.getLogger("org.jboss.resteasy.resteasy_jaxrs.i18n");
    final Logger pf4j = Logger.getLogger("org.pf4j.AbstractPluginManager");

    @BeforeEach
    void install() {
        // captured here, not written to the console: the records that pass carry stack traces
        List.of(webapp, resteasy, pf4j).forEach(l -> {
            l.addHandler(capture);
            l.setUseParentHandlers(false);
        });
        quiet.install(null);
    }

    @AfterEach
    void uninstall() {
        quiet.uninstall(null);
        List.of(webapp, resteasy, pf4j).forEach(l -> {
            l.removeHandler(capture);
            l.setUseParentHandlers(true);
        });
    }

    @Test
    void aClientsMalformedPathIsNotWrittenAndEverythingElseIs() {
        webapp.log(Level.SEVERE, "SRVE0315E: An exception occurred", new Throwable(new IOException(
                "CWWWC0005I: The request URI has invalid or improperly encoded characters: [/api/x/%2F]")));
        resteasy.log(Level.WARNING, "RESTEASY002130: Failed to parse request.",
                new RuntimeException(new MalformedInputException(1)));
        assertThat(written).isEmpty();

        webapp.log(Level.SEVERE, "SRVE0315E: An exception occurred", new Throwable(new IOException("disk full")));
        resteasy.log(Level.WARNING, "RESTEASY002130: Failed to parse request.", new IllegalStateException("other"));
        assertThat(written).extracting(r -> r.getThrown().getMessage()).containsExactly("java.io.IOException: disk full",
                "other");
    }

    @Test
    void aRefusedPluginJarKeepsItsLineWithoutTheTraceAndAPluginsOwnExceptionKeepsItsTrace() {
        pf4j.log(Level.SEVERE, "Cannot load plugin 'corrupt.jar'", new PluginRuntimeException("No descriptor"));
        pf4j.log(Level.SEVERE, "Unable to start plugin 'p'", new IllegalStateException("bug in the plugin"));
        assertThat(written).extracting(LogRecord::getMessage).containsExactly("Cannot load plugin 'corrupt.jar'",
                "Unable to start plugin 'p'");
        assertThat(written.get(0).getThrown()).isNull();
        assertThat(written.get(1).getThrown()).hasMessage("bug in the plugin");
    }

    @Test
    void uninstallingGivesTheLoggersTheirFiltersBack() {
        quiet.uninstall(null);
        assertThat(List.of(webapp, resteasy, pf4j)).allMatch(l -> l.getFilter() == null);
        quiet.install(null);
    }
}
