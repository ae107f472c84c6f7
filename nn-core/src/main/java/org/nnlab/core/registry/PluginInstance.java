package org.nnlab.core.registry;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.nnlab.api.Provider;

/**
 * A provider class and, once asked for, its one instance. The class is loaded without running
 * any of its code; the instance is created only when a configuration uses the plugin or a
 * listing needs its description. What creating it gave, the instance or why it failed, is kept,
 * so a plugin's constructor runs at most once.
 */
final class PluginInstance {
  private final Class<?> type;
  private Provider provider;
  private String failure;

  PluginInstance(Class<?> type) {
    this.type = type;
  }

  /** The provider class. */
  Class<?> type() {
    return type;
  }

  /**
   * Creates the provider unless that was done already.
   *
   * @param limit how long its static initializer and constructor may take, or {@code null} to
   *     run them on the calling thread without a limit
   * @return empty when the provider exists, else why it could not be created, in one line
   */
  synchronized Optional<String> create(Duration limit) {
    if (provider == null && failure == null) {
      if (limit == null) {
        try {
          provider = (Provider) newInstance();
        } catch (Throwable e) {
          failure = LoadFailures.creation(e);
        }
      } else {
        TimeLimit.Answer<Object> answer = TimeLimit.call(this::newInstance, limit);
        if (answer.returned()) {
          provider = (Provider) answer.value();
        } else {
          failure = answer.timedOut() ? TimeLimit.notAnswering("its constructor", limit)
              : LoadFailures.creation(answer.failure());
        }
      }
    }
    return Optional.ofNullable(failure);
  }

  /** The provider; only after {@link #create} reported no failure. */
  synchronized Provider provider() {
    if (provider == null) {
      throw new IllegalStateException(type.getName() + " was not created: " + failure);
    }
    return provider;
  }

  /**
   * Asks the created provider for a piece of text about itself, within the time limit.
   *
   * @param call the method's name for messages, such as {@code name()}
   * @param question calls the method
   * @return the answer's value, or what it threw, or that it timed out
   */
  TimeLimit.Answer<String> ask(String call, Function<Provider, String> question) {
    Provider created = provider();
    return TimeLimit.call(() -> question.apply(created), TimeLimit.DESCRIBE);
  }

  /** Says in one line why asking failed: what the method threw, or that it did not answer. */
  static String failed(String call, TimeLimit.Answer<?> answer) {
    return answer.timedOut() ? TimeLimit.notAnswering(call, TimeLimit.DESCRIBE)
        : LoadFailures.methodFailure(call, answer.failure());
  }

  // Runs the static initializer, when the class was not used before, and the constructor.
  private Object newInstance() throws ReflectiveOperationException {
    return type.getConstructor().newInstance();
  }
}
