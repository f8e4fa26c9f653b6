package org.deskbot.storage.sqlite;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store test run once on the SQLite file and once on PostgreSQL; its first parameter is the
 * {@link TestDatabases} that opens the database under test.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(TestDatabases.class)
public @interface OnBothDatabases {}
