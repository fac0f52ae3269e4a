package org.electionresults.system;

/**
 * What one read saw: a value computed inside one read-only repeatable-read transaction, and the
 * data version of that same snapshot.
 */
public record Snapshot<T>(DataVersion version, T value) {

}
