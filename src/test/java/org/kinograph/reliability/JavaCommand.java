package org.kinograph.reliability;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.kinograph.cli.Kinograph;

/**
 * The command line that runs {@code kinograph} in a JVM of its own, on the classes and dependencies
 * the tests run with (Surefire's class path, without the test classes), for tests that must kill
 * it, bound its memory, or see its exit code.
 */
public final class JavaCommand {
    private JavaCommand() {}

    /**
     * @param jvmOptions options for the JVM (e.g. {@code -Xmx512m}, {@code -Dkinograph.sourceDateEpoch=…})
     * @param args       the arguments of {@code kinograph}
     * @return the command
     */
    public static List<String> kinograph(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(Kinograph.class.getName());
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** @return the class path of the main classes and their dependencies. */
    static String classPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
