package nl.kringloop.platform;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.KringloopExtension;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The plugin host without the container: loads every jar of a plugins directory with PF4J, starts each
 * plugin, creates and describes its extensions, and runs every call into plugin code on a bounded pool
 * with a time limit. Nothing a plugin does — an unreadable jar, an exception on start, an extension that
 * throws or hangs — escapes as anything but a recorded state or an {@link ExtensionCallException}.
 */
public final class PluginRegistry implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());
    /** Threads for plugin calls; a hung extension holds one until it is quarantined. */
    private static final int MAX_CALL_THREADS = 32;
    /** the host's version as plugins see it: {@code Plugin-Requires: >=0.1.0} is checked against it */
    public static final String SYSTEM_VERSION = "0.1.0";

    private final Path pluginsDir;
    private final Duration callTimeout;
    private final RecordingPluginManager manager;
    private final ThreadPoolExecutor executor;
    private final List<HostedExtension<?>> extensions = new ArrayList<>();
    private final Map<String, List<PluginStatus.ExtensionStatus>> brokenByPlugin = new ConcurrentHashMap<>();

    private PluginRegistry(Path pluginsDir, Duration callTimeout) {
        this.pluginsDir = pluginsDir;
        this.callTimeout = callTimeout;
        this.manager = new RecordingPluginManager(pluginsDir);
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(0, MAX_CALL_THREADS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> {
                    Thread t = new Thread(r, "kringloop-plugin-call-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Loads and starts every plugin in {@code pluginsDir} and discovers the extensions of the given points.
     *
     * @param pluginsDir  absolute directory of plugin jars; created when missing
     * @param callTimeout the longest any single call into plugin code may take
     * @param points      the extension points the host knows
     */
    public static PluginRegistry start(Path pluginsDir, Duration callTimeout,
                                       List<Class<? extends KringloopExtension>> points) {
        PluginRegistry r = new PluginRegistry(pluginsDir.toAbsolutePath().normalize(), callTimeout);
        r.loadAndStart(points);
        return r;
    }

    private void loadAndStart(List<Class<? extends KringloopExtension>> points) {
        try {
            Files.createDirectories(pluginsDir);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Cannot create plugins directory " + pluginsDir, e);
        }
        LOG.info(() -> "Loading plugins from " + pluginsDir);
        try {
            manager.loadPlugins();
        } catch (RuntimeException e) {
            // resolution ignores each unresolvable plugin and continues; this is a fault of the host's own
            LOG.log(Level.SEVERE, "Plugin resolution failed", e);
        }
        manager.recordUnresolved();
        for (PluginWrapper w : manager.getPlugins()) {
            if (w.getPluginState() == PluginState.DISABLED) {
                // PF4J disables a plugin whose Plugin-Requires the host's version does not meet, silently
                markFailed(w, new IllegalStateException("Plugin-Requires '" + w.getDescriptor().getRequires()
                        + "' is not met by this host, version " + SYSTEM_VERSION));
            }
        }
        for (PluginWrapper w : manager.getResolvedPlugins()) {
            if (w.getPluginState() != PluginState.FAILED) {
                startPlugin(w);
            }
        }
        // in plugin id order, so that of two plugins claiming one extension id the same one keeps it on every start
        List<PluginWrapper> byId = new ArrayList<>(manager.getPlugins());
        byId.sort(Comparator.comparing(PluginWrapper::getPluginId));
        for (PluginWrapper w : byId) {
            if (w.getPluginState() == PluginState.STARTED) {
                discover(w, points);
            } else if (w.getPluginState() == PluginState.FAILED) {
                LOG.warning(() -> "Plugin " + w.getPluginId() + " failed: " + ExtensionCallException.reason(w.getFailedException()));
            }
        }
        manager.loadFailures.forEach((path, reason) ->
                LOG.warning(() -> "Plugin jar " + path.getFileName() + " could not be loaded: " + reason));
        LOG.info(() -> "Plugins loaded: " + status().stream().map(p -> p.id() + " " + p.state()).toList());
    }

    private void startPlugin(PluginWrapper w) {
        Future<?> f;
        try {
            f = executor.submit(() -> {
                Thread.currentThread().setContextClassLoader(w.getPluginClassLoader());
                return manager.startPlugin(w.getPluginId());
            });
        } catch (RejectedExecutionException e) {
            markFailed(w, e);
            return;
        }
        try {
            f.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (w.getPluginState() != PluginState.STARTED && w.getPluginState() != PluginState.FAILED) {
                markFailed(w, new IllegalStateException("plugin did not start (state " + w.getPluginState() + ")"));
            }
        } catch (TimeoutException e) {
            f.cancel(true);
            markFailed(w, new TimeoutException("start() did not return within " + callTimeout.toMillis() + " ms"));
        } catch (ExecutionException e) {
            markFailed(w, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            markFailed(w, e);
        }
    }

    private static void markFailed(PluginWrapper w, Throwable t) {
        w.setPluginState(PluginState.FAILED);
        w.setFailedException(t);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void discover(PluginWrapper w, List<Class<? extends KringloopExtension>> points) {
        PluginDescriptor d = w.getDescriptor();
        // in class name order: of two extensions of one plugin with one id, the same one is refused every time
        for (String className : new TreeSet<>(manager.getExtensionClassNames(w.getPluginId()))) {
            Class<?> type;
            try {
                type = Class.forName(className, false, w.getPluginClassLoader());
            } catch (Throwable e) {
                broken(w, "?", className, "class cannot be loaded: " + ExtensionCallException.reason(e));
                continue;
            }
            boolean matched = false;
            for (Class<? extends KringloopExtension> point : points) {
                if (!point.isAssignableFrom(type)) {
                    continue;
                }
                matched = true;
                try {
                    Object instance = bounded(w.getPluginClassLoader(),
                            () -> type.getDeclaredConstructor().newInstance());
                    ExtensionInfo info = bounded(w.getPluginClassLoader(),
                            () -> ((KringloopExtension) instance).describe());
                    if (info == null) {
                        throw new IllegalStateException("describe() returned null");
                    }
                    String id = info.id();
                    Optional<HostedExtension<?>> taken = extensions.stream()
                            .filter(e -> e.point() == point && e.id().equals(id)).findFirst();
                    if (taken.isPresent()) {
                        // two extensions of one id: which one a request meets would depend on load order
                        throw new IllegalStateException("extension id '" + id + "' is already used by plugin "
                                + taken.get().pluginId() + " for " + point.getSimpleName());
                    }
                    extensions.add(new HostedExtension(w.getPluginId(), d.getVersion(), point, className,
                            (KringloopExtension) instance, info));
                } catch (Throwable e) {
                    broken(w, point.getSimpleName(), className, ExtensionCallException.reason(e));
                }
            }
            if (!matched) {
                broken(w, "?", className, "implements no extension point this host knows");
            }
        }
    }

    private void broken(PluginWrapper w, String point, String className, String reason) {
        LOG.warning(() -> "Extension " + className + " of plugin " + w.getPluginId() + " is broken: " + reason);
        brokenByPlugin.computeIfAbsent(w.getPluginId(), k -> new ArrayList<>())
                .add(new PluginStatus.ExtensionStatus(point, null, null, null, List.of(), className, "BROKEN", reason));
    }

    /** Runs plugin code on the call pool with the time limit; unwraps its failure. */
    private <R> R bounded(ClassLoader loader, Callable<R> task) throws Exception {
        Future<R> f = executor.submit(() -> {
            Thread.currentThread().setContextClassLoader(loader);
            return task.call();
        });
        try {
            return f.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new TimeoutException("no answer within " + callTimeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof Exception ex ? ex : new RuntimeException(c);
        }
    }

    /** @return every extension of a point, whatever its state, in plugin then id order */
    @SuppressWarnings("unchecked")
    public <T extends KringloopExtension> List<HostedExtension<T>> extensions(Class<T> point) {
        return extensions.stream().filter(e -> e.point() == point).map(e -> (HostedExtension<T>) e)
                .sorted(Comparator.comparing(HostedExtension<T>::pluginId).thenComparing(HostedExtension::id))
                .toList();
    }

    /** @return the extension of a point with this id (ids are unique per point: discover refuses a second one) */
    public <T extends KringloopExtension> Optional<HostedExtension<T>> extension(Class<T> point, String id) {
        return extensions(point).stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * Calls plugin code with the time limit. A throw marks the extension FAILED (it may recover on the
     * next call); a time-out quarantines it, since a hung call would otherwise tie up a thread per request.
     *
     * @throws ExtensionCallException when the call gives no answer
     */
    public <T extends KringloopExtension, R> R call(HostedExtension<T> ext, String operation, Function<T, R> fn) {
        Answer<R> a = callEach(List.of(ext), operation, fn).get(0);
        if (a.failure() != null) {
            throw a.failure();
        }
        return a.value();
    }

    /** One extension's answer to {@link #callEach}: its value, or why it gave none. */
    public record Answer<R>(R value, ExtensionCallException failure) {
    }

    /**
     * Calls {@code fn} on each extension, the extensions of one plugin one after another inside ONE time-limited
     * call (a call per extension waits for a pool thread and the scheduler each time, which on a loaded machine is
     * most of the cost of a small call). Each extension is answered as {@link #call} would answer it: a throw is
     * that extension's failure (marked FAILED; the others' answers are kept); when a batch runs past the time
     * limit, the extension running at the limit is quarantined and those not yet run are called again in a new
     * batch of their own, with a new limit.
     *
     * @return the answers in the order of {@code exts}
     */
    public <T extends KringloopExtension, R> List<Answer<R>> callEach(List<HostedExtension<T>> exts, String operation,
                                                                    Function<T, R> fn) {
        List<Answer<R>> answers = new ArrayList<>(Collections.nCopies(exts.size(), null));
        Map<String, List<Integer>> byPlugin = new LinkedHashMap<>();
        for (int k = 0; k < exts.size(); k++) {
            HostedExtension<T> ext = exts.get(k);
            if (ext.state() == HostedExtension.State.QUARANTINED) {
                answers.set(k, new Answer<>(null, new ExtensionCallException(ExtensionCallException.Kind.QUARANTINED,
                        ext, describe(ext, operation) + " is quarantined after an earlier failure: "
                        + ext.lastFailure(), null)));
            } else {
                byPlugin.computeIfAbsent(ext.pluginId(), p -> new ArrayList<>()).add(k);
            }
        }
        for (List<Integer> batch : byPlugin.values()) {
            while (!batch.isEmpty()) {
                batch = runBatch(exts, batch, operation, fn, answers);
            }
        }
        return answers;
    }

    /**
     * One time-limited call over the extensions at {@code batch} (all of one plugin), answers set in {@code answers}.
     *
     * @return the positions not run because an extension before them hung: for a next batch
     */
    private <T extends KringloopExtension, R> List<Integer> runBatch(List<HostedExtension<T>> exts, List<Integer> batch,
                                                                    String operation, Function<T, R> fn,
                                                                    List<Answer<R>> answers) {
        int n = batch.size();
        // per position: a Ran once it returned or threw; written by the call thread, read here after the wait
        AtomicReferenceArray<Ran<R>> ran = new AtomicReferenceArray<>(n);
        AtomicInteger running = new AtomicInteger(-1);
        AtomicBoolean abandoned = new AtomicBoolean();
        Future<?> f;
        try {
            f = executor.submit(() -> {
                // a hung extension that wakes up after the limit must not go on to run the next ones
                for (int j = 0; j < n && !abandoned.get(); j++) {
                    running.set(j);
                    T instance = exts.get(batch.get(j)).instance();
                    Thread.currentThread().setContextClassLoader(instance.getClass().getClassLoader());
                    try {
                        ran.set(j, new Ran<>(fn.apply(instance), null));
                    } catch (Throwable t) {
                        ran.set(j, new Ran<>(null, t));
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            for (int k : batch) {
                answers.set(k, new Answer<>(null, new ExtensionCallException(ExtensionCallException.Kind.SATURATED,
                        exts.get(k), "all " + MAX_CALL_THREADS + " plugin-call threads are busy; try again", e)));
            }
            return List.of();
        }
        int hung = -1;
        InterruptedException interrupted = null;
        try {
            f.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandoned.set(true);
            // charged to the first when none had started: as a single call would be, and so each batch makes progress
            hung = Math.max(0, running.get());
        } catch (InterruptedException e) {
            abandoned.set(true);
            Thread.currentThread().interrupt();
            interrupted = e;
        } catch (ExecutionException e) {
            // the task catches every throw of plugin code: only a fault of the host's own gets here
            throw new IllegalStateException(e.getCause());
        }
        // what had answered at the limit; read before the cancel, whose interrupt may make a hung one throw now
        List<Ran<R>> done = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            done.add(ran.get(j));
        }
        if (abandoned.get()) {
            f.cancel(true);
        }
        List<Integer> notRun = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            int k = batch.get(j);
            HostedExtension<T> ext = exts.get(k);
            Ran<R> r = done.get(j);
            if (r != null) {
                // this includes one that answered just at the limit: the limit cut off only the ones after it
                answers.set(k, answer(ext, operation, r));
            } else if (j == hung) {
                String why = operation + " gave no answer within " + callTimeout.toMillis() + " ms";
                ext.quarantine(why);
                LOG.warning(() -> describe(ext, operation) + " timed out and is quarantined");
                answers.set(k, new Answer<>(null, new ExtensionCallException(ExtensionCallException.Kind.TIMED_OUT,
                        ext, describe(ext, operation) + " timed out after " + callTimeout.toMillis() + " ms",
                        new TimeoutException("no answer within " + callTimeout.toMillis() + " ms"))));
            } else if (interrupted != null) {
                answers.set(k, new Answer<>(null, new ExtensionCallException(ExtensionCallException.Kind.THREW, ext,
                        "interrupted", interrupted)));
            } else {
                notRun.add(k);
            }
        }
        return notRun;
    }

    /** What one extension's code did in a batch: returned a value, or threw. */
    private record Ran<R>(R value, Throwable thrown) {
    }

    private static <T extends KringloopExtension, R> Answer<R> answer(HostedExtension<T> ext, String operation,
                                                                     Ran<R> r) {
        if (r.thrown() == null) {
            ext.succeeded();
            return new Answer<>(r.value(), null);
        }
        Throwable e = r.thrown();
        ext.failed(operation + " threw " + ExtensionCallException.reason(e));
        LOG.log(Level.WARNING, describe(ext, operation) + " failed", e);
        return new Answer<>(null, new ExtensionCallException(ExtensionCallException.Kind.THREW, ext,
                describe(ext, operation) + " failed: " + ExtensionCallException.reason(e), e));
    }

    private static String describe(HostedExtension<?> ext, String operation) {
        return "Extension '" + ext.id() + "' (" + ext.point().getSimpleName() + ") of plugin " + ext.pluginId() + " "
                + ext.pluginVersion() + ", call " + operation + ",";
    }

    /** @return the state of every plugin jar, loaded or not, by id */
    public List<PluginStatus> status() {
        List<PluginStatus> out = new ArrayList<>();
        for (PluginWrapper w : manager.getPlugins()) {
            PluginDescriptor d = w.getDescriptor();
            List<PluginStatus.ExtensionStatus> ext = new ArrayList<>();
            for (HostedExtension<?> e : extensions) {
                if (e.pluginId().equals(w.getPluginId())) {
                    ExtensionInfo i = e.info();
                    ext.add(new PluginStatus.ExtensionStatus(e.point().getSimpleName(), i.id(), i.name(),
                            i.description(), i.implementsRules().stream().map(Object::toString).toList(),
                            e.className(), e.state().name(), e.lastFailure()));
                }
            }
            ext.addAll(brokenByPlugin.getOrDefault(w.getPluginId(), List.of()));
            String state = w.getPluginState().name();
            out.add(new PluginStatus(w.getPluginId(), d.getVersion(), d.getProvider(), d.getPluginDescription(),
                    state, w.getPluginState() == PluginState.FAILED ? ExtensionCallException.reason(w.getFailedException()) : null,
                    w.getPluginPath().getFileName().toString(), ext));
        }
        manager.loadFailures.forEach((path, reason) -> out.add(new PluginStatus(path.getFileName().toString(), null,
                null, null, "FAILED_TO_LOAD", reason, path.getFileName().toString(), List.of())));
        out.sort(Comparator.comparing(PluginStatus::id));
        return out;
    }

    public Path pluginsDir() {
        return pluginsDir;
    }

    public Duration callTimeout() {
        return callTimeout;
    }

    @Override
    public void close() {
        // one plugin at a time over a copy: PF4J's stopPlugins() failed with a ConcurrentModificationException
        // at server stop, and one plugin's failing stop() must not keep the others running
        List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
        Collections.reverse(started);
        for (PluginWrapper w : started) {
            try {
                manager.stopPlugin(w.getPluginId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Stopping plugin " + w.getPluginId() + " failed", e);
            }
        }
        try {
            manager.unloadPlugins();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unloading plugins failed", e);
        } finally {
            executor.shutdownNow();
        }
    }

    /** PF4J logs and skips a jar it cannot load; this keeps the reason so users can see it. */
    private static final class RecordingPluginManager extends DefaultPluginManager {

        final Map<Path, String> loadFailures = new ConcurrentHashMap<>();

        /** every jar that loaded, by plugin id: one that resolution drops is listed as failed, not forgotten */
        final Map<String, Path> loadedFrom = new ConcurrentHashMap<>();

        RecordingPluginManager(Path root) {
            super(root);
            // one plugin with a missing or wrong dependency must not leave every other plugin unresolved
            setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
            // so that Plugin-Requires means something: the host's version (README "Adding a plugin")
            setSystemVersion(SYSTEM_VERSION);
        }

        @Override
        protected PluginWrapper loadPluginFromPath(Path pluginPath) {
            PluginWrapper w;
            try {
                // checked before the plugin is loaded: PF4J takes any text as a version, and compares it later
                String version = getPluginDescriptorFinder().find(pluginPath).getVersion();
                try {
                    getVersionManager().checkVersionConstraint(version, ">=0.0.0");
                } catch (RuntimeException notSemver) {
                    throw new PluginRuntimeException("Plugin-Version '" + version + "' is not a version"
                            + " (semantic versioning, e.g. 1.2.0)");
                }
                w = super.loadPluginFromPath(pluginPath);
            } catch (RuntimeException e) {
                loadFailures.put(pluginPath, e.getMessage() + (e.getCause() == null ? "" : " (" + ExtensionCallException.reason(e) + ")"));
                throw e;
            }
            if (w != null) {
                loadedFrom.put(w.getPluginId(), pluginPath);
            }
            return w;
        }

        /** after loading: the plugins resolution dropped, with what they needed */
        void recordUnresolved() {
            loadedFrom.forEach((id, path) -> {
                if (getPlugin(id) == null && !loadFailures.containsKey(path)) {
                    loadFailures.put(path, "plugin '" + id + "' not started: a required plugin is missing or has the"
                            + " wrong version, or the plugins depend on each other in a cycle");
                }
            });
        }
    }
}
