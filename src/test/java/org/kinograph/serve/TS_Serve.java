package org.kinograph.serve;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Server tests: real Fuseki, real store, real HTTP. */
@Suite
@SelectClasses({TestKinographServer.class, TestServerLimits.class, TestServerSecurity.class, TestBrowser.class})
public class TS_Serve {}
