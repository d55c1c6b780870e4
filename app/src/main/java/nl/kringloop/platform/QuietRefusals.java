package nl.kringloop.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.pf4j.PluginRuntimeException;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps the refusal of a client's malformed request out of the server log, where its stack trace reads as a
 * failure of the server. Such a request is answered 400 problem+json ({@link ErrorPageServlet}) and nothing went
 * wrong here, yet Liberty's web container logs its refusal of an encoded {@code /}, {@code .}, {@code #} or
 * {@code \} in the path (CWWWC0005I) as an error with a 40-line trace (SRVE0315E), and RESTEasy logs a path whose
 * escapes are not UTF-8 as a warning with a 50-line one (RESTEASY002130); both records are dropped, as no other
 * 400 is logged. PF4J logs a plugin jar it refuses (unreadable, bad version) with its trace beside the one line
 * {@link PluginRegistry} writes: that record keeps its line and loses the trace; an exception of a plugin's own
 * code keeps its trace. Everything else those loggers write passes.
 * <p>
 * The loggers are java.util.logging loggers, which Liberty's log honours filters of; the filters are set while
 * the application runs and a filter that was there is asked first.
 */
@ApplicationScoped
public class QuietRefusals {

    private final List<Installed> installed = new ArrayList<>();

    /** A filter set on a logger, with the one it replaced. The logger is held: JUL keeps loggers only weakly. */
    private record Installed(Logger logger, Filter previous) {
    }

    void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
        quiet("com.ibm.ws.webcontainer.webapp", r -> causedBy(r, t -> t.getMessage() != null
                && t.getMessage().startsWith("CWWWC0005I")), false);
        quiet("org.jboss.resteasy.resteasy_jaxrs.i18n", r -> causedBy(r, CharacterCodingException.class::isInstance),
                false);
        for (String pf4j : List.of("org.pf4j.AbstractPluginManager", "org.pf4j.CompoundPluginDescriptorFinder")) {
            quiet(pf4j, r -> r.getThrown() instanceof PluginRuntimeException, true);
        }
    }

    void uninstall(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        // the filters are classes of this application: leave no reference to them in the server's loggers
        installed.forEach(i -> i.logger().setFilter(i.previous()));
        installed.clear();
    }

    /**
     * @param matches   the records concerned
     * @param keepLine  true: such a record is written without its stack trace; false: it is not written
     */
    private void quiet(String loggerName, Predicate<LogRecord> matches, boolean keepLine) {
        Logger logger = Logger.getLogger(loggerName);
        Filter previous = logger.getFilter();
        logger.setFilter(r -> {
            if (previous != null && !previous.isLoggable(r)) {
                return false;
            }
            if (!matches.test(r)) {
                return true;
            }
            if (keepLine) {
                r.setThrown(null);
            }
            return keepLine;
        });
        installed.add(new Installed(logger, previous));
    }

    /** @return true when the record's exception, or one it names as a parameter, or a cause of either, passes */
    static boolean causedBy(LogRecord r, Predicate<Throwable> test) {
        List<Throwable> thrown = new ArrayList<>();
        thrown.add(r.getThrown());
        for (Object p : r.getParameters() == null ? new Object[0] : r.getParameters()) {
            if (p instanceof Throwable t) {
                thrown.add(t);
            }
        }
        for (Throwable top : thrown) {
            for (Throwable t = top; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (test.test(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
