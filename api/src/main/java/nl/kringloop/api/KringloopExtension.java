package nl.kringloop.api;

import org.pf4j.ExtensionPoint;

/**
 * Common super-interface of every Kringloop extension point.
 *
 * <p>The host calls extensions on a separate thread with a time limit: an extension that throws or
 * runs too long is reported with its plugin and never takes a request down. Extensions must therefore
 * be thread-safe and should answer in milliseconds; load data files once, in the constructor or lazily.
 */
public interface KringloopExtension extends ExtensionPoint {

    /** @return identity and provenance of this extension; called often, keep it cheap */
    ExtensionInfo describe();
}
