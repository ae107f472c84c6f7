package org.nnlab.core.registry;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nnlab.api.NnApi;

/**
 * Checks that a listed class can be a provider of its kind, by reflection on the loaded but
 * uninitialized class: no static initializer, constructor or method of the plugin runs.
 */
final class ProviderClasses {
  private ProviderClasses() {}

  /**
   * Loads a class without initializing it, so that its static initializer does not run.
   *
   * @throws ClassNotFoundException when no jar of the loader holds the class
   * @throws LinkageError when the class cannot be loaded (a newer class file, a missing
   *     superclass)
   */
  static Class<?> load(String className, ClassLoader loader) throws ClassNotFoundException {
    return Class.forName(className, false, loader);
  }

  /**
   * Explains why a class cannot be a provider of a kind.
   *
   * @param kind the kind it is listed for
   * @param type the class
   * @return the reason in one line, or empty when it can be one
   * @throws LinkageError when reflection needs a class that is missing
   */
  static Optional<String> refusal(PluginKind<?> kind, Class<?> type) {
    String service = kind.type().getName();
    if (!kind.type().isAssignableFrom(type)) {
      return Optional.of("listed in " + PluginJar.SERVICES + service + ", but does not implement "
          + service);
    }
    int modifiers = type.getModifiers();
    if (!Modifier.isPublic(modifiers) || Modifier.isAbstract(modifiers)) {
      return Optional.of("cannot be created: nnlab needs a public, non-abstract class with a "
          + "public no-argument constructor");
    }
    try {
      type.getConstructor();
    } catch (NoSuchMethodException e) {
      return Optional.of("has no public no-argument constructor, which nnlab needs to create it");
    }
    return unimplemented(kind, type).map(method -> "compiled against an incompatible nn-api (it "
        + "does not implement " + method + "); rebuild it against nn-api " + NnApi.VERSION);
  }

  // A class compiled against another nn-api can lack a method this one requires.
  private static Optional<String> unimplemented(PluginKind<?> kind, Class<?> type) {
    for (Method required : kind.type().getMethods()) {
      if (!Modifier.isAbstract(required.getModifiers())) {
        continue;
      }
      try {
        Method found = type.getMethod(required.getName(), required.getParameterTypes());
        if (!Modifier.isAbstract(found.getModifiers())) {
          continue;
        }
      } catch (NoSuchMethodException e) {
        // Not possible for a subtype, but reported the same way.
      }
      return Optional.of(required.getName() + "(" + Arrays.stream(required.getParameterTypes())
          .map(Class::getSimpleName).collect(Collectors.joining(", ")) + ") of "
          + required.getDeclaringClass().getName());
    }
    return Optional.empty();
  }
}
