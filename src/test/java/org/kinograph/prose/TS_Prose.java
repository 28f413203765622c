package org.kinograph.prose;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Readers of film prose shared by the genres. */
@Suite
@SelectClasses({TestFilmSentences.class, TestNames.class, TestRatings.class, TestAwardClaims.class,
    TestBoxOffice.class})
public class TS_Prose {}
