package org.nnlab.activations;

import com.google.auto.service.AutoService;
import java.util.Arrays;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/** The identity, f(x) = x, with f'(x) = 1: a layer with no activation. */
@AutoService(ActivationProvider.class)
public final class Linear implements Activation, ActivationProvider {

  @Override
  public String name() {
    return "linear";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "x (no activation); derivative 1";
  }

  @Override
  public Activation create(PluginOptions options) {
    return this;
  }

  @Override
  public double apply(double x) {
    return x;
  }

  @Override
  public double derivative(double x, double y) {
    return 1.0;
  }

  @Override
  public void applyAll(double[] x, double[] y, int count) {
    System.arraycopy(x, 0, y, 0, count);
  }

  @Override
  public void applyAll(float[] x, float[] y, int count) {
    System.arraycopy(x, 0, y, 0, count);
  }

  @Override
  public void derivativeAll(double[] x, double[] y, double[] dydx, int count) {
    Arrays.fill(dydx, 0, count, 1.0);
  }

  @Override
  public void derivativeAll(float[] x, float[] y, float[] dydx, int count) {
    Arrays.fill(dydx, 0, count, 1.0f);
  }
}
