package org.kinograph.cli;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Command-line tests: real store on disk, real commands. */
@Suite
@SelectClasses({TestCli.class, TestIngestLimits.class, TestServeOptions.class, TestSeedArticleAcceptance.class, TestTurtleSnapshot.class})
public class TS_Cli {}
