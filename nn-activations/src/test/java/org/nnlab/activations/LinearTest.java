package org.nnlab.activations;

import org.nnlab.api.ActivationProvider;
import org.nnlab.testkit.ActivationContract;

class LinearTest extends ActivationContract {
  @Override
  protected ActivationProvider provider() {
    return new Linear();
  }
}
