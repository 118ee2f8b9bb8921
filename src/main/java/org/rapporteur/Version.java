package org.rapporteur;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, so it is written in one place: the pom. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = RapporteurApplication.class.getPackage().getImplementationVersion();
        return new String[] {"Rapporteur " + (v == null ? "(development build)" : v)};
    }
}
