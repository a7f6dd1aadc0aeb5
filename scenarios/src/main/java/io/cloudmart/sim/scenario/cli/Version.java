package io.cloudmart.sim.scenario.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven put in the jar's manifest. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"cmsim " + (version == null ? "(development build)" : version)};
    }
}
