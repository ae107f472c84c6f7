package org.nnlab.activations;

import org.nnlab.api.ActivationProvider;
import org.nnlab.testkit.ActivationContract;

class ReluTest extends ActivationContract {
  @Override
  protected ActivationProvider provider() {
    return new Relu();
  }
}
