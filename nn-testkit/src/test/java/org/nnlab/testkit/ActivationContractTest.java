package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * Proves that {@link ActivationContract} can fail: each broken activation fails exactly the check
 * for what is wrong with it, and a correct one passes them all.
 */
class ActivationContractTest {

  @Test
  void aCorrectActivationPassesEveryCheck() {
    ContractRun run = ContractRun.of(CorrectSwish.class);
    assertEquals(Set.of(), run.failed());
    assertEquals(12, run.started().size(), run.started().toString());
  }

  @Test
  void anActivationWithOnlyScalarMethodsPassesTheFloatChecksThroughTheDefaults() {
    ContractRun run = ContractRun.of(CorrectSwish.class);
    assertTrue(run.started().containsAll(Set.of(
        "floatBulkMethodsAgreeWithScalarMethodsRoundedToFloat",
        "floatBulkMethodsLeaveEntriesBeyondCountAlone")), run.started().toString());
    assertEquals(Set.of(), run.failed());
  }

  @Test
  void aFloatPathComputedInFloatArithmeticPassesEveryCheck() {
    ContractRun run = ContractRun.of(FloatArithmeticTest.class);
    assertEquals(Set.of(), run.failed());
  }

  @Test
  void floatOutputsCutToBfloat16FailTheFloatBulkCheck() {
    ContractRun run = ContractRun.of(FloatBulkInBfloat16Test.class);
    assertEquals(Set.of("floatBulkMethodsAgreeWithScalarMethodsRoundedToFloat"), run.failed());
    assertTrue(run.message("floatBulkMethodsAgreeWithScalarMethodsRoundedToFloat")
        .matches("applyAll\\(float\\[\\]\\) disagrees with apply rounded to float: "
            + "f\\(-8\\.0\\) = \\S+ but should be within \\S+ of \\S+"),
        run.message("floatBulkMethodsAgreeWithScalarMethodsRoundedToFloat"));
  }

  @Test
  void aWrongFloatDerivativeFailsTheFloatBulkCheck() {
    ContractRun run = ContractRun.of(FloatDerivativeOfTheSigmoidTest.class);
    assertEquals(Set.of("floatBulkMethodsAgreeWithScalarMethodsRoundedToFloat"), run.failed());
    assertTrue(run.message("floatBulkMethodsAgreeWithScalarMethodsRoundedToFloat")
        .startsWith("derivativeAll(float[]) disagrees with derivative rounded to float: f'(-8.0)"),
        run.message("floatBulkMethodsAgreeWithScalarMethodsRoundedToFloat"));
  }

  @Test
  void aFloatApplyAllThatWritesPastCountFailsTheFloatCountCheck() {
    ContractRun run = ContractRun.of(FloatBulkWritesPastCountTest.class);
    assertEquals(Set.of("floatBulkMethodsLeaveEntriesBeyondCountAlone"), run.failed());
    assertTrue(run.message("floatBulkMethodsLeaveEntriesBeyondCountAlone")
        .startsWith("applyAll(float[]) wrote past count"),
        run.message("floatBulkMethodsLeaveEntriesBeyondCountAlone"));
  }

  @Test
  void aWrongDerivativeFailsTheFiniteDifferenceCheck() {
    ContractRun run = ContractRun.of(WrongDerivativeTest.class);
    assertEquals(Set.of("derivativeAgreesWithCentralFiniteDifferences"), run.failed());
    assertTrue(run.message("derivativeAgreesWithCentralFiniteDifferences")
        .matches("f'\\(-8\\.0\\) = \\S+ but central finite differences give \\S+"),
        run.message("derivativeAgreesWithCentralFiniteDifferences"));
  }

  @Test
  void bulkOutputsThatDisagreeWithScalarOnesFailTheBulkCheck() {
    ContractRun run = ContractRun.of(BulkDisagreesTest.class);
    assertEquals(Set.of("bulkMethodsAgreeWithScalarMethods"), run.failed());
    assertTrue(run.message("bulkMethodsAgreeWithScalarMethods")
        .startsWith("applyAll disagrees with apply"),
        run.message("bulkMethodsAgreeWithScalarMethods"));
  }

  @Test
  void overflowToNanAtLargeInputsFailsTheFinitenessCheck() {
    ContractRun run = ContractRun.of(OverflowsToNaNTest.class);
    assertEquals(Set.of("outputsAndDerivativesAreFiniteForFiniteInputs"), run.failed());
    assertTrue(run.message("outputsAndDerivativesAreFiniteForFiniteInputs")
        .startsWith("f(710.0) = NaN"),
        run.message("outputsAndDerivativesAreFiniteForFiniteInputs"));
  }

  @Test
  void anUnregisteredProviderFailsTheServiceLoaderCheckAndSaysHowToRegister() {
    ContractRun run = ContractRun.of(UnregisteredTest.class);
    assertEquals(Set.of("providerIsRegisteredForServiceLoader"), run.failed());
    assertEquals("org.nnlab.testkit.TestActivations$Unregistered is not registered for "
        + "ServiceLoader: add @AutoService(ActivationProvider.class) to it, or list it in "
        + "META-INF/services/org.nnlab.api.ActivationProvider",
        run.message("providerIsRegisteredForServiceLoader"));
  }

