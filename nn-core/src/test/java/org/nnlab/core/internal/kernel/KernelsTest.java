package org.nnlab.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KernelsTest {
  @Test
  void autoRunsSimdWhenTheVectorApiIsAvailableAndJavaOtherwise() {
    assertEquals(Backend.SIMD, Kernels.resolve(Backend.AUTO, true));
    assertEquals(Backend.JAVA, Kernels.resolve(Backend.AUTO, false));
  }

  @Test
  void javaIsAvailableEverywhere() {
    assertEquals(Backend.JAVA, Kernels.resolve(Backend.JAVA, true));
    assertEquals(Backend.JAVA, Kernels.resolve(Backend.JAVA, false));
  }

  @Test
  void askingForSimdWithoutTheVectorApiIsAnError() {
    assertEquals(Backend.SIMD, Kernels.resolve(Backend.SIMD, true));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Kernels.resolve(Backend.SIMD, false));
    assertTrue(e.getMessage().contains("--add-modules jdk.incubator.vector"), e.getMessage());
  }

  @Test
  void theTestJvmHasTheVectorApiSoAutoIsSimd() {
    // surefire's argLine adds the module, as the nn launcher does.
    assertTrue(Kernels.simdAvailable());
    assertTrue(Kernels.defaults().description().startsWith("simd ("),
        Kernels.defaults().description());
    assertTrue(Kernels.singleThreaded().description().endsWith(", 1 thread)"),
        Kernels.singleThreaded().description());
  }

  @Test
  void instancesAreSharedPerBackendAndThreadCount() {
    assertSame(Kernels.create(Backend.JAVA, 2), Kernels.create(Backend.JAVA, 2));
    assertSame(Kernels.create(Backend.AUTO, 1), Kernels.create(Backend.SIMD, 1));
    assertEquals("java (2 threads)", Kernels.create(Backend.JAVA, 2).description());
    assertEquals("java (1 thread)", Kernels.create(Backend.JAVA, 0).description());
  }
}
