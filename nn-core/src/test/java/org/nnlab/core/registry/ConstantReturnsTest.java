package org.nnlab.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nnlab.api.NnApi;

class ConstantReturnsTest {
  public static class Constant {
    public String name() {
      return "constant";
    }

    public String apiVersion() {
      return NnApi.VERSION;
    }
  }

  public static class Inherits extends Constant {}

  public static class Computed {
    public String name() {
      return prefix() + "puted";
    }

    private static String prefix() {
      return "com";
    }
  }

  public static class Branches {
    public String name() {
      return Boolean.getBoolean("nnlab.never.set") ? "one" : "other";
    }
  }

  @Test
  void aStringConstantIsReadFromTheClassFile() {
    assertEquals(Optional.of("constant"), ConstantReturns.of(Constant.class, "name"));
  }

  @Test
  void returningNnApiVersionIsAConstantToo() {
    assertEquals(Optional.of(NnApi.VERSION), ConstantReturns.of(Constant.class, "apiVersion"));
  }

  @Test
  void anInheritedMethodIsReadFromTheClassThatDeclaresIt() {
    assertEquals(Optional.of("constant"), ConstantReturns.of(Inherits.class, "name"));
  }

  @Test
  void aComputedResultIsNotAConstant() {
    assertEquals(Optional.empty(), ConstantReturns.of(Computed.class, "name"));
  }

  @Test
  void aResultThatDependsOnABranchIsNotAConstant() {
    assertEquals(Optional.empty(), ConstantReturns.of(Branches.class, "name"));
  }

  @Test
  void aMissingMethodHasNoConstant() {
    assertEquals(Optional.empty(), ConstantReturns.of(Computed.class, "apiVersion"));
  }
}
