/**
 * Test kit for plugin authors (and the host's engine tests): {@link nl.kringloop.api.testkit.MkiViews} builds the
 * views a rule sees with named settings instead of ten positional arguments, {@link
 * nl.kringloop.api.testkit.Extensions} instantiates the extensions a plugin declares, as the host does, from the
 * {@code META-INF/extensions.idx} that PF4J's annotation processor writes.
 */
package nl.kringloop.api.testkit;
