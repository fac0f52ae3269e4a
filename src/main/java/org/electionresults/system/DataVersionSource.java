package org.electionresults.system;

/** Reads the current {@link DataVersion}; implemented by the feature that owns the count. */
public interface DataVersionSource {

	DataVersion current();

}
