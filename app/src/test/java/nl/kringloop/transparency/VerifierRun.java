package nl.kringloop.transparency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the repository's verifier (tools/VerifyLog.java) as a user does: {@code java VerifyLog.java …}. */
record VerifierRun(int exitCode, String output) {

    static VerifierRun run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Path.of("..", "tools", "VerifyLog.java").toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("verifier did not finish: " + out);
        }
        return new VerifierRun(p.exitValue(), out);
    }

    List<String> failures() {
        return output.lines().filter(l -> l.startsWith("FAIL")).toList();
    }
}
