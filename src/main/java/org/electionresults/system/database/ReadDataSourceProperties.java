package org.electionresults.system.database;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional read replica that public reads go to ({@code elections.read-datasource.*}; how often
 * its availability is checked, {@code check-interval}, is read by {@link ReadReplica#check()}).
 *
 * @param url its JDBC URL; blank: no replica, everything on the one data source
 * @param username its user
 * @param password its password
 * @param connectionTimeout how long a read waits for one of its connections before falling back to the primary
 */
@ConfigurationProperties("elections.read-datasource")
record ReadDataSourceProperties(@Nullable String url, @Nullable String username, @Nullable String password,
		@DefaultValue("1s") Duration connectionTimeout) {

}
