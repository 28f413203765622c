package org.kinograph.generate;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** The corpus generator: the film pool. */
@Suite
@SelectClasses({TestFilmPool.class})
public class TS_Generate {}
