package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnlab.api.Activation;

/**
 * Float sigmoid and tanh give the scalar path's float for every one of the 2^32 floats, vector
 * lanes included: about 40 s each on two cores, so it runs only when asked, e.g. after a JDK
 * update: {@code mvn -pl nn-activations verify -Dtest=EveryFloatTest -Dnnlab.everyFloat=true}
 * (add {@code -DargLine="--add-modules jdk.incubator.vector -XX:UseAVX=2"} for AVX2).
 */
@EnabledIfSystemProperty(named = "nnlab.everyFloat", matches = "true")
class EveryFloatTest {
  private static final int CHUNK = 1 << 20;

  @ParameterizedTest
  @ValueSource(strings = {"sigmoid", "tanh"})
  void everyFloatGivesTheScalarFormulasFloat(String name) throws InterruptedException {
    Activation activation = name.equals("tanh") ? new Tanh() : new Sigmoid();
    AtomicLong mismatches = new AtomicLong();
    Thread[] threads = new Thread[2];
    for (int t = 0; t < threads.length; t++) {
      long start = t * (1L << 31);
      threads[t] = new Thread(() -> {
        float[] x = new float[CHUNK];
        float[] y = new float[CHUNK];
        for (long base = start; base < start + (1L << 31); base += CHUNK) {
          for (int i = 0; i < CHUNK; i++) {
            x[i] = Float.intBitsToFloat((int) (base + i));
          }
          activation.applyAll(x, y, CHUNK);
          for (int i = 0; i < CHUNK; i++) {
            float expected = (float) activation.apply(x[i]);
            if (Float.floatToRawIntBits(expected) != Float.floatToRawIntBits(y[i])
                && !(Float.isNaN(expected) && Float.isNaN(y[i]))) {
              mismatches.incrementAndGet();
            }
          }
        }
      });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(0, mismatches.get(), name + ": floats whose bulk result differs");
  }
}
