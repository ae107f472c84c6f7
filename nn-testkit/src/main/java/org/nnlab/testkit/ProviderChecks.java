package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.nnlab.api.NnApi;
import org.nnlab.api.Provider;

/**
 * Checks shared by every contract: name, API version, ServiceLoader registration, no mutable
 * fields.
 */
final class ProviderChecks {
  private static final String NAME_PATTERN = "[a-z][a-z0-9_]*";

  private ProviderChecks() {}

  static void nameIsValid(Provider provider) {
    String name = provider.name();
    assertTrue(
        name != null && name.matches(NAME_PATTERN),
        () -> provider.getClass().getName() + ".name() must match " + NAME_PATTERN + ", found "
            + (name == null ? "null" : "'" + name + "'"));
  }

  static void apiVersionIsCompatible(Provider provider) {
    String version = provider.apiVersion();
    assertTrue(
        NnApi.isCompatible(version),
        () -> provider.getClass().getName() + ".apiVersion() is " + version
            + ", not compatible with nn-api " + NnApi.VERSION
            + "; implement it as 'return NnApi.VERSION;'");
  }

  static <P extends Provider> void isRegistered(Class<P> kind, Provider provider) {
    ClassLoader loader = provider.getClass().getClassLoader();
    try {
      for (P found : ServiceLoader.load(kind, loader)) {
        if (found.getClass() == provider.getClass()) {
          return;
        }
      }
    } catch (ServiceConfigurationError e) {
      fail("ServiceLoader could not load the " + kind.getSimpleName() + " providers: "
          + e.getMessage());
    }
    fail(provider.getClass().getName() + " is not registered for ServiceLoader: add "
        + "@AutoService(" + kind.getSimpleName() + ".class) to it, or list it in "
        + "META-INF/services/" + kind.getName());
  }

  /**
   * Fails when {@code instance} or one of its superclasses declares an instance field that is not
   * final. Shared instances must hold no mutable state; a race between threads is only sometimes
   * visible, a non-final field always is.
   */
  static void holdsNoMutableFields(Object instance, String what) {
    for (Class<?> type = instance.getClass(); type != null && type != Object.class;
        type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && !field.isSynthetic()) {
          fail(type.getName() + "." + field.getName() + " is not final: " + what + " is shared "
              + "between threads and must hold no mutable state");
        }
      }
    }
  }
}
