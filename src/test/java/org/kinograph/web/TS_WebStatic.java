package org.kinograph.web;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** The static-site-post genre's tests (a separate suite from the other web genres' TS_Web). */
@Suite
@SelectClasses({
    TestPhpSerialized.class,
    TestFrontMatter.class,
    TestPostBody.class,
    TestFilmTitle.class,
    TestStaticSitePost.class,
    TestStaticSitePostGolden.class,
    TestStaticSiteSeedAcceptance.class,
    TestJekyllCorpus.class
})
public class TS_WebStatic {}
