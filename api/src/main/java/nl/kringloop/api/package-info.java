/**
 * The Kringloop plugin contract: extension points and the value types they exchange with the host.
 *
 * <p>A methodology plugin compiles against this module (scope {@code provided}) and nothing else from
 * the host. Every extension describes itself with {@link nl.kringloop.api.ExtensionInfo}, naming the
 * source document and section it implements, so every figure the host reports can be traced back to a
 * plugin, its version and a rule. Types here carry no Jakarta EE dependency and are immutable.
 */
package nl.kringloop.api;
