package org.nnlab.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import org.nnlab.core.config.ControlCharacters;
import org.nnlab.core.registry.Registry;
import org.nnlab.core.train.TrainingLoop;

/**
 * Keeps a plugin that calls {@code System.exit} from ending nn silently with its own exit code.
 *
 * <p>A shutdown hook looks for the thread that asked the JVM to exit. When the caller of
 * {@code System.exit} (or {@code Runtime.exit}) is a class of a plugin folder, the hook prints
 * one line naming the class and its jar, and halts with exit code 1 while training (2 before,
 * while the plugin was loaded or built), so that a script never takes the plugin's exit for
 * nn's verdict. Exits from nnlab itself, and Ctrl-C, are left alone.
 *
 * <p>Why a hook and not a {@code SecurityManager} that refuses the exit: the security manager
 * is deprecated for removal (JEP 411). On Java 17 installing one prints four warning lines on
 * every run, from Java 18 it needs {@code -Djava.security.manager=allow}, and from Java 24 the
 * JVM refuses to start with that option (JEP 486). A hook works the same on every Java nnlab
 * runs on; what it cannot do is let nn carry on, since exiting has begun: the outputs of that run
 * are not written.
 *
 * <p>The hook is process-wide, as shutdown hooks are; it is installed once, by
 * {@link Main#main}, and names plugins from the registry of the running command.
 */
final class PluginExitWatch {
  private static volatile Registry registry;
  private static boolean installed;

  private PluginExitWatch() {}

  /**
   * What the hook does about an exit: the line to print and the code to halt with.
   *
   * @param line the error line
   * @param code the exit code
   */
  record Verdict(String line, int code) {}

  /** Installs the hook, once per process. */
  static synchronized void install(PrintStream err) {
    if (installed) {
      return;
    }
    installed = true;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      Registry current = registry;
      if (current == null) {
        return;
      }
      Optional<Verdict> verdict = verdict(Thread.getAllStackTraces(), current);
      if (verdict.isPresent()) {
        err.println(verdict.get().line());
        err.flush();
        Runtime.getRuntime().halt(verdict.get().code());
      }
    }, "nn-plugin-exit-watch"));
  }

  /** Names the plugins of {@code current} when one of them calls {@code System.exit}. */
  static void watch(Registry current) {
    registry = current;
  }

  /**
   * Finds a plugin class that asked the JVM to exit.
   *
   * @param stacks the stack of every live thread
   * @param registry where plugin classes are traced to their jars
   * @return what to print and the exit code, or empty when no plugin asked for the exit
   */
  static Optional<Verdict> verdict(Map<Thread, StackTraceElement[]> stacks, Registry registry) {
    for (StackTraceElement[] stack : stacks.values()) {
      int exit = exitFrame(stack);
      if (exit < 0) {
        continue;
      }
      for (int i = exit + 1; i < stack.length; i++) {
        Optional<String> jar = registry.pluginJarOf(stack[i]);
        if (jar.isPresent()) {
          boolean training = stackHolds(stack, TrainingLoop.class.getName());
          return Optional.of(new Verdict(ControlCharacters.escape("error: plugin class "
              + stack[i].getClassName() + " (" + jar.get() + ") called System.exit"
              + (training ? " while training" : "") + "; a plugin must throw an exception "
              + "instead (nn stopped without writing its outputs)"),
              training ? ExitCodes.TRAINING_FAILED : ExitCodes.BAD_INPUT));
        }
      }
    }
    return Optional.empty();
  }

  // The deepest frame of Runtime.exit: the frames after it are its callers.
  private static int exitFrame(StackTraceElement[] stack) {
    int found = -1;
    for (int i = 0; i < stack.length; i++) {
      if (stack[i].getClassName().equals("java.lang.Runtime")
          && stack[i].getMethodName().equals("exit")) {
        found = i;
      }
    }
    if (found >= 0 && found + 1 < stack.length
        && stack[found + 1].getClassName().equals("java.lang.System")) {
      found++;
    }
    return found;
  }

  private static boolean stackHolds(StackTraceElement[] stack, String className) {
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().equals(className)) {
        return true;
      }
    }
    return false;
  }
}
