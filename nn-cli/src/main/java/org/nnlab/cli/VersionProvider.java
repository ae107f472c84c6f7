package org.nnlab.cli;

import org.nnlab.api.NnApi;
import picocli.CommandLine.IVersionProvider;

/** Reports nnlab's version and the plugin API version it runs. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "nnlab " + (version == null ? "(development build)" : version) + ", nn-api " + NnApi.VERSION
    };
  }
}
