package org.nnlab.activations;

import org.nnlab.api.ActivationProvider;
import org.nnlab.testkit.ActivationContract;

class SigmoidTest extends ActivationContract {
  @Override
  protected ActivationProvider provider() {
    return new Sigmoid();
  }
}
