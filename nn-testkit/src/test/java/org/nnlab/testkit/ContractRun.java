package org.nnlab.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs one contract subclass through the JUnit Jupiter engine, the way a plugin author's build
 * would, and records which of its tests failed and why.
 *
 * @param started the names of the test methods that ran
 * @param failures the message of each failed test, by method name
 * @param aborted the names of the test methods an assumption skipped
 */
record ContractRun(SortedSet<String> started, Map<String, String> failures,
    SortedSet<String> aborted) {

  static ContractRun of(Class<?> testClass) {
    Events events =
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute()
            .testEvents();
    SortedSet<String> started = new TreeSet<>();
    events.started().stream().map(ContractRun::method).forEach(started::add);
    Map<String, String> failures = new TreeMap<>();
    for (Event event : events.failed().list()) {
      Throwable cause = event.getPayload(TestExecutionResult.class)
          .flatMap(TestExecutionResult::getThrowable).orElseThrow();
      failures.put(method(event), String.valueOf(cause.getMessage()));
    }
    SortedSet<String> aborted = new TreeSet<>();
    events.aborted().stream().map(ContractRun::method).forEach(aborted::add);
    if (started.isEmpty()) {
      throw new AssertionError("no test of " + testClass.getName() + " ran");
    }
    return new ContractRun(started, failures, aborted);
  }

  /** The names of the failed tests, sorted. */
  SortedSet<String> failed() {
    return new TreeSet<>(failures.keySet());
  }

  /** The failure message of one test. */
  String message(String test) {
    return failures.get(test);
  }

  private static String method(Event event) {
    return event.getTestDescriptor().getSource()
        .filter(MethodSource.class::isInstance)
        .map(source -> ((MethodSource) source).getMethodName())
        .orElse(event.getTestDescriptor().getDisplayName());
  }
}
