package org.kinograph.genre;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Genre detection's tests. */
@Suite
@SelectClasses({TestGenreRegistry.class, TestGenreScore.class})
public class TS_Genre {}
