package nl.kringloop.testing;

import org.pf4j.Plugin;

/** Test only: fails on start, so the host must list it as FAILED and carry on. */
public class FailingStartPlugin extends Plugin {

    @Override
    public void start() {
        throw new IllegalStateException("deliberate failure on start (fault-injection test plugin)");
    }
}