  @Test
  void aNameThatIsNotAConfigNameFailsTheNameCheck() {
    ContractRun run = ContractRun.of(InvalidNameTest.class);
    assertEquals(Set.of("nameIsAValidConfigName"), run.failed());
    assertTrue(run.message("nameIsAValidConfigName").startsWith(
        "org.nnlab.testkit.TestActivations$InvalidName.name() must match [a-z][a-z0-9_]*, found "
            + "'Test-Swish'"), run.message("nameIsAValidConfigName"));
  }

  @Test
  void anIncompatibleApiVersionFailsTheVersionCheck() {
    ContractRun run = ContractRun.of(NewerApiTest.class);
    assertEquals(Set.of("apiVersionIsCompatibleWithThisApi"), run.failed());
    assertTrue(run.message("apiVersionIsCompatibleWithThisApi").startsWith(
        "org.nnlab.testkit.TestActivations$NewerApi.apiVersion() is 3.0, not compatible with "
            + "nn-api " + NnApi.VERSION), run.message("apiVersionIsCompatibleWithThisApi"));
  }

  @Test
  void aMutableFieldFailsTheNoMutableStateCheck() {
    ContractRun run = ContractRun.of(CountsCallsTest.class);
    assertEquals(Set.of("activationAndProviderHoldNoMutableFields"), run.failed());
    assertTrue(run.message("activationAndProviderHoldNoMutableFields").startsWith(
        "org.nnlab.testkit.TestActivations$CountsCalls.calls is not final"),
        run.message("activationAndProviderHoldNoMutableFields"));
  }

  @Test
  void resultsThatDependOnTheCallingThreadFailTheThreadSafetyCheck() {
    ContractRun run = ContractRun.of(RightOnlyOnItsOwnThreadTest.class);
    assertEquals(Set.of("instanceIsSafeToShareBetweenThreads"), run.failed());
    assertTrue(run.message("instanceIsSafeToShareBetweenThreads")
        .startsWith("results differ when threads share the activation"),
        run.message("instanceIsSafeToShareBetweenThreads"));
  }

  @Test
  void anOptionTheProviderReadsPassesTheOptionCheck() {
    ContractRun run = ContractRun.of(ReadsBetaTest.class);
    assertEquals(Set.of(), run.failed());
  }

  @Test
  void anOptionTheProviderNeverReadsFailsTheOptionCheckAsNnWouldReportIt() {
    ContractRun run = ContractRun.of(IgnoresBetaTest.class);
    assertEquals(Set.of("everyGivenOptionIsRead"), run.failed());
    assertEquals("unknown key 'beta': 'test_scaled_swish' takes no options: "
        + "org.nnlab.testkit.TestActivations$IgnoresBeta.create() never read it; read every "
        + "option it supports, or remove the key from options()",
        run.message("everyGivenOptionIsRead"));
  }

  @Test
  void aMisspeltOptionFailsTheOptionCheckWithASuggestion() {
    ContractRun run = ContractRun.of(MisspeltBetaTest.class);
    assertEquals(Set.of("everyGivenOptionIsRead"), run.failed());
    assertTrue(run.message("everyGivenOptionIsRead").startsWith("unknown key 'bta'; did you "
        + "mean 'beta'? known keys: beta (for 'test_scaled_swish'): "),
        run.message("everyGivenOptionIsRead"));
  }

  static class ReadsBetaTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.ScaledSwish();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("beta", 1.5);
    }
  }

  static class IgnoresBetaTest extends ReadsBetaTest {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.IgnoresBeta();
    }
  }

  static class MisspeltBetaTest extends ReadsBetaTest {
    @Override
    protected PluginOptions options() {
      return TestOptions.of("bta", 1.5);
    }
  }

  static class CorrectSwish extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.Swish();
    }
  }

  static class WrongDerivativeTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.WrongDerivative();
    }
  }

  static class BulkDisagreesTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.BulkDisagrees();
    }
  }

  static class FloatArithmeticTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.FloatArithmetic();
    }
  }

  static class FloatBulkInBfloat16Test extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.FloatBulkInBfloat16();
    }
  }

  static class FloatDerivativeOfTheSigmoidTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.FloatDerivativeOfTheSigmoid();
    }
  }

  static class FloatBulkWritesPastCountTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.FloatBulkWritesPastCount();
    }
  }

  static class OverflowsToNaNTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.OverflowsToNaN();
    }
  }

  static class UnregisteredTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.Unregistered();
    }
  }

  static class InvalidNameTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.InvalidName();
    }
  }

  static class NewerApiTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.NewerApi();
    }
  }

  static class CountsCallsTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.CountsCalls();
    }
  }

  static class RightOnlyOnItsOwnThreadTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new TestActivations.RightOnlyOnItsOwnThread();
    }
  }
}
