package org.kinograph.web;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** The web genres' tests: forum pages and blog reviews. */
@Suite
@SelectClasses({TestChrome.class, TestHeadline.class, TestForumPage.class, TestBlogReview.class,
    TestForumPageGolden.class, TestBlogReviewGolden.class, TestSeedWebAcceptance.class, TestRealCorpus.class})
public class TS_Web {}
