package org.kinograph.article;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** The encyclopedia-article genre's tests. */
@Suite
@SelectClasses({TestEncyclopediaArticleGolden.class})
public class TS_Article {}
