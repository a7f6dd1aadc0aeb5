package io.cloudmart.sim.scenario.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven put in the jar's manifest. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {text()};
    }

    /** What {@code cmsim --version} prints, e.g. {@code cmsim 0.1.0}; also written into manifest.json. */
    static String text() {
        String version = Version.class.getPackage().getImplementationVersion();
        return "cmsim " + (version == null ? "(development build)" : version);
    }
}
